import Fluent
import Vapor

/// Registers Stride's commands beside Vapor's `serve` and Fluent's `migrate`.
func registerCommands(on app: Application) {
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(GenerateCommand(), as: "generate")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(ImportStaffCommand(), as: "import-staff")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(ImportFrameworkCommand(), as: "import-framework")
    app.asyncCommands.use(ExportFrameworkCommand(), as: "export-framework")
    app.asyncCommands.use(ListFrameworksCommand(), as: "frameworks")
    app.asyncCommands.use(ScheduleCommand(), as: "schedule")
    app.asyncCommands.use(OpenCyclesCommand(), as: "open-cycles")
    app.asyncCommands.use(RemindCommand(), as: "remind")
}

/// How Stride was started, read from the command line before Vapor sees it.
public struct LaunchOptions: Sendable {
    public var isServe: Bool
    public var loadDemo: Bool

    /// No subcommand means `serve` (options alone, like `--port 8081`, are serve's), except
    /// `--help`, which lists the commands. `--no-demo` is Stride's own and is taken out, since
    /// Vapor's serve command would reject it.
    public static func prepare(_ env: inout Environment) -> LaunchOptions {
        var arguments = env.arguments
        let noDemo = arguments.contains("--no-demo")
        arguments.removeAll { $0 == "--no-demo" }
        let asksForHelp = arguments.count > 1 && ["--help", "-h"].contains(arguments[1])
        if arguments.count == 1 || (arguments[1].hasPrefix("-") && !asksForHelp) { arguments.insert("serve", at: 1) }
        env.arguments = arguments
        return LaunchOptions(isServe: arguments[1] == "serve", loadDemo: !noDemo)
    }
}

/// When serving: refuse a schema that is behind (`stride migrate` brings it up to date), set up
/// a new database, and on first start with an empty database load the demo organisation and
/// print its logins.
struct ServeStartup: LifecycleHandler {
    let options: LaunchOptions

    func willBootAsync(_ app: Application) async throws {
        guard options.isServe, !app.environment.arguments.contains(where: { ["--help", "-h"].contains($0) }) else { return }
        try await app.refuseSchemaBehind()
        try await app.migrateSchema()
        // Ready before the first sign-in, so even that one takes no longer for an unknown email.
        _ = try await app.decoyPasswordHash.value(using: app.dependencies.passwords)
        guard options.loadDemo, try await DemoOrganisation.isDatabaseEmpty(on: app.db) else { return }
        // The demo's accounts share a published password: never in production by accident.
        if app.environment == .production {
            app.logger.notice("Empty database: start with `stride create-admin EMAIL`. (The demo loads only outside production; `stride demo` loads it on purpose.)")
            return
        }
        try await DemoOrganisation.load(in: app.serviceContext())
        DemoCommand.printLogins(app.console)
    }

    /// Once serving (and the demo, if any, is loaded): the reminders job once a day and the
    /// e-mail outbox, from whichever server holds their lease.
    func didBootAsync(_ app: Application) async throws {
        guard options.isServe, !app.environment.arguments.contains(where: { ["--help", "-h"].contains($0) }) else { return }
        Reminders(app: app).schedule(every: .seconds(300))
    }
}

struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Loads the demo organisation into an empty database and prints its logins." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.migrateSchema()
        guard try await DemoOrganisation.isDatabaseEmpty(on: app.db) else {
            throw StrideError.conflict("The database already holds staff; the demo organisation is only loaded into an empty one.")
        }
        try await DemoOrganisation.load(in: app.serviceContext())
        Self.printLogins(context.console)
    }

    static func printLogins(_ console: any Console) {
        console.info("Loaded the demo organisation. Sign in with any of these (password: \(DemoOrganisation.password)):")
        for login in DemoOrganisation.logins {
            console.print("  \(login.email)  — \(login.role)")
        }
    }
}
