import Vapor

/// The sign-in form as posted, kept as typed.
struct LoginForm: Content {
    var email: String?
    var password: String?
    var next: String?
}
