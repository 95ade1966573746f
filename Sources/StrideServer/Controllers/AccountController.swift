import Fluent
import StrideCore
import Vapor

/// A person's own account: choosing a password (required after a one-time password).
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.changePassword, use: show)
        routes.post(.changePassword, use: change)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, errors: [])
    }

    @Sendable func change(req: Request) async throws -> Response {
        let user = try req.requireUser()
        try req.authorize(.changeOwnPassword, AccountSubject(staffID: user.staffID, name: user.name, isActive: true))
        let form = try req.content.decode(PasswordForm.self)
        switch try await AccountService.changeOwnPassword(form.change, for: user, keeping: req.session.id, in: req.services) {
        case .failure(let failure):
            return try await render(req, errors: failure.errors)
        case .success:
            req.flash("Your password has been changed.")
            return req.redirect(to: .home)
        }
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
        let model = ChangePasswordModel(action: StridePath.changePassword.href, fields: fields, mustChange: user.mustChangePassword)
        return try await req.renderPage("account/password", title: "Change your password", model, errors: errors)
    }
}
