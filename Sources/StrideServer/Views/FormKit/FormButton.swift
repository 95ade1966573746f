/// A submit button of a form. Every button posts `intent=<value>` so one handler can tell
/// "save as draft" from "submit" from "add another output" without JavaScript (UI.md §2).
struct FormButton: Encodable, Sendable {
    /// Primary is the page's one main action; warning is only for the confirmation page of a
    /// destructive action (UI.md §2).
    enum Style: String, Encodable, Sendable {
        case primary, secondary, warning
    }

    /// A verb in sentence case: "Save and continue", "Sign and submit appraisal".
    let label: String
    let name: String
    let value: String
    let style: Style
    /// Words only screen readers hear after the label, when the button needs context
    /// ("Remove" + "output 2").
    let hiddenText: String?

    init(_ label: String, value: String, style: Style = .secondary, name: String = "intent", hiddenText: String? = nil) {
        self.label = label
        self.name = name
        self.value = value
        self.style = style
        self.hiddenText = hiddenText
    }

    func styled(_ style: Style) -> FormButton {
        FormButton(label, value: value, style: style, name: name, hiddenText: hiddenText)
    }
}
