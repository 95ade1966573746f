import Fluent
import Foundation
import StrideCore

/// What a cycle's later forms build on: the Beginning of Cycle's agreement and the Mid-term
/// Review's adjustments, read from the cycle's forms.
struct CyclePlan: Sendable {
    let beginning: BeginningOfCycle?
    let midterm: MidtermReview?

    /// The outputs as they now stand.
    var outputs: [PlannedOutput] { OutputPlan.current(agreed: beginning?.outputs ?? [], midterm: midterm) }

    /// The competencies chosen at the beginning.
    var competencySkills: [UUID] { beginning?.competencies.compactMap(\.skillID) ?? [] }

    static func load(cycleID: UUID, on db: any Database) async throws -> CyclePlan {
        let forms = try await AppraisalForm.query(on: db).filter(\.$cycle.$id == cycleID)
            .filter(\.$kind ~~ [.beginning, .midterm]).all()
        let decoder = JSONDecoder()
        let beginning = try forms.first { $0.kind == .beginning }.map { try decoder.decode(BeginningOfCycle.self, from: Data($0.content.utf8)) }
        let midterm = try forms.first { $0.kind == .midterm }.map { try decoder.decode(MidtermReview.self, from: Data($0.content.utf8)) }
        return CyclePlan(beginning: beginning, midterm: midterm)
    }

    /// The End of Cycle's context: the outputs still in the plan, the competencies, and whether
    /// the person manages others.
    func endOfCycleContext(managesOthers: Bool) -> EndOfCycleRules.Context {
        .init(outputKeys: outputs.filter(\.isActive).map(\.key), competencySkills: competencySkills, managesOthers: managesOthers)
    }
}

/// The core rules a form must meet before it moves on, with the context they need.
enum AppraisalFormChecks {
    static func submissionProblems(_ loaded: LoadedAppraisalForm, action: AppraisalAction, on db: any Database) async throws -> [FieldError] {
        let content = Data(loaded.form.content.utf8)
        switch loaded.form.kind {
        case .beginning:
            let choices = try await BeginningOfCycleChoices.load(for: loaded, on: db)
            return BeginningOfCycleRules.submissionProblems(try JSONDecoder().decode(BeginningOfCycle.self, from: content),
                                                            context: choices.rulesContext)
        case .midterm:
            let plan = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: db)
            return MidtermReviewRules.submissionProblems(try JSONDecoder().decode(MidtermReview.self, from: content),
                                                         agreed: plan.beginning?.outputs ?? [])
        case .end:
            let form = try JSONDecoder().decode(EndOfCycle.self, from: content)
            let context = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: db)
                .endOfCycleContext(managesOthers: try await managesOthers(loaded, on: db))
            return action == .submitSelfAssessment ? EndOfCycleRules.selfAssessmentProblems(form, context: context)
                : EndOfCycleRules.managerProblems(form, context: context)
        case .probationReport:
            return ProbationaryReportRules.submissionProblems(try JSONDecoder().decode(ProbationaryReport.self, from: content))
        }
    }

    static func managesOthers(_ loaded: LoadedAppraisalForm, on db: any Database) async throws -> Bool {
        try await StaffMember.query(on: db).filter(\.$supervisor.$id == loaded.staff.record.id).filter(\.$status == .active).count() > 0
    }
}
