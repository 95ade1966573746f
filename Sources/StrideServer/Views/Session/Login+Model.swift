/// The model of `login.leaf`.
struct LoginModel: Encodable {
    let action: String
    let fields: [FormField]
    let next: String
}
