import Foundation
import StrideCore

/// The role form as posted: the name, the description and the required skills as a repeated
/// group (`SkillRequirementRows`), kept as typed so a page drawn again loses nothing.
struct RoleProfileForm: Sendable {
    private(set) var values: [String: String]

    init(posted values: [String: String]) {
        self.values = values
    }

    /// A form for a new role, with one empty requirement.
    static var blank: RoleProfileForm { RoleProfileForm(posted: SkillRequirementRows.values([])) }

    /// The form filled in from a stored role.
    init(_ role: RoleProfile, requirements: [SkillRequirement]) {
        var values = SkillRequirementRows.values(requirements)
        values["name"] = role.name
        values["description"] = role.description ?? ""
        values["version"] = String(role.recordVersion)
        self.init(posted: values)
    }

    var version: Int? { values["version"].flatMap { Int($0) } }
    var rows: SkillRequirementRows { SkillRequirementRows(values: values, max: RoleProfileInput.maxRequirements, asksImportance: true) }

    /// The form after an Add or Remove button, or nil when Save was pressed.
    var regrouped: RoleProfileForm? { rows.regrouped.map(RoleProfileForm.init(posted:)) }

    var input: RoleProfileInput {
        RoleProfileInput(name: values["name"], description: values["description"], requirements: rows.inputs)
    }

    static func pageField(_ coreField: String) -> String { SkillRequirementRows.pageField(coreField) }

    /// The controls, in page order, and the requirements as a repeated group.
    func page(skills: [SkillRefs.Listed], errors: [FieldError], saveButton: FormButton) -> (fields: [FormField], group: RepeatedGroup) {
        let fields = [
            FormField("name", .text, label: "Name", hint: "As staff records and the staff import name it, like Data engineer",
                      value: values["name"], errors: errors, width: "20"),
            FormField("description", .textarea, label: "Description (optional)", value: values["description"], errors: errors,
                      maxLength: 2000, rows: 3),
        ]
        return (fields, rows.group(skills: skills, errors: errors, saveButton: saveButton, heading: "Skills the role requires",
                                   hint: "Each skill at the level the role needs, from any stored framework"))
    }
}
