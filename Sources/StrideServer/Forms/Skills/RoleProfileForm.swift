import Foundation
import StrideCore

/// The role form as posted: the name, the description and the required skills as a repeated
/// group (`requirement-2-skill`), kept as typed so a page drawn again loses nothing.
struct RoleProfileForm: Sendable {
    static let group = "requirement"
    static let parts = ["skill", "level", "importance"]
    static let limit = RoleProfileInput.maxRequirements + 1

    private(set) var values: [String: String]

    init(posted values: [String: String]) {
        self.values = values
    }

    /// A form for a new role, with one empty requirement.
    static var blank: RoleProfileForm { RoleProfileForm(posted: ["\(group)-count": "1"]) }

    /// The form filled in from a stored role.
    init(_ role: RoleProfile, requirements: [SkillRequirement]) {
        var values = ["name": role.name, "description": role.description ?? "", "version": String(role.recordVersion),
                      "\(Self.group)-count": String(max(requirements.count, 1))]
        for (offset, requirement) in requirements.enumerated() {
            let id = { RepeatedGroup.fieldID(Self.group, offset + 1, $0) }
            values[id("skill")] = requirement.skill.id.uuidString.lowercased()
            values[id("level")] = String(requirement.level)
            values[id("importance")] = requirement.essential ? "essential" : "desirable"
        }
        self.init(posted: values)
    }

    var version: Int? { values["version"].flatMap { Int($0) } }
    var count: Int { RepeatedValues.count(Self.group, in: values, limit: Self.limit) }

    /// The form after an Add or Remove button, or nil when Save was pressed.
    var regrouped: RoleProfileForm? {
        guard let change = RepeatedValues.Change(intent: values["intent"] ?? "", name: Self.group) else { return nil }
        return RoleProfileForm(posted: RepeatedValues.applying(change, to: Self.group, parts: Self.parts, in: values, limit: Self.limit))
    }

    var input: RoleProfileInput {
        RoleProfileInput(name: values["name"], description: values["description"], requirements: (0..<count).map { offset in
            let id = { RepeatedGroup.fieldID(Self.group, offset + 1, $0) }
            return .init(skill: values[id("skill")], level: values[id("level")], importance: values[id("importance")])
        })
    }

    /// The page's id for a field the core names: `requirements[1].level` is `requirement-2-level`.
    static func pageField(_ coreField: String) -> String {
        if coreField == "requirements" { return RepeatedGroup.groupID(group) }
        guard let path = CoreFieldPath(coreField), path.list == "requirements" else { return coreField }
        return RepeatedGroup.fieldID(group, path.index + 1, path.part)
    }

    /// The controls, in page order, and the requirements as a repeated group.
    func page(skills: [SkillRefs.Listed], errors: [FieldError], saveButton: FormButton) -> (fields: [FormField], group: RepeatedGroup) {
        let fields = [
            FormField("name", .text, label: "Name", hint: "As staff records and the staff import name it, like Data engineer",
                      value: values["name"], errors: errors, width: "20"),
            FormField("description", .textarea, label: "Description (optional)", value: values["description"], errors: errors,
                      maxLength: 2000, rows: 3),
        ]
        let choices = [FormField.Option(value: "", label: "Choose a skill", selected: false)] + skills.map {
            FormField.Option(value: $0.ref.id.uuidString.lowercased(),
                             label: "\($0.ref.name)\($0.code.map { " (\($0))" } ?? "") — \($0.framework)", selected: false)
        }
        let group = RepeatedGroup.make(
            name: Self.group, itemLabel: "Skill", values: Array(0..<count), min: 1, max: RoleProfileInput.maxRequirements,
            heading: "Skills the role requires", hint: "Each skill at the level the role needs, from any stored framework",
            plural: "skills", errors: errors, enterKeyButton: saveButton
        ) { index, _ in
            let id = { RepeatedGroup.fieldID(Self.group, index, $0) }
            let skill = values[id("skill")] ?? ""
            let importance = values[id("importance")].flatMap { $0.isEmpty ? nil : $0 } ?? "essential"
            return [
                FormField(id("skill"), .select, label: "Skill", value: skill, errors: errors,
                          options: choices.map { .init(value: $0.value, label: $0.label, selected: $0.value == skill.lowercased()) }),
                FormField(id("level"), .text, label: "Level required", hint: "A level the skill is described at, like 4",
                          value: values[id("level")], errors: errors, width: "4"),
                FormField(id("importance"), .radios, label: "Importance", value: importance, errors: errors,
                          options: [.init(value: "essential", label: "Essential", selected: importance == "essential"),
                                    .init(value: "desirable", label: "Desirable", selected: importance == "desirable")]),
            ]
        }
        return (fields, group)
    }
}
