import Foundation
import Logging
import StrideServer
import Vapor

@main
enum Entrypoint {
    static func main() async {
        do {
            try await run()
        } catch {
            let failure = CommandLineFailure.describe(error)
            FileHandle.standardError.write(Data("stride: \(failure.message)\n".utf8))
            exit(failure.status)
        }
    }

    private static func run() async throws {
        var env = try Environment.detect()
        // `swift run stride` with no subcommand serves, migrating and loading the demo on first start.
        let launch = LaunchOptions.prepare(&env)
        try LoggingSystem.bootstrap(from: &env)

        let app = try await Application.make(env)
        do {
            try await configure(app, launch: launch)
            // `execute()` without its own error log: the failure is reported once, below.
            try await app.startup()
            try await app.running?.onStop.get()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
