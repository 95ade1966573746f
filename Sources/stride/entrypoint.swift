import Logging
import StrideServer
import Vapor

@main
enum Entrypoint {
    static func main() async throws {
        var env = try Environment.detect()
        // `swift run stride` with no subcommand serves, migrating and loading the demo on first start.
        let launch = LaunchOptions.prepare(&env)
        try LoggingSystem.bootstrap(from: &env)

        let app = try await Application.make(env)
        do {
            try await configure(app, launch: launch)
            try await app.execute()
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
