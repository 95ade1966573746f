import Foundation
import StrideCore
import Testing

@Suite struct BeginningOfCycleRulesTests {
    static let outcome = UUID(), otherUnitsOutcome = UUID()
    static let skills = [UUID(), UUID(), UUID(), UUID()]
    static let context = BeginningOfCycleRules.Context(unitOutcomes: [outcome], competencySkills: Set(skills), managesOthers: false)

    static func output(_ n: Int) -> Output {
        Output(key: UUID(), description: "Deliver report \(n)", measuresOfSuccess: "Adopted by the committee",
               timeline: "By June", resources: "Two analysts", unitOutcomeID: outcome)
    }

    static var complete: BeginningOfCycle {
        BeginningOfCycle(outputs: (1...3).map(output),
                         competencies: skills.prefix(3).map { CompetencyChoice(skillID: $0, demonstration: "In every review") },
                         developmentalObjective: DevelopmentalObjective(objective: "Lead a team", plannedActions: "Course; shadowing"))
    }

    @Test func aCompleteFormHasNoProblems() {
        #expect(BeginningOfCycleRules.submissionProblems(Self.complete, context: Self.context).isEmpty)
        #expect(BeginningOfCycleRules.storageProblems(BeginningOfCycle()).isEmpty, "an empty draft saves")
    }

    @Test func everyProblemIsListedWithItsFieldInPageOrder() {
        var form = Self.complete
        form.outputs.removeLast()
        form.outputs[1].measuresOfSuccess = "  "
        form.outputs[1].unitOutcomeID = Self.otherUnitsOutcome
        form.competencies[2].skillID = form.competencies[0].skillID
        form.competencies[1].demonstration = ""
        form.developmentalObjective.plannedActions = ""
        let problems = BeginningOfCycleRules.submissionProblems(form, context: Self.context)
        #expect(problems.map(\.field) == [
            "outputs", "outputs[1].measuresOfSuccess", "outputs[1].unitOutcome",
            "competencies[1].demonstration", "competencies[2].skill", "developmentalObjective.plannedActions",
        ])
        #expect(problems.first?.message == "Outputs: add at least 3 (you have 2)")
        #expect(problems.map(\.message).contains("Competency 3: this competency is already chosen"))
        #expect(problems.map(\.message).contains("Output 2: choose one of the unit's outcomes for this period"))
    }

    @Test func tooManyOutputsAndCompetenciesAreNamed() {
        var form = Self.complete
        form.outputs = (1...6).map(Self.output)
        form.competencies.append(CompetencyChoice(skillID: nil, demonstration: "x"))
        let messages = BeginningOfCycleRules.submissionProblems(form, context: Self.context).map(\.message)
        #expect(messages == ["Outputs: keep at most 5 (you have 6)", "Competency 4: choose a competency"])
    }

    @Test func managersAlsoAgreeTheirAccountabilities() {
        let manager = BeginningOfCycleRules.Context(unitOutcomes: [Self.outcome], competencySkills: Set(Self.skills), managesOthers: true)
        #expect(BeginningOfCycleRules.submissionProblems(Self.complete, context: manager).map(\.field) == [
            "managerialAccountabilities.managingPerformance", "managerialAccountabilities.developingStaff",
            "managerialAccountabilities.organisationalTargets",
        ])
        var form = Self.complete
        form.managerialAccountabilities = ManagerialAccountabilities(managingPerformance: "Monthly check-ins", developingStaff: "Two courses",
                                                                     organisationalTargets: "Balanced shortlists")
        #expect(BeginningOfCycleRules.submissionProblems(form, context: manager).isEmpty)
    }

    @Test func aDraftSavesIncompleteButNeverWithTextThatCannotBeStored() {
        var form = BeginningOfCycle(outputs: [Output(key: UUID(), description: "Half\u{0}written", timeline: String(repeating: "x", count: 501))])
        #expect(BeginningOfCycleRules.storageProblems(form).map(\.message) == [
            "Output 1: description must not contain control characters (such as NUL or escape)",
            "Output 1: timeline must be 500 characters or fewer",
        ])
        form.outputs = (1...21).map(Self.output)
        #expect(BeginningOfCycleRules.storageProblems(form).map(\.message) == ["Outputs: a form holds at most 20"])
        // Line breaks belong in long answers.
        #expect(BeginningOfCycleRules.storageProblems(BeginningOfCycle(outputs: [Output(key: UUID(), description: "One\nTwo")])).isEmpty)
    }
}
