import StrideCore
import Vapor

/// The unit form as posted, kept as typed.
struct UnitForm: Content, VersionedForm {
    var name: String?
    var code: String?
    var parent: String?
    var chief: String?
    /// The version of the record the form was made from.
    var version: Int?

    var edit: UnitService.Edit {
        .init(input: UnitInput(name: name, code: code), parent: parent, chief: chief, version: version)
    }

    /// The form's controls; a unit cannot be its own parent, so it is left out of the choices.
    func fields(units: [UnitRecord], editing: UUID?, errors: [FieldError]) -> [FormField] {
        let parents = FormField.unitOptions(units.filter { $0.id != editing }, selected: parent, none: "None (a top-level unit)")
        return [
            FormField("name", .text, label: "Name", value: name, errors: errors),
            FormField("code", .text, label: "Code", hint: "A short unique code, like HRD or HRD-POL. Imports refer to units by code.",
                      value: code, errors: errors, width: "10"),
            FormField("parent", .select, label: "Part of", value: parent, errors: errors, options: parents),
            FormField("chief", .text, label: "Responsible chief (optional)", hint: "Staff ID or email address",
                      value: chief, errors: errors, width: "20"),
        ]
    }
}
