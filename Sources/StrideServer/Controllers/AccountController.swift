import Fluent
import StrideCore
import Vapor

/// A person's own account: choosing a password (required after a one-time password).
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(StridePath.changePassword.components, use: show)
        routes.post(StridePath.changePassword.components, use: change)
    }

    struct PasswordForm: Content {
        var currentPassword: String?
        var newPassword: String?
        var confirmPassword: String?
    }

    struct PasswordView: Encodable {
        let fields: [FormField]
        let mustChange: Bool
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, errors: [])
    }

    @Sendable func change(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(PasswordForm.self)
        var errors: [FieldError] = []
        let account = try await Account.query(on: req.db).filter(\.$staffMember.$id == user.staffID).first()
        let currentOK = try await account?.passwordHash.asyncMap {
            try await req.password.async.verify(form.currentPassword ?? "", created: $0).get()
        } ?? false
        if (form.currentPassword ?? "").isEmpty {
            errors.append(FieldError("currentPassword", user.mustChangePassword ? "Enter the one-time password you were given" : "Enter your current password"))
        } else if !currentOK {
            errors.append(FieldError("currentPassword", "The current password is not correct"))
        }
        errors += PasswordPolicy.validateNew(form.newPassword, confirmation: form.confirmPassword, email: user.email,
                                            current: form.currentPassword)
        guard errors.isEmpty, let password = form.newPassword else { return try await render(req, errors: errors) }
        try await Accounts.setOwnPassword(password, staffID: user.staffID, keeping: req.session.id, app: req.application, on: req.db)
        req.flash("Your password has been changed.")
        return req.redirect(to: StridePath.home.template, redirectType: .normal)
    }

    private func render(_ req: Request, errors: [FieldError]) async throws -> Response {
        let user = try req.requireUser()
        let fields = [
            FormField("currentPassword", .password, label: user.mustChangePassword ? "One-time password" : "Current password",
                      value: nil, errors: errors, autocomplete: "current-password"),
            FormField("newPassword", .password, label: "New password",
                      hint: "At least \(PasswordPolicy.minimumLength) characters. A few unrelated words make a strong password that is easy to remember.",
                      value: nil, errors: errors, autocomplete: "new-password"),
            FormField("confirmPassword", .password, label: "Confirm new password", value: nil, errors: errors,
                      autocomplete: "new-password"),
        ]
        return try await req.renderPage("account/password", title: "Change your password",
                                        PasswordView(fields: fields, mustChange: user.mustChangePassword), errors: errors)
    }
}
