import StrideCore

/// One control of a form, ready for the `partials/field` template: label, hint, what the
/// person typed, and its error. Forms are lists of these so every control is drawn by one
/// partial, the same way everywhere.
struct FormField: Encodable {
    enum Kind: String, Encodable {
        case text, email, date, password, textarea, select, radios, file
    }

    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
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

    init(_ id: String, _ kind: Kind, label: String, hint: String? = nil, value: String?, errors: [FieldError],
         options: [Option] = [], autocomplete: String? = nil, width: String? = nil, maxLength: Int? = nil,
         accept: String? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.hint = hint
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
        let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        self.describedBy = described.isEmpty ? nil : described.joined(separator: " ")
    }

    /// Options for a closed list of codes, marking the one currently chosen.
    static func options<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, selected: String?, label: (T) -> String
    ) -> [Option] where T.RawValue == String {
        T.allCases.map { Option(value: $0.rawValue, label: label($0), selected: $0.rawValue == selected) }
    }
}
