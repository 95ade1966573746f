import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Leaf
import StrideCore
import Vapor

/// Sets up a Stride application: configuration, database, sessions, views, middleware,
/// migrations, routes and commands. Tests call this too, so they boot the real app.
/// - Parameters:
///   - launch: how the command line started Stride (`serve` migrates and may load the demo).
///   - storage: replaces the storage chosen from the environment, for tests.
///   - clock: replaces the system clock, for tests.
///   - ids: replaces the random id generator, for tests.
///   - passwords: replaces bcrypt, for tests.
///   - apiRateLimit: replaces `STRIDE_API_RATE_LIMIT`, for tests.
public func configure(
    _ app: Application, launch: LaunchOptions? = nil, storage: StrideConfig.Storage? = nil,
    clock: (any WallClock)? = nil, ids: (any IDGenerator)? = nil, passwords: (any PasswordHashing)? = nil, apiRateLimit: Int? = nil
) async throws {
    var config = try StrideConfig.fromEnvironment(ProcessInfo.processInfo.environment, environment: app.environment)
    if let storage { config.storage = storage }
    if let apiRateLimit { config.apiRateLimit = apiRateLimit }
    app.strideConfig = config

    // Bcrypt's cost is what makes stolen hashes slow to crack; tests use the minimum so the
    // suite stays fast while still exercising real bcrypt.
    let hasher = passwords ?? BcryptPasswords(cost: app.environment == .testing ? 4 : 12, threadPool: app.threadPool)
    let clock = clock ?? SystemClock()
    app.dependencies = StrideDependencies(clock: clock, ids: ids ?? TimeOrderedIDs(clock: clock), passwords: hasher)
    app.decoyPasswordHash = DecoyPasswordHash()

    app.headedUnits = HeadedUnitsCache()
    app.figureCaches = FigureCaches(lifetime: TimeInterval(config.dashboardRefreshSeconds))
    try configureDatabase(app, storage: config.storage)
    // One summary line per migration run (`migrateSchema`), not two lines per migration.
    app.fluent.migrationLogLevel = .debug

    app.sessions.use { _ in WebSessionStore() }
    app.sessions.configuration.cookieName = "stride_session"
    let secure = config.secureCookies
    app.sessions.configuration.cookieFactory = { id in
        HTTPCookies.Value(string: id.string, maxAge: 7 * 24 * 3600, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    app.views.use(.leaf)
    app.leaf.cache.isEnabled = app.environment.isRelease

    // Outermost first. Security headers go on every response, errors included. Static files
    // are served before sessions (no session read per asset); the rare error a malformed file
    // path raises gets Vapor's plain error response, since no session exists yet to draw a page
    // with. Inside the session, errors become pages; then the signed-in user, then CSRF checks.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware(secure: secure))
    // Every request at info while developing; in production only at debug, so the log is
    // not a second copy of the load balancer's.
    app.middleware.use(RequestLogMiddleware(level: app.environment == .production ? .debug : .info))
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))
    app.middleware.use(PublicFilesMiddleware(files: FileMiddleware(publicDirectory: app.directory.publicDirectory)))
    // Before the session is read, so a caller over its allowance costs no database work.
    if config.apiRateLimit > 0 { app.middleware.use(APIRateLimitMiddleware(limiter: APIRateLimiter(perMinute: config.apiRateLimit))) }
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(SignedInUserMiddleware())
    app.middleware.use(CSRFMiddleware(secureCookies: secure))

    registerMigrations(on: app)
    app.useBackgroundWork()
    try routes(app)
    registerCommands(on: app)
    if let launch { app.lifecycle.use(ServeStartup(options: launch)) }
}

private func configureDatabase(_ app: Application, storage: StrideConfig.Storage) throws {
    switch storage {
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .postgres(let url):
        try app.databases.use(.postgres(url: url), as: .psql)
    }
}
