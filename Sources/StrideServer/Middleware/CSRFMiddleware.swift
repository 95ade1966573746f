import Crypto
import Vapor

/// Protection against forged requests for every state-changing request. A signed-in person's
/// token lives in their session; someone not signed in (the sign-in form) gets theirs in a
/// cookie of its own (a double-submit token), so showing the sign-in page stores nothing.
/// Every form carries the token in `_csrf` (or a script in `X-CSRF-Token`), and a request
/// without the matching token is refused before any handler runs.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"
    static let cookie = "stride_form"
    /// The largest bodies collected to read a token from; uploads routes use the same limit.
    static let maxUploadBytes = 20 * 1024 * 1024
    static let maxFormBytes = 256 * 1024
    static let maxAnonymousBytes = 16 * 1024
    static let refusal = StrideError.formExpired

    let secureCookies: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // A token in a header cannot be sent by another site's page, so token requests need no form token.
        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method), request.apiTokenScope == nil {
            let expected = request.signedInUser != nil
                ? (request.hasSession ? request.session.data[SessionKeys.csrf] : nil)
                : request.cookies[Self.cookie]?.string
            guard let expected, !expected.isEmpty else { throw Self.refusal }
            // The token is in the body, which large uploads still stream at this point:
            // collect it here (routes then find it collected). Only signed-in people upload,
            // so anyone else gets no more than a sign-in form needs.
            if request.headers.first(name: Self.header) == nil {
                let isUpload = request.headers.contentType?.type == "multipart"
                let limit = request.signedInUser == nil ? Self.maxAnonymousBytes : isUpload ? Self.maxUploadBytes : Self.maxFormBytes
                _ = try await request.body.collect(max: limit).get()
            }
            let sent = request.headers.first(name: Self.header) ?? (try? request.content.get(String.self, at: Self.field))
            guard let sent, Self.constantTimeEqual(expected, sent) else { throw Self.refusal }
        }
        let response = try await next.respond(to: request)
        if let token = request.storage[NewFormToken.self] {
            response.cookies[Self.cookie] = HTTPCookies.Value(string: token, maxAge: 24 * 3600, path: "/", isSecure: secureCookies,
                                                              isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func newToken() -> String {
        [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
    }
}

/// A form token made for this response, to be set as the cookie on the way out.
private struct NewFormToken: StorageKey { typealias Value = String }

extension Request {
    /// The token this request's forms carry: the session's for a signed-in person (created on
    /// first use), else the form cookie's (made, and set on the response, when there is none).
    var csrfToken: String {
        if signedInUser != nil {
            if let token = session.data[SessionKeys.csrf] { return token }
            let token = CSRFMiddleware.newToken()
            session.data[SessionKeys.csrf] = token
            return token
        }
        if let token = storage[NewFormToken.self] ?? cookies[CSRFMiddleware.cookie]?.string, !token.isEmpty { return token }
        let token = CSRFMiddleware.newToken()
        storage[NewFormToken.self] = token
        return token
    }
}
