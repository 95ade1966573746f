import Vapor

/// The change-password form as posted.
struct PasswordForm: Content {
    var currentPassword: String?
    var newPassword: String?
    var confirmPassword: String?

    var change: AccountService.PasswordChange {
        .init(currentPassword: currentPassword, newPassword: newPassword, confirmPassword: confirmPassword)
    }
}
