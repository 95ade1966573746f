import Fluent
import StrideCore
import Vapor

/// Sign in and sign out.
struct SessionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.login, use: showLogin)
        routes.post(.login, use: login)
        routes.post(.logout, use: logout)
    }

    @Sendable func showLogin(req: Request) async throws -> Response {
        if req.signedInUser != nil { return req.redirect(to: .home) }
        let next = Self.safeNext(req.query[String.self, at: "next"])
        return try await render(req, form: LoginForm(email: nil, password: nil, next: next), errors: [])
    }

    @Sendable func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        var check = FieldChecker()
        let email = check.email("email", form.email)
        if (form.password ?? "").isEmpty { check.add("password", "Enter your password") }
        guard check.errors.isEmpty else { return try await render(req, form: form, errors: check.errors) }

        let address = req.clientAddress
        switch try await SignIn.attempt(email: email, password: form.password ?? "", address: address, on: req) {
        case .throttled(let until):
            let minutes = max(1, Int((until.timeIntervalSince(req.clock.now()) / 60).rounded(.up)))
            let errors = [FieldError("email", "Too many failed attempts. Wait \(minutes) minute\(minutes == 1 ? "" : "s") and try again")]
            return try await render(req, form: form, errors: errors, status: .tooManyRequests)
        case .rejected:
            let errors = [FieldError("email", "Enter a correct email address and password")]
            return try await render(req, form: form, errors: errors, status: .unauthorized)
        case .success(let staff, let account):
            try await startSession(req, staffID: staff.requireID())
            let destination = account.mustChangePassword ? StridePath.changePassword.href
                : Self.safeNext(form.next) ?? StridePath.home.href
            return req.redirect(to: destination, redirectType: .normal)
        }
    }

    @Sendable func logout(req: Request) async throws -> Response {
        req.session.destroy()
        return req.redirect(to: .login)
    }

    /// A fresh session id at sign-in, so an id planted before sign-in is worth nothing after it.
    private func startSession(_ req: Request, staffID: UUID) async throws {
        if let old = req.session.id {
            try await req.application.sessions.driver.deleteSession(old, for: req).get()
            req.session.id = nil
        }
        req.session.data = SessionData()
        req.session.data[SessionKeys.staffID] = staffID.uuidString
        req.session.data[SessionKeys.lastSeen] = String(req.clock.now().timeIntervalSince1970)
    }

    private func render(_ req: Request, form: LoginForm, errors: [FieldError], status: HTTPStatus? = nil) async throws -> Response {
        let fields = [
            FormField("email", .email, label: "Email address", value: form.email, errors: errors, autocomplete: "username"),
            FormField("password", .password, label: "Password", value: nil, errors: errors, autocomplete: "current-password"),
        ]
        return try await req.renderPage("login", title: "Sign in", LoginModel(action: StridePath.login.href, fields: fields, next: form.next ?? ""),
                                        errors: errors, status: status)
    }

    /// Only local paths may be a destination after sign-in, never another site.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
              next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "\\" }),
              let parsed = URLComponents(string: next), parsed.scheme == nil, parsed.host == nil,
              parsed.path.hasPrefix("/"), !parsed.path.hasPrefix("//") else { return nil }
        return next
    }
}
