import StrideCore

/// The Beginning of Cycle as a read-only document's sections, in the order of the form.
enum BeginningOfCycleDocument {
    static func sections(_ content: BeginningOfCycle, choices: BeginningOfCycleChoices) -> [ReadOnlyForm.Section] {
        let outcomes = Dictionary(choices.outcomes.map { ($0.id, $0.details.title) }, uniquingKeysWith: { a, _ in a })
        let objectives = Dictionary(choices.objectives.map { ($0.id, "\($0.title) (\($0.workgroupName))") }, uniquingKeysWith: { a, _ in a })
        let skills = Dictionary(choices.competencies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var sections = content.outputs.enumerated().map { offset, output in
            ReadOnlyForm.Section(heading: "Output \(offset + 1) of \(content.outputs.count)", rows: [
                .text("Expected output", output.description),
                .text("Measures of success", output.measuresOfSuccess),
                .text("Timeline", output.timeline),
                .text("Resources", output.resources),
                .text("Unit outcome it serves", output.unitOutcomeID.map { outcomes[$0] ?? "An outcome no longer recorded for this period" }),
            ] + (output.objectiveID.map { [.text("Workgroup objective it contributes to", objectives[$0] ?? "An objective no longer running")] } ?? []))
        }
        if content.outputs.isEmpty { sections.append(.init(heading: "Outputs", rows: [.text("Outputs", nil)])) }
        sections.append(.init(heading: "Competencies", rows: content.competencies.isEmpty ? [.text("Competencies", nil)]
            : content.competencies.enumerated().map { offset, choice in
                .text(choice.skillID.flatMap { skills[$0] } ?? "Competency \(offset + 1) (not chosen)", choice.demonstration)
            }))
        sections.append(.init(heading: "Developmental objective", rows: [
            .text("Objective", content.developmentalObjective.objective),
            .text("Planned actions", content.developmentalObjective.plannedActions),
        ]))
        if let accountabilities = content.managerialAccountabilities {
            sections.append(.init(heading: "Managerial accountabilities", rows: [
                .text("Managing performance in the unit", accountabilities.managingPerformance),
                .text("Developing staff", accountabilities.developingStaff),
                .text("Organisational targets", accountabilities.organisationalTargets),
            ]))
        }
        return sections
    }
}
