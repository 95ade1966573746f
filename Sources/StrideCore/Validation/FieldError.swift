/// One problem with one field of a form, worded as what to do about it
/// ("Enter an email address"). `field` is the id of the control in the page, so an error
/// summary can link straight to it.
public struct FieldError: Hashable, Sendable, Codable {
    public let field: String
    public let message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}

/// The outcome of validating a form: typed values, or the ordered list of problems.
public enum Validated<Value: Sendable>: Sendable {
    case valid(Value)
    case invalid([FieldError])

    public var errors: [FieldError] {
        if case .invalid(let errors) = self { return errors }
        return []
    }

    public var value: Value? {
        if case .valid(let value) = self { return value }
        return nil
    }
}

/// Collects field errors in page order while a form is checked, so each validator reads as
/// a list of rules rather than a tangle of ifs.
public struct FieldChecker: Sendable {
    public private(set) var errors: [FieldError] = []

    public init() {}

    public mutating func add(_ field: String, _ message: String) {
        errors.append(FieldError(field, message))
    }

    /// A required single-line text: trimmed, non-empty, at most `maxLength` characters.
    /// - Parameters:
    ///   - name: the field's name as a sentence would start it ("Job title").
    ///   - missing: what to say when it is empty ("Enter a job title").
    ///   - multiline: whether line breaks and tabs belong in it (a textarea).
    public mutating func required(
        _ field: String, _ raw: String?, name: String, missing: String, maxLength: Int = 200, multiline: Bool = false
    ) -> String {
        let text = (raw ?? "").trimmed(.whitespacesAndNewlines)
        if text.isEmpty {
            add(field, missing)
        } else {
            applyTextRule(field, text, name: name, maxLength: maxLength, multiline: multiline)
        }
        return text
    }

    /// An optional text: trimmed; nil when empty.
    public mutating func optional(
        _ field: String, _ raw: String?, name: String, maxLength: Int = 2000, multiline: Bool = false
    ) -> String? {
        let text = (raw ?? "").trimmed(.whitespacesAndNewlines)
        applyTextRule(field, text, name: name, maxLength: maxLength, multiline: multiline)
        return text.isEmpty ? nil : text
    }

    /// A text of stored content (a form's field, kept as written): the `TextRule` always, and
    /// when `missing` is given (a submission that needs it), that it is not blank.
    public mutating func content(_ field: String, _ value: String, name: String, missing: String?, maxLength: Int,
                                 multiline: Bool = true) {
        if TextRule.problem(in: value, maxLength: maxLength, multiline: multiline) != nil {
            applyTextRule(field, value, name: name, maxLength: maxLength, multiline: multiline)
        } else if let missing, value.trimmed(.whitespacesAndNewlines).isEmpty {
            add(field, missing)
        }
    }

    /// Applies the `TextRule` to a text already read.
    public mutating func applyTextRule(_ field: String, _ text: String, name: String, maxLength: Int, multiline: Bool = false) {
        if let problem = TextRule.problem(in: text, maxLength: maxLength, multiline: multiline) {
            add(field, "\(name) \(TextRule.describe(problem))")
        }
    }

    /// A required email address, normalised to lower case.
    public mutating func email(_ field: String, _ raw: String?) -> String {
        let text = (raw ?? "").trimmed(.whitespacesAndNewlines)
        if text.isEmpty {
            add(field, "Enter an email address")
        } else if !EmailAddress.isPlausible(text) {
            add(field, "Enter an email address in the correct format, like name@example.org")
        }
        return text.lowercased()
    }

    /// An optional calendar date typed as YYYY-MM-DD.
    public mutating func date(_ field: String, _ raw: String?, name: String, missing: String?) -> CalendarDate? {
        let text = (raw ?? "").trimmed(.whitespaces)
        if text.isEmpty {
            if let missing { add(field, missing) }
            return nil
        }
        guard let date = CalendarDate(iso: text) else {
            add(field, "\(name) must be a real date, like 2026-03-01")
            return nil
        }
        return date
    }

    /// A whole number of months, typed as up to three digits; nil when empty (adding `missing`,
    /// when given) or not such a number.
    /// - Parameter name: the field's name as a sentence would start it ("Shortest cycle").
    public mutating func months(_ field: String, _ raw: String?, name: String, missing: String?) -> Int? {
        let text = (raw ?? "").trimmed(.whitespaces)
        if text.isEmpty {
            if let missing { add(field, missing) }
            return nil
        }
        guard text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else {
            add(field, "\(name) must be a whole number of months, like 6")
            return nil
        }
        return value
    }

    /// A choice from a closed list, given as its stored code.
    public mutating func choice<T: RawRepresentable & CaseIterable>(
        _ field: String, _ raw: String?, missing: String
    ) -> T? where T.RawValue == String {
        let text = (raw ?? "").trimmed(.whitespaces)
        guard let value = T(rawValue: text) else {
            add(field, missing)
            return nil
        }
        return value
    }

    public func result<Value>(_ value: @autoclosure () -> Value) -> Validated<Value> {
        errors.isEmpty ? .valid(value()) : .invalid(errors)
    }
}

extension Array where Element == FieldError {
    /// The errors in the order their fields stand on the page, so an error summary reads top
    /// to bottom; fields not named keep their place at the end.
    public func inFieldOrder(_ order: [String]) -> [FieldError] {
        enumerated().sorted { a, b in
            (order.firstIndex(of: a.element.field) ?? order.count, a.offset)
                < (order.firstIndex(of: b.element.field) ?? order.count, b.offset)
        }.map(\.element)
    }
}
