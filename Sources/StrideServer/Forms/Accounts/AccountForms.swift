import Vapor

/// Enabling or disabling an account: `disabled` is "true" or "false".
struct AccountStatusForm: Content {
    var disabled: String?
}

/// The roles checked on a profile's roles form.
struct RolesForm: Content {
    var roles: [String]?
}

/// A batch of one-time passwords: for a unit (or everyone), for those without a password or
/// (`scope=all`, once confirmed) for everyone chosen.
struct PasswordBatchForm: Content {
    var unit: String?
    var scope: String?
    var confirmed: String?
}
