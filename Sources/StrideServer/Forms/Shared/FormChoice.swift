import Foundation
import StrideCore

/// Reading choices made from lists in forms.
enum FormChoice {
    /// An optional record picked from a select: nil when "none" (empty) was chosen; an error
    /// when the value is not an id at all (a tampered or stale form).
    static func optionalID(_ raw: String?, field: String, errors: inout [FieldError], message: String) -> UUID? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let id = UUID(uuidString: text) else {
            errors.append(FieldError(field, message))
            return nil
        }
        return id
    }
}

extension FormField {
    /// Options for a unit select: a first "none" option, then every unit as "Name (CODE)".
    static func unitOptions(_ units: [UnitRecord], selected: String?, none: String) -> [Option] {
        [Option(value: "", label: none, selected: (selected ?? "").isEmpty)]
            + units.map { unit in
                Option(value: unit.id.uuidString, label: "\(unit.details.name) (\(unit.details.code))",
                       selected: unit.id.uuidString.lowercased() == selected?.lowercased())
            }
    }
}
