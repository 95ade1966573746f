import SQLKit
import Vapor

/// For load balancers: `/healthz` says the process answers (no database, no session), and
/// `/readyz` that it can reach its database. Both plain text, open to anyone.
struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.healthz, use: healthz)
        routes.get(.readyz, use: readyz)
    }

    @Sendable func healthz(req: Request) async throws -> Response {
        Self.plain("ok\n")
    }

    @Sendable func readyz(req: Request) async throws -> Response {
        do {
            _ = try await req.db.sql().raw("SELECT 1 AS ready").all()
            return Self.plain("ready\n")
        } catch {
            req.logger.error("readyz: the database does not answer: \(String(reflecting: error))")
            return Self.plain("the database does not answer\n", status: .serviceUnavailable)
        }
    }

    private static func plain(_ text: String, status: HTTPStatus = .ok) -> Response {
        let response = Response(status: status, body: .init(string: text))
        response.headers.contentType = .plainText
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
