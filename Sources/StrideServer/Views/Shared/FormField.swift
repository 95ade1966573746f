import StrideCore

/// One control of a form, ready for the `partials/field` template: label, hint, what the
/// person typed, and its error. Forms are lists of these so every control is drawn by one
/// partial, the same way everywhere.
struct FormField: Encodable, Sendable {
    enum Kind: String, Encodable, Sendable {
        case text, email, date, password, textarea, select, radios, checkboxes, file
        /// Carried with the form unseen, such as the key an output keeps through its versions.
        case hidden
    }

    struct Option: Encodable, Sendable {
        let value: String
        let label: String
        let selected: Bool
        /// A line under a radio or checkbox label, such as what a rating means; the input points
        /// at it with `aria-describedby` (id `<option id>-hint`).
        var hint: String? = nil
        /// The radio's id: the field's own for the first (so error links land on it), then -2, -3…
        var id: String = ""
    }

    let id: String
    let kind: Kind
    let label: String
    let hint: String?
    let value: String
    let error: String?
    let options: [Option]
    let autocomplete: String?
    let width: String?
    let maxLength: Int?
    /// Which files a file input offers, like ".csv,text/csv".
    let accept: String?
    /// The hint and error ids, for `aria-describedby`: hint first, then the error.
    let describedBy: String?
    /// A textarea's height in lines, sized to the answer expected (UI.md §2).
    let rows: Int
    /// Radios drawn side by side where there is room: a short scale, such as ratings from 1 to 5.
    var inline = false
    /// "radio" or "checkbox" for the kinds drawn as a fieldset of choices, so one branch of the
    /// template draws both; nil for every other kind.
    let choice: String?

    init(_ id: String, _ kind: Kind, label: String, hint: String? = nil, value: String?, errors: [FieldError],
         options: [Option] = [], autocomplete: String? = nil, width: String? = nil, maxLength: Int? = nil,
         accept: String? = nil, rows: Int? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.hint = Self.hint(hint, kind: kind, maxLength: maxLength)
        self.value = value ?? ""
        self.error = errors.first { $0.field == id }?.message
        self.options = options.enumerated().map { index, option in
            var numbered = option
            numbered.id = index == 0 ? id : "\(id)-\(index + 1)"
            return numbered
        }
        self.autocomplete = autocomplete
        self.width = width
        self.maxLength = maxLength
        self.accept = accept
        self.rows = rows ?? 5
        self.choice = kind == .radios ? "radio" : kind == .checkboxes ? "checkbox" : nil
        let described = [self.hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        self.describedBy = described.isEmpty ? nil : described.joined(separator: " ")
    }

    /// A textarea's limit is stated in its hint, because the live counter is only an enhancement
    /// (UI.md §2). A hint that already gives the number is left as it is.
    private static func hint(_ hint: String?, kind: Kind, maxLength: Int?) -> String? {
        guard kind == .textarea, let maxLength else { return hint }
        let limit = DisplayNumber.grouped(maxLength)
        if let hint, hint.contains(limit) { return hint }
        let sentence = "You can enter up to \(limit) characters."
        return hint.map { "\($0) \(sentence)" } ?? sentence
    }

    /// Options for a closed list of codes, marking the one currently chosen.
    static func options<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, selected: String?, label: (T) -> String
    ) -> [Option] where T.RawValue == String {
        T.allCases.map { Option(value: $0.rawValue, label: label($0), selected: $0.rawValue == selected) }
    }
}
