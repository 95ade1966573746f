/// The model of `confirm.leaf`: a destructive action asked for on a page of its own (UI.md §2).
struct ConfirmModel: Encodable {
    struct HiddenField: Encodable {
        let name: String
        let value: String
    }

    let heading: String
    let explanation: String
    let action: String
    let fields: [HiddenField]
    let button: String
    let cancelHref: String
    /// The warning style, for an action that destroys or undoes something (UI.md §2); a plain
    /// confirmation (sending forms on) uses the primary style.
    var destructive = true
}

/// The model of `error.leaf`.
struct ErrorModel: Encodable {
    let status: UInt
    let heading: String
    let reason: String
    let homeHref: String
}
