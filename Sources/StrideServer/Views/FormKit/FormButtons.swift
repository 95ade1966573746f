/// The buttons at the foot of a form, for `partials/buttons`: one main action first and on the
/// left, secondary actions beside it, and an optional cancel link (UI.md §2).
struct FormButtons: Encodable, Sendable {
    /// A way out without submitting, such as "Cancel" back to the overview.
    struct Link: Encodable, Sendable {
        let label: String
        let href: String
    }

    let buttons: [FormButton]
    let cancel: Link?

    /// - Parameters:
    ///   - buttons: exactly one of them primary (or warning, on a confirmation page).
    ///   - cancel: a link back instead of a button, as nothing is submitted.
    init(_ buttons: [FormButton], cancel: Link? = nil) {
        let main = buttons.filter { $0.style != .secondary }
        assert(main.count == 1, "A form has exactly one primary button (UI.md §2): \(buttons.map(\.label))")
        // A second primary would compete with the first, so in release builds it is shown as secondary.
        let first = main.first
        let rest = buttons.filter { $0.style == .secondary } + main.dropFirst().map { $0.styled(.secondary) }
        self.buttons = (first.map { [$0] } ?? []) + rest
        self.cancel = cancel
    }
}
