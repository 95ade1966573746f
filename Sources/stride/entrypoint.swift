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
            if let running = app.running {
                try await running.onStop.get()
                // A graceful stop (SIGTERM, SIGINT): stop accepting and let in-flight requests
                // finish before the databases close, which `asyncShutdown` would do first.
                await app.server.shutdown()
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
