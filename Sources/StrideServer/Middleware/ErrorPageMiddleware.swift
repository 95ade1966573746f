import Vapor

/// Turns errors into a page with the right status, or into JSON for API callers. 5xx are
/// logged as critical with their detail, which never reaches the response.
struct ErrorPageMiddleware: AsyncMiddleware {
    struct ErrorBody: Content {
        let error: Bool
        let reason: String
    }

    struct ErrorView: Encodable {
        let status: UInt
        let heading: String
        let reason: String
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let status = (error as? any AbortError)?.status ?? .internalServerError
            let reason: String
            if status.code >= 500 {
                request.logger.critical("\(request.method) \(request.url.path): \(String(reflecting: error))")
                reason = "Something went wrong on our side. Try again later; if it keeps happening, tell your HR administrator."
            } else {
                request.logger.info("\(request.method) \(request.url.path): \(status.code) \((error as? any AbortError)?.reason ?? "")")
                reason = (error as? any AbortError)?.reason ?? status.reasonPhrase
            }
            if request.wantsJSON {
                let response = try await ErrorBody(error: true, reason: reason).encodeResponse(status: status, for: request)
                return response
            }
            let heading = switch status.code {
            case 401: "Sign in to continue"
            case 403: "You do not have access to this page"
            case 404: "Page not found"
            case 400..<500: "There is a problem with the request"
            default: "Sorry, there is a problem with Stride"
            }
            let view = ErrorView(status: status.code, heading: heading, reason: reason)
            let response = try await request.page("error", title: heading, view).encodeResponse(for: request)
            response.status = status
            return response
        }
    }
}
