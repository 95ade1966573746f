import StrideCore
import Vapor

/// Errors Stride raises itself, each with a message a person can act on.
public enum StrideError: Error, AbortError, DebuggableError {
    case configuration([String])
    case notSignedIn
    case forbidden
    /// A form whose token does not match: expired, or made elsewhere (403).
    case formExpired
    /// Not allowed, for a reason the caller can act on (403), such as a read-only token writing.
    case forbiddenBecause(String)
    case notFound(String)
    case badRequest(String)
    case conflict(String)
    /// Input that breaks the rules, field by field (422).
    case invalid([FieldError])
    case unsupportedDatabase

    public var status: HTTPResponseStatus {
        switch self {
        case .configuration, .unsupportedDatabase: .internalServerError
        case .invalid: .unprocessableEntity
        case .notSignedIn: .unauthorized
        case .forbidden, .formExpired, .forbiddenBecause: .forbidden
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .conflict: .conflict
        }
    }

    public var reason: String {
        switch self {
        case .configuration(let problems): "Stride's configuration is not usable: " + problems.joined(separator: "; ")
        case .notSignedIn: "Sign in to continue."
        case .forbidden: "You do not have permission to see or change this."
        case .formExpired: "This form has expired or did not come from Stride. Go back, reload the page and try again."
        case .forbiddenBecause(let why): why
        case .notFound(let what): "\(what) was not found."
        case .badRequest(let why): why
        case .conflict(let why): why
        case .invalid(let errors): errors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        case .unsupportedDatabase: "This feature needs an SQL database."
        }
    }

    public var identifier: String {
        switch self {
        case .configuration: "configuration"
        case .notSignedIn: "notSignedIn"
        case .forbidden: "forbidden"
        case .formExpired: "formExpired"
        case .forbiddenBecause: "forbiddenBecause"
        case .notFound: "notFound"
        case .badRequest: "badRequest"
        case .conflict: "conflict"
        case .invalid: "invalid"
        case .unsupportedDatabase: "unsupportedDatabase"
        }
    }
}
