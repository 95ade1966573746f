/// The model of `account/password.leaf`.
struct ChangePasswordModel: Encodable {
    let action: String
    let fields: [FormField]
    let mustChange: Bool
}
