import Crypto
import Vapor

/// Synchroniser-token protection for every state-changing request. Each session holds a
/// random token; every form carries it in `_csrf` (or a script in `X-CSRF-Token`), and a
/// request without the matching token is refused before any handler runs.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"
    /// The largest bodies collected to read a token from; uploads routes use the same limit.
    static let maxUploadBytes = 20 * 1024 * 1024
    static let maxFormBytes = 256 * 1024
    static let maxAnonymousBytes = 16 * 1024
    static let refusal = Abort(.forbidden, reason: "This form has expired or did not come from Stride. Go back, reload the page and try again.")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method) {
            let expected = request.hasSession ? request.session.data[SessionKeys.csrf] : nil
            guard expected != nil else { throw Self.refusal }
            // The token is in the body, which large uploads still stream at this point:
            // collect it here (routes then find it collected). Only signed-in people upload,
            // so anyone else gets no more than a sign-in form needs.
            if request.headers.first(name: Self.header) == nil {
                let isUpload = request.headers.contentType?.type == "multipart"
                let limit = request.signedInUser == nil ? Self.maxAnonymousBytes : isUpload ? Self.maxUploadBytes : Self.maxFormBytes
                _ = try await request.body.collect(max: limit).get()
            }
            let sent = request.headers.first(name: Self.header) ?? (try? request.content.get(String.self, at: Self.field))
            guard let expected, let sent, Self.constantTimeEqual(expected, sent) else { throw Self.refusal }
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
