import Vapor

/// The Vapor request behind the generated API handlers, which see only the OpenAPI request:
/// the session, the signed-in person, the database and the policies all live on it.
enum APIRequest {
    @TaskLocal static var current: Request?

    /// The request, for a handler that needs no sign-in.
    static func request() throws -> Request {
        guard let request = current else { throw Abort(.internalServerError, reason: "API handler without a request") }
        return request
    }

    /// The request of a signed-in person who may use Stride (not one who must first replace a
    /// one-time password), as `RequireSignIn` does for pages.
    static func signedIn() throws -> Request {
        let request = try request()
        let user = try request.requireUser()
        if user.mustChangePassword { throw StrideError.forbidden }
        return request
    }
}

/// Makes the Vapor request available to the generated handlers, and bounds what the API reads:
/// the generated code streams bodies with no limit of its own, so they are collected here first.
struct APIRequestMiddleware: AsyncMiddleware {
    static let maxBodyBytes = CSRFMiddleware.maxUploadBytes

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if [.POST, .PUT, .PATCH].contains(request.method) {
            _ = try await request.body.collect(max: Self.maxBodyBytes).get()
        }
        return try await APIRequest.$current.withValue(request) {
            try await next.respond(to: request)
        }
    }
}
