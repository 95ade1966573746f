import Foundation
import StrideCore

/// The new-task form as posted: what the task is, when it is due, the skills it needs (a
/// repeated group) and, once the members are ranked, the one chosen.
struct WorkTaskForm: Sendable {
    let values: [String: String]

    static let rank = FormButton("Rank the members", value: "rank", style: .primary)
    static let rankAgain = FormButton("Rank again", value: "rank")
    static let assign = FormButton("Assign the task", value: "save", style: .primary)

    /// Ranking first; once ranked, assigning, with ranking again for changed skills.
    static func buttons(ranked: Bool) -> [FormButton] { ranked ? [assign, rankAgain] : [rank] }

    var rows: SkillRequirementRows { SkillRequirementRows(values: values, max: WorkTaskInput.maxRequirements, asksImportance: false) }

    /// Whether the lead asked for the ranking rather than to save.
    var wantsRanking: Bool { values["intent"] == Self.rank.value }

    var input: WorkTaskInput {
        WorkTaskInput(title: values["title"], description: values["description"], dueOn: values["dueOn"],
                      requirements: rows.inputs, assignee: values["assignee"], objective: values["objective"])
    }

    /// The page's id for a field the core names.
    static func pageField(_ coreField: String) -> String { SkillRequirementRows.pageField(coreField) }

    /// The task's own fields; `objectives` (the workgroup's) are offered as what it serves.
    func fields(errors: [FieldError], objectives: [(id: UUID, title: String)] = []) -> [FormField] {
        let objective = (values["objective"] ?? "").lowercased()
        return [
            FormField("title", .text, label: "Task", hint: "What is to be done, like Reconcile the Q3 donor ledger",
                      value: values["title"], errors: errors),
            FormField("description", .textarea, label: "Details (optional)", value: values["description"], errors: errors,
                      maxLength: 4000, rows: 3),
            FormField("dueOn", .date, label: "Due date", hint: "For example, 2026-03-31", value: values["dueOn"], errors: errors,
                      width: "10"),
        ] + (objectives.isEmpty ? [] : [
            FormField("objective", .select, label: "Objective it serves (optional)", value: objective, errors: errors,
                      options: [.init(value: "", label: "None", selected: objective.isEmpty)] + objectives.map {
                          .init(value: $0.id.uuidString.lowercased(), label: $0.title, selected: $0.id.uuidString.lowercased() == objective)
                      }),
        ])
    }

    func requirementGroup(skills: [SkillRefs.Listed], errors: [FieldError]) -> RepeatedGroup {
        rows.group(skills: skills, errors: errors, saveButton: Self.rank, heading: "Skills the task needs",
                   hint: "Each skill at the level the task needs; the members are ranked by how far they fall short")
    }

    /// The members as choices, best fit first, each with why they stand where they do.
    func assigneeField(_ ranking: [WorkAllocation.Ranked], errors: [FieldError]) -> FormField {
        let chosen = values["assignee"] ?? ""
        return FormField("assignee", .radios, label: "Who does it", value: chosen, errors: errors, options: ranking.map { ranked in
            let id = ranked.candidate.id.uuidString.lowercased()
            return .init(value: id, label: "\(ranked.rank). \(ranked.candidate.name)", selected: id == chosen.lowercased(),
                         hint: ranked.explanation)
        })
    }
}
