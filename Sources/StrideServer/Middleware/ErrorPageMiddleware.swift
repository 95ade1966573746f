import Fluent
import OpenAPIRuntime
import StrideAPI
import StrideCore
import Vapor

/// Turns errors into a page with the right status, or for API callers into
/// `application/problem+json` (RFC 9457). 5xx are logged as critical with their detail, which
/// never reaches the response.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return try await constraintFailure(error, for: request)
        } catch let error as ServerError {
            // The generated API handlers wrap what they throw; the cause decides the answer.
            if let cause = error.underlyingError as? any DatabaseError, cause.isConstraintFailure {
                return try await constraintFailure(cause, for: request)
            }
            if error.underlyingError is any AbortError { return try await render(error.underlyingError, for: request) }
            // The generated code refused the request itself (a malformed query, body or media
            // type), or something failed underneath it, which is logged with its cause.
            let status = HTTPResponseStatus(statusCode: error.httpStatus.code)
            if status.code >= 500 {
                request.logger.critical("\(request.method) \(request.url.path): \(String(reflecting: error.underlyingError))")
            }
            let reason = status.code < 500 ? String(describing: error.underlyingError) : nil
            return try await render(Abort(status, reason: reason.map { "\(error.operationID): \($0)" }), for: request)
        } catch {
            return try await render(error, for: request)
        }
    }

    /// Checks run before every write, so this is a race (a double submit, two people editing at
    /// once) that the database caught: say so, rather than fail with a 500.
    private func constraintFailure(_ error: any DatabaseError, for request: Request) async throws -> Response {
        request.logger.warning("\(request.method) \(request.url.path): constraint failure \(String(reflecting: error))")
        return try await render(StrideError.conflict(
            "Someone saved a conflicting change at the same moment. Go back, reload the page and try again."), for: request)
    }

    private func render(_ error: any Error, for request: Request) async throws -> Response {
        let abort = error as? any AbortError
        let status = abort?.status ?? .internalServerError
        var reason: String
        if status.code >= 500 {
            request.logger.critical("\(request.method) \(request.url.path): \(String(reflecting: error))")
            reason = "Something went wrong on our side. Try again later; if it keeps happening, tell your HR administrator."
        } else {
            request.logger.info("\(request.method) \(request.url.path): \(status.code) \(abort?.reason ?? "")")
            reason = abort?.reason ?? status.reasonPhrase
        }
        if status == .notFound, !(error is StrideError) {
            // An unknown address: worded as every other "not found".
            reason = "The page was not found."
        }
        let heading = switch status.code {
        case _ where (error as? StrideError).map({ if case .formExpired = $0 { true } else { false } }) == true:
            "This form has expired"
        case 401: "Sign in to continue"
        case 403: "You do not have access to this page"
        case 404: "Page not found"
        case 409: "That change could not be saved"
        case 400..<500: "There is a problem with the request"
        default: "Sorry, there is a problem with Stride"
        }
        if request.wantsJSON {
            // An API address asked with a method it does not take: 405, naming those it does.
            if status == .notFound, !(error is StrideError), request.url.path.hasPrefix("/api/v1/") {
                let allowed = Self.methods(at: request.url.path, in: request.application.routes)
                if !allowed.isEmpty {
                    let response = try Problem.response(status: .methodNotAllowed,
                                                        detail: "\(request.url.path) takes \(allowed.joined(separator: ", ")), not \(request.method.rawValue).",
                                                        errors: nil)
                    response.headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", "))
                    return response
                }
            }
            let errors: [FieldError]? = if case .invalid(let fields) = error as? StrideError { fields } else { nil }
            return try Problem.response(status: status, detail: reason, errors: errors)
        }
        if status == .notFound { reason += " Check the address, or follow a link from your home page." }
        return try await request.renderPage("error", title: heading,
                                            ErrorModel(status: status.code, heading: heading, reason: reason, homeHref: StridePath.home.href),
                                            status: status)
    }
}

extension ErrorPageMiddleware {
    /// The methods of the routes whose path matches `path`, in order.
    static func methods(at path: String, in routes: Routes) -> [String] {
        let parts = path.split(separator: "/").map(String.init)
        let methods = routes.all.filter { route in
            guard route.path.count == parts.count || route.path.last == .catchall else { return false }
            return zip(route.path, parts).allSatisfy { component, part in
                switch component {
                case .constant(let text): text == part
                case .parameter, .anything, .catchall: true
                }
            }
        }.map(\.method.rawValue)
        return Array(Set(methods)).sorted()
    }
}

/// An error for API callers, as RFC 9457 describes: the document's own `Problem` schema, so the
/// body cannot drift from what `Resources/openapi.json` promises.
enum Problem {
    static let mediaType = HTTPMediaType(type: "application", subType: "problem+json")

    static func response(status: HTTPResponseStatus, detail: String, errors: [FieldError]?) throws -> Response {
        let problem = Components.Schemas.Problem(
            _type: "about:blank", title: status.reasonPhrase, status: Int(status.code), detail: detail,
            errors: errors?.map { Components.Schemas.FieldError(field: $0.field, message: $0.message) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let response = Response(status: status, body: .init(data: try encoder.encode(problem)))
        response.headers.contentType = mediaType
        return response
    }
}
