import Foundation
import StrideCore

/// The Beginning of Cycle form as posted: flat names such as `output-2-description` that the
/// page's repeated groups number, kept as typed so a page drawn again loses nothing.
struct BeginningOfCycleForm: Sendable {
    /// What the person pressed: save-draft, submit, add-output, remove-output-2, add-competency…
    enum Intent: Equatable, Sendable {
        case saveDraft
        case submit
        case add(Group)
        case remove(Group, index: Int)
    }

    enum Group: String, CaseIterable, Sendable {
        case output, competency
    }

    private(set) var values: [String: String]
    /// The version of the form the page was drawn from.
    let version: Int?
    let intent: Intent

    /// The parts of an output as the page names them, with the core's name for each.
    static let outputParts = [("key", "key"), ("description", "description"), ("measures", "measuresOfSuccess"),
                              ("timeline", "timeline"), ("resources", "resources"), ("outcome", "unitOutcome"),
                              ("workgroup-objective", "objective")]
    static let competencyParts = [("skill", "skill"), ("demonstration", "demonstration")]
    static let singleFields = [("objective", "developmentalObjective.objective"),
                               ("planned-actions", "developmentalObjective.plannedActions"),
                               ("managing-performance", "managerialAccountabilities.managingPerformance"),
                               ("developing-staff", "managerialAccountabilities.developingStaff"),
                               ("organisational-targets", "managerialAccountabilities.organisationalTargets")]

    init(posted values: [String: String]) {
        self.values = values
        version = values["version"].flatMap { Int($0) }
        intent = Self.intent(values["intent"] ?? "")
    }

    /// The form filled in from stored content.
    init(_ content: BeginningOfCycle, version: Int) {
        var values: [String: String] = ["version": String(version)]
        values["output-count"] = String(content.outputs.count)
        for (offset, output) in content.outputs.enumerated() {
            let id = { RepeatedGroup.fieldID("output", offset + 1, $0) }
            values[id("key")] = output.key.uuidString.lowercased()
            values[id("description")] = output.description
            values[id("measures")] = output.measuresOfSuccess
            values[id("timeline")] = output.timeline
            values[id("resources")] = output.resources
            values[id("outcome")] = output.unitOutcomeID?.uuidString.lowercased() ?? ""
            values[id("workgroup-objective")] = output.objectiveID?.uuidString.lowercased() ?? ""
        }
        values["competency-count"] = String(content.competencies.count)
        for (offset, competency) in content.competencies.enumerated() {
            values[RepeatedGroup.fieldID("competency", offset + 1, "skill")] = competency.skillID?.uuidString.lowercased() ?? ""
            values[RepeatedGroup.fieldID("competency", offset + 1, "demonstration")] = competency.demonstration
        }
        values["objective"] = content.developmentalObjective.objective
        values["planned-actions"] = content.developmentalObjective.plannedActions
        if let accountabilities = content.managerialAccountabilities {
            values["managing-performance"] = accountabilities.managingPerformance
            values["developing-staff"] = accountabilities.developingStaff
            values["organisational-targets"] = accountabilities.organisationalTargets
        }
        self.init(posted: values)
    }

    func value(_ id: String) -> String? { values[id] }

    /// The same typed values, carrying another version (after someone else's save).
    func withVersion(_ version: Int) -> BeginningOfCycleForm {
        var values = self.values
        values["version"] = String(version)
        return BeginningOfCycleForm(posted: values)
    }

    func count(_ group: Group) -> Int {
        RepeatedValues.count(group.rawValue, in: values, limit: BeginningOfCycleRules.maxEntries + 1)
    }

    /// The form after an Add or Remove: the items renumbered, what was typed kept.
    func applying(_ intent: Intent) -> BeginningOfCycleForm {
        let change: (Group, RepeatedValues.Change)
        switch intent {
        case .add(let group): change = (group, .add)
        case .remove(let group, let index): change = (group, .remove(index: index))
        case .saveDraft, .submit: return self
        }
        let parts = (change.0 == .output ? Self.outputParts : Self.competencyParts).map(\.0)
        var copy = self
        copy.values = RepeatedValues.applying(change.1, to: change.0.rawValue, parts: parts, in: values,
                                              limit: BeginningOfCycleRules.maxEntries + 1)
        return copy
    }

    /// The content the form holds. An output without a key is new and gets one from `newKey`;
    /// an unknown outcome or skill id is kept as nil, for the rules to ask for a choice.
    func content(managesOthers: Bool, newKey: () -> UUID) -> BeginningOfCycle {
        let outputs = (0..<count(.output)).map { offset -> Output in
            let id = { RepeatedGroup.fieldID("output", offset + 1, $0) }
            return Output(key: values[id("key")].flatMap(UUID.init(uuidString:)) ?? newKey(),
                          description: values[id("description")] ?? "", measuresOfSuccess: values[id("measures")] ?? "",
                          timeline: values[id("timeline")] ?? "", resources: values[id("resources")] ?? "",
                          unitOutcomeID: values[id("outcome")].flatMap(UUID.init(uuidString:)),
                          objectiveID: values[id("workgroup-objective")].flatMap(UUID.init(uuidString:)))
        }
        let competencies = (0..<count(.competency)).map { offset in
            CompetencyChoice(skillID: values[RepeatedGroup.fieldID("competency", offset + 1, "skill")].flatMap(UUID.init(uuidString:)),
                             demonstration: values[RepeatedGroup.fieldID("competency", offset + 1, "demonstration")] ?? "")
        }
        let accountabilityValues = ["managing-performance", "developing-staff", "organisational-targets"].map { values[$0] ?? "" }
        let accountabilities = managesOthers || accountabilityValues.contains { !$0.isEmpty }
            ? ManagerialAccountabilities(managingPerformance: accountabilityValues[0], developingStaff: accountabilityValues[1],
                                         organisationalTargets: accountabilityValues[2])
            : nil
        return BeginningOfCycle(
            outputs: outputs, competencies: competencies,
            developmentalObjective: .init(objective: values["objective"] ?? "", plannedActions: values["planned-actions"] ?? ""),
            managerialAccountabilities: accountabilities)
    }

    /// The page's id for a field the core names: `outputs[1].description` is `output-2-description`,
    /// `outputs` the output group, `developmentalObjective.objective` is `objective`.
    static func pageField(_ coreField: String) -> String {
        if let single = singleFields.first(where: { $0.1 == coreField }) { return single.0 }
        for (group, plural, parts) in [(Group.output, "outputs", outputParts), (.competency, "competencies", competencyParts)] {
            if coreField == plural { return RepeatedGroup.groupID(group.rawValue) }
            guard let path = CoreFieldPath(coreField), path.list == plural else { continue }
            return RepeatedGroup.fieldID(group.rawValue, path.index + 1, parts.first { $0.1 == path.part }?.0 ?? path.part)
        }
        return coreField
    }

    private static func intent(_ raw: String) -> Intent {
        if raw == "submit" { return .submit }
        for group in Group.allCases {
            switch RepeatedValues.Change(intent: raw, name: group.rawValue) {
            case .add: return .add(group)
            case .remove(let index): return .remove(group, index: index)
            case nil: continue
            }
        }
        return .saveDraft
    }
}
