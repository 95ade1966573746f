import Fluent
import Vapor

/// Turns errors into a page with the right status, or into JSON for API callers. 5xx are
/// logged as critical with their detail, which never reaches the response.
struct ErrorPageMiddleware: AsyncMiddleware {
    struct ErrorBody: Content {
        let error: Bool
        let reason: String
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Checks run before every write, so this is a race (a double submit, two people
            // editing at once) that the database caught: say so, rather than fail with a 500.
            request.logger.warning("\(request.method) \(request.url.path): constraint failure \(String(reflecting: error))")
            return try await render(StrideError.conflict(
                "Someone saved a conflicting change at the same moment. Go back, reload the page and try again."), for: request)
        } catch {
            return try await render(error, for: request)
        }
    }

    private func render(_ error: any Error, for request: Request) async throws -> Response {
        let abort = error as? any AbortError
        let status = abort?.status ?? .internalServerError
        let reason: String
        if status.code >= 500 {
            request.logger.critical("\(request.method) \(request.url.path): \(String(reflecting: error))")
            reason = "Something went wrong on our side. Try again later; if it keeps happening, tell your HR administrator."
        } else {
            request.logger.info("\(request.method) \(request.url.path): \(status.code) \(abort?.reason ?? "")")
            reason = abort?.reason ?? status.reasonPhrase
        }
        if request.wantsJSON {
            return try await ErrorBody(error: true, reason: reason).encodeResponse(status: status, for: request)
        }
        let heading = switch status.code {
        case 401: "Sign in to continue"
        case 403: "You do not have access to this page"
        case 404: "Page not found"
        case 409: "That change could not be saved"
        case 400..<500: "There is a problem with the request"
        default: "Sorry, there is a problem with Stride"
        }
        return try await request.renderPage("error", title: heading, ErrorModel(status: status.code, heading: heading, reason: reason, homeHref: StridePath.home.href),
                                            status: status)
    }
}
