/// The model of `admin/accounts.leaf`: account figures and the batch form.
struct AccountsModel: Encodable {
    let withoutPassword: Int
    let oneTimeIssued: Int
    let disabled: Int
    let active: Int
    let batchAction: String
    let units: [FormField.Option]
}

/// The model of `staff/one-time-password.leaf`: the password, shown once.
struct IssuedPasswordModel: Encodable {
    let name: String
    let email: String
    let password: String?
    let profileHref: String
}
