import Crypto
import Vapor

/// Synchroniser-token protection for every state-changing request. Each session holds a
/// random token; every form carries it in `_csrf` (or a script in `X-CSRF-Token`), and a
/// request without the matching token is refused before any handler runs.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method) {
            let expected = request.hasSession ? request.session.data[SessionKeys.csrf] : nil
            let sent = request.headers.first(name: Self.header) ?? (try? request.content.get(String.self, at: Self.field))
            guard let expected, let sent, Self.constantTimeEqual(expected, sent) else {
                throw Abort(.forbidden, reason: "This form has expired or did not come from Stride. Go back, reload the page and try again.")
            }
        }
        return try await next.respond(to: request)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, created on first use.
    var csrfToken: String {
        if let token = session.data[SessionKeys.csrf] { return token }
        let token = [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
        session.data[SessionKeys.csrf] = token
        return token
    }
}
