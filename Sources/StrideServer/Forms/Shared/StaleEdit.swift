import Foundation
import StrideCore

/// What to tell someone whose form was made from a version of the record that another save has
/// since replaced: for each field whose saved value now differs from what they typed, what it
/// is now. The form does not carry the values it started from, so a difference may be the other
/// save's or this person's own edit: the message states the saved value, and blames nobody for
/// it. Their own input stays in the form, so nothing typed is lost; saving again keeps it.
enum StaleEdit {
    /// - Parameters:
    ///   - typed: the form as posted.
    ///   - saved: the same form filled in from the record as it is now.
    ///   - fields: the form's controls as drawn from `saved`, in page order (labels, options).
    static func messages<Form: Encodable>(typed: Form, saved: Form, fields: [FormField]) throws -> [FieldError] {
        let typedValues = try values(of: typed)
        let savedValues = try values(of: saved)
        let changed = fields.filter { field in
            (typedValues[field.id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                != (savedValues[field.id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard !changed.isEmpty else {
            let first = fields.first?.id ?? "version"
            return [FieldError(first, "Someone else saved this record while you were editing it, with the values you typed. Save again to confirm them")]
        }
        return changed.map { field in
            let now = field.options.first(where: \.selected)?.label ?? field.value
            let shown = now.isEmpty ? "empty" : "“\(now)”"
            return FieldError(field.id, "Someone else saved this record while you were editing it; its \(field.label.lowercasedFirst) is now \(shown). Check your entry and save again")
        }
    }

    private static func values<Form: Encodable>(of form: Form) throws -> [String: String] {
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(form)) as? [String: Any] ?? [:]
        return object.compactMapValues { value in
            switch value {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            default: nil
            }
        }
    }
}

extension String {
    /// "Job title" → "job title", for a label inside a sentence; acronyms ("ID") keep their case.
    var lowercasedFirst: String {
        guard let first, !(dropFirst().first?.isUppercase ?? false) else { return self }
        return first.lowercased() + dropFirst()
    }
}

/// A form that carries the version of the record it was made from.
protocol VersionedForm: Encodable {
    var version: Int? { get set }
}

extension StaleEdit {
    /// The answer to a save from a stale form: what the record now holds where it differs, and
    /// the form as typed carrying the saved version, so saving it again keeps what was typed.
    static func resubmission<Form: VersionedForm>(typed: Form, saved: Form, fields: [FormField]) throws -> (form: Form, errors: [FieldError]) {
        var form = typed
        form.version = saved.version
        return (form, try messages(typed: typed, saved: saved, fields: fields))
    }
}
