import Foundation
import StrideCore

/// The skills a form requires, as a repeated group of rows (`requirement-2-skill`,
/// `requirement-2-level`, `requirement-2-importance`) among the form's posted values: a role's
/// requirements, a workgroup's needs, a task's. Kept as typed so a page drawn again loses nothing.
struct SkillRequirementRows: Sendable {
    static let group = "requirement"
    static let parts = ["skill", "level", "importance"]

    let values: [String: String]
    /// Most rows the form takes.
    let max: Int
    /// Whether rows say essential or desirable.
    let asksImportance: Bool

    private var limit: Int { max + 1 }

    /// The posted values for these requirements, one empty row when there are none.
    static func values(_ requirements: [SkillRequirement]) -> [String: String] {
        var values = ["\(group)-count": String(Swift.max(requirements.count, 1))]
        for (offset, requirement) in requirements.enumerated() {
            let id = { RepeatedGroup.fieldID(group, offset + 1, $0) }
            values[id("skill")] = requirement.skill.id.uuidString.lowercased()
            values[id("level")] = String(requirement.level)
            values[id("importance")] = requirement.essential ? "essential" : "desirable"
        }
        return values
    }

    var count: Int { RepeatedValues.count(Self.group, in: values, limit: limit) }

    /// The form's values after an Add or Remove button, or nil when another button was pressed.
    var regrouped: [String: String]? {
        guard let change = RepeatedValues.Change(intent: values["intent"] ?? "", name: Self.group) else { return nil }
        return RepeatedValues.applying(change, to: Self.group, parts: Self.parts, in: values, limit: limit)
    }

    var inputs: [SkillRequirementInput] {
        (0..<count).map { offset in
            let id = { RepeatedGroup.fieldID(Self.group, offset + 1, $0) }
            return .init(skill: values[id("skill")], level: values[id("level")], importance: asksImportance ? values[id("importance")] : nil)
        }
    }

    /// The ids of the skills chosen, for reading just those.
    var skillIDs: [UUID] { inputs.compactMap { $0.skill.flatMap { UUID(uuidString: $0) } } }

    /// The page's id for a field the core names: `requirements[1].level` is `requirement-2-level`.
    static func pageField(_ coreField: String) -> String {
        if coreField == "requirements" { return RepeatedGroup.groupID(group) }
        guard let path = CoreFieldPath(coreField), path.list == "requirements" else { return coreField }
        return RepeatedGroup.fieldID(group, path.index + 1, path.part)
    }

    /// The rows as a repeated group of a skill select, a level and (when asked) the importance.
    func group(skills: [SkillRefs.Listed], errors: [FieldError], saveButton: FormButton,
               heading: String, hint: String) -> RepeatedGroup {
        let choices = [FormField.Option(value: "", label: "Choose a skill", selected: false)] + skills.map {
            FormField.Option(value: $0.ref.id.uuidString.lowercased(),
                             label: "\($0.ref.name)\($0.code.map { " (\($0))" } ?? "") — \($0.framework)", selected: false)
        }
        return RepeatedGroup.make(
            name: Self.group, itemLabel: "Skill", values: Array(0..<count), min: 1, max: max,
            heading: heading, hint: hint, plural: "skills", errors: errors, enterKeyButton: saveButton
        ) { index, _ in
            let id = { RepeatedGroup.fieldID(Self.group, index, $0) }
            let skill = values[id("skill")] ?? ""
            var fields = [
                FormField(id("skill"), .select, label: "Skill", value: skill, errors: errors,
                          options: choices.map { .init(value: $0.value, label: $0.label, selected: $0.value == skill.lowercased()) }),
                FormField(id("level"), .text, label: "Level required", hint: "A level the skill is described at, like 4",
                          value: values[id("level")], errors: errors, width: "4"),
            ]
            if asksImportance {
                let importance = values[id("importance")].flatMap { $0.isEmpty ? nil : $0 } ?? "essential"
                fields.append(FormField(id("importance"), .radios, label: "Importance", value: importance, errors: errors,
                                        options: [.init(value: "essential", label: "Essential", selected: importance == "essential"),
                                                  .init(value: "desirable", label: "Desirable", selected: importance == "desirable")]))
            }
            return fields
        }
    }
}
