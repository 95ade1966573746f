import Foundation
import StrideCore

/// A workgroup objective's form as posted: the objective, then its criteria as a repeated group
/// (`criterion-2-indicator`, …), kept as typed so a page drawn again loses nothing.
struct ObjectiveForm: Sendable {
    static let group = "criterion"
    static let parts = ["indicator", "unit", "baseline", "target", "dueOn", "weight"]
    static let save = FormButton("Save the objective", value: "save", style: .primary)

    let values: [String: String]

    private static var limit: Int { WorkgroupObjectiveInput.criteriaRange.upperBound + 1 }

    /// The form filled in from a stored objective and its criteria.
    init(_ loaded: ObjectiveQueries.Loaded) {
        let objective = loaded.objective
        var values = ["title": objective.title, "description": objective.description ?? "", "startsOn": objective.startsOn.iso,
                      "dueOn": objective.dueOn.iso, "unitOutcome": objective.$unitOutcome.id?.uuidString.lowercased() ?? "",
                      "owner": objective.$owner.id.uuidString.lowercased(), "version": String(objective.recordVersion),
                      "\(Self.group)-count": String(max(loaded.criteria.count, 1))]
        for (offset, criterion) in loaded.criteria.map(\.criterion).enumerated() {
            let id = { RepeatedGroup.fieldID(Self.group, offset + 1, $0) }
            values[id("indicator")] = criterion.indicator
            values[id("unit")] = criterion.unit
            values[id("baseline")] = ChartScale.label(criterion.baseline).replacingOccurrences(of: ",", with: "")
            values[id("target")] = ChartScale.label(criterion.target).replacingOccurrences(of: ",", with: "")
            values[id("dueOn")] = criterion.dueOn.iso
            values[id("weight")] = String(Int(criterion.weight))
        }
        self.values = values
    }

    init(values: [String: String]) {
        self.values = values
    }

    var version: Int? { values["version"].flatMap(Int.init) }

    private var count: Int { RepeatedValues.count(Self.group, in: values, limit: Self.limit) }

    /// The form's values after an Add or Remove button, or nil when it was saved.
    var regrouped: [String: String]? {
        guard let change = RepeatedValues.Change(intent: values["intent"] ?? "", name: Self.group) else { return nil }
        return RepeatedValues.applying(change, to: Self.group, parts: Self.parts, in: values, limit: Self.limit)
    }

    var input: WorkgroupObjectiveInput {
        WorkgroupObjectiveInput(
            title: values["title"], description: values["description"], startsOn: values["startsOn"], dueOn: values["dueOn"],
            unitOutcome: values["unitOutcome"], owner: values["owner"],
            criteria: (0..<count).map { offset in
                let id = { RepeatedGroup.fieldID(Self.group, offset + 1, $0) }
                return CriterionInput(indicator: values[id("indicator")], unit: values[id("unit")], baseline: values[id("baseline")],
                                      target: values[id("target")], dueOn: values[id("dueOn")], weight: values[id("weight")])
            })
    }

    /// The page's id for a field the core names: `criteria[1].target` is `criterion-2-target`.
    static func pageField(_ error: FieldError) -> FieldError {
        if error.field == "criteria" { return FieldError(RepeatedGroup.groupID(group), error.message) }
        guard let path = CoreFieldPath(error.field), path.list == "criteria" else { return error }
        return FieldError(RepeatedGroup.fieldID(group, path.index + 1, path.part), error.message)
    }

    func fields(choices: ObjectiveQueries.Choices, errors: [FieldError]) -> [FormField] {
        let outcome = values["unitOutcome"] ?? "", owner = values["owner"] ?? ""
        return [
            FormField("title", .text, label: "Objective", hint: "What the workgroup is to achieve, like Answer staff queries within 5 days",
                      value: values["title"], errors: errors, maxLength: 300),
            FormField("description", .textarea, label: "Description (optional)", value: values["description"], errors: errors,
                      maxLength: 4000, rows: 3),
            FormField("startsOn", .date, label: "Starts", hint: "For example, 2026-01-05", value: values["startsOn"], errors: errors, width: "10"),
            FormField("dueOn", .date, label: "Due", hint: "For example, 2026-12-18", value: values["dueOn"], errors: errors, width: "10"),
            FormField("unitOutcome", .select, label: "Unit outcome it contributes to", value: outcome, errors: errors,
                      options: [.init(value: "", label: "Choose an outcome", selected: outcome.isEmpty)]
                          + choices.unitOutcomes.map { choice in
                              let id = choice.id.uuidString.lowercased()
                              return .init(value: id, label: "\(choice.title) — \(choice.unitName)", selected: id == outcome.lowercased())
                          }),
            FormField("owner", .select, label: "Owner", hint: "The lead or a member, answerable for the objective", value: owner,
                      errors: errors,
                      options: [.init(value: "", label: "Choose the owner", selected: owner.isEmpty)]
                          + choices.owners.map { person in
                              let id = person.id.uuidString.lowercased()
                              return .init(value: id, label: person.name, selected: id == owner.lowercased())
                          }),
        ]
    }

    func criteriaGroup(errors: [FieldError]) -> RepeatedGroup {
        RepeatedGroup.make(
            name: Self.group, itemLabel: "Criterion", values: Array(0..<count), min: WorkgroupObjectiveInput.criteriaRange.lowerBound,
            max: WorkgroupObjectiveInput.criteriaRange.upperBound, heading: "Performance criteria",
            hint: "What success is measured by: from a baseline to a target, by a due date. Progress rolls up by weight.",
            plural: "criteria", errors: errors, enterKeyButton: Self.save
        ) { index, _ in
            let id = { RepeatedGroup.fieldID(Self.group, index, $0) }
            return [
                FormField(id("indicator"), .text, label: "Indicator", hint: "What is measured, like Queries answered within 5 days",
                          value: values[id("indicator")], errors: errors, maxLength: 200),
                FormField(id("unit"), .text, label: "Unit of measure", hint: "Like %, days or reports", value: values[id("unit")],
                          errors: errors, width: "10"),
                FormField(id("baseline"), .text, label: "Baseline", hint: "Where it stands at the start", value: values[id("baseline")],
                          errors: errors, width: "5"),
                FormField(id("target"), .text, label: "Target", hint: "Below the baseline when less is better", value: values[id("target")],
                          errors: errors, width: "5"),
                FormField(id("dueOn"), .date, label: "Target due", hint: "By the objective's due date", value: values[id("dueOn")],
                          errors: errors, width: "10"),
                FormField(id("weight"), .text, label: "Weight (optional)", hint: "1 to 10, 1 when empty", value: values[id("weight")],
                          errors: errors, width: "3"),
            ]
        }
    }
}
