import Foundation
import StrideAPI
import StrideCore

/// The API's shapes of appraisal forms, built from Stride's values, and the API's Beginning of
/// Cycle content read back into the core's.
extension Components.Schemas.FormSummary {
    init(_ row: FormListQuery.Row, today: CalendarDate) {
        self.init(id: row.id.uuidString.lowercased(), kind: .init(row.kind), state: .init(row.state),
                  staffId: row.staff_id.uuidString.lowercased(), staffName: row.name, cycleId: row.cycle_id.uuidString.lowercased(),
                  cycleLabel: row.label, due: row.due.iso, overdue: row.state.isOverdue(due: row.due, on: today), version: row.record_version)
    }

    init(_ loaded: LoadedAppraisalForm, today: CalendarDate) {
        let form = loaded.form, due = loaded.cycle.scheduled.due(for: form.kind)
        self.init(id: loaded.formID.uuidString.lowercased(), kind: .init(form.kind), state: .init(form.state),
                  staffId: loaded.staff.record.id.uuidString.lowercased(), staffName: loaded.staff.record.details.name,
                  cycleId: loaded.cycle.id!.uuidString.lowercased(), cycleLabel: loaded.cycle.label, due: due.iso,
                  overdue: form.state.isOverdue(due: due, on: today), version: form.recordVersion)
    }
}

extension Components.Schemas.FormKind {
    init(_ kind: AppraisalFormKind) { self.init(rawValue: kind.rawValue)! }
}

extension Components.Schemas.FormState {
    init(_ state: AppraisalState) { self.init(rawValue: state.rawValue)! }
}

extension Components.Schemas.Form {
    init(_ loaded: LoadedAppraisalForm, content: Components.Schemas.FormContent, viewer: Viewer, today: CalendarDate) {
        let form = loaded.form
        func signature(by who: UUID?, at: Date?, hash: String?, statement: String?) -> Components.Schemas.Signature? {
            guard let who, let at, let hash else { return nil }
            return .init(signedBy: who.uuidString.lowercased(), signedAt: at, contentHash: hash, statement: statement)
        }
        self.init(
            form: .init(loaded, today: today), content: content,
            staffSignature: signature(by: loaded.staff.record.id, at: form.staffSignedAt, hash: form.staffSignedHash, statement: form.staffStatement),
            managerSignature: signature(by: form.managerSignedBy, at: form.managerSignedAt, hash: form.managerSignedHash, statement: nil),
            actions: AppraisalPolicy.availableActions(to: viewer, on: loaded.subject, contract: loaded.cycle.contractType)
                .map { .init(rawValue: $0.rawValue)! })
    }
}

extension Components.Schemas.FormContent {
    /// The stored content of the form's kind.
    init(_ form: AppraisalForm) throws {
        let data = Data(form.content.utf8), decoder = JSONDecoder()
        switch form.kind {
        case .beginning: self = .beginning(.init(try decoder.decode(BeginningOfCycle.self, from: data)))
        case .midterm: self = .midterm(.init(try decoder.decode(MidtermReview.self, from: data)))
        case .end: self = .end(.init(try decoder.decode(EndOfCycle.self, from: data)))
        case .probationReport: self = .probationReport(.init(try decoder.decode(ProbationaryReport.self, from: data)))
        }
    }

    var kind: AppraisalFormKind {
        switch self {
        case .beginning: .beginning
        case .midterm: .midterm
        case .end: .end
        case .probationReport: .probationReport
        }
    }
}

extension Components.Schemas.ProbationaryReportContent {
    init(_ report: ProbationaryReport) {
        self.init(kind: .probationReport, performance: report.performance, competencies: report.competencies,
                  colleagueFeedback: report.colleagueFeedback, recommendation: report.recommendation.flatMap { .init(rawValue: $0.rawValue) },
                  extensionMonths: report.extensionMonths, reasons: report.reasons)
    }

    var core: ProbationaryReport {
        ProbationaryReport(performance: performance, competencies: competencies, colleagueFeedback: colleagueFeedback,
                           recommendation: recommendation.flatMap { ProbationRecommendation(rawValue: $0.rawValue) }, reasons: reasons,
                           extensionMonths: extensionMonths)
    }
}

/// Reads a UUID of the body, naming the field when it is not one.
private func uuid(_ raw: String?, _ field: String, _ check: inout FieldChecker) -> UUID? {
    guard let raw, !raw.isEmpty else { return nil }
    guard let id = UUID(uuidString: raw) else {
        check.add(field, "must be a UUID, like 0b6f8f8e-4f3c-4d0e-9d7e-3f1b2a9c5d10")
        return nil
    }
    return id
}

extension Components.Schemas.Output {
    init(_ output: Output) {
        self.init(key: output.key.uuidString.lowercased(), description: output.description, measuresOfSuccess: output.measuresOfSuccess,
                  timeline: output.timeline, resources: output.resources, unitOutcomeId: output.unitOutcomeID?.uuidString.lowercased(),
                  objectiveId: output.objectiveID?.uuidString.lowercased())
    }

    func core(_ field: String, _ check: inout FieldChecker, newKey: () -> UUID) -> Output {
        Output(key: uuid(key, "\(field).key", &check) ?? newKey(), description: description, measuresOfSuccess: measuresOfSuccess,
               timeline: timeline, resources: resources, unitOutcomeID: uuid(unitOutcomeId, "\(field).unitOutcomeId", &check),
               objectiveID: uuid(objectiveId, "\(field).objectiveId", &check))
    }
}

extension Components.Schemas.MidtermReviewContent {
    init(_ review: MidtermReview) {
        self.init(kind: .midterm, outputs: review.outputs.map { output in
            .init(key: output.key.uuidString.lowercased(), progress: output.progress, adjustment: output.adjustment.map {
                .init(kind: .init(rawValue: $0.kind.rawValue)!, output: $0.output.map(Components.Schemas.Output.init), reason: $0.reason)
            })
        }, objectiveProgress: review.objectiveProgress, comments: review.comments)
    }

    func core(newKey: () -> UUID) -> Validated<MidtermReview> {
        var check = FieldChecker()
        let outputs = self.outputs.enumerated().map { index, output in
            let field = "content.outputs[\(index)]"
            return OutputReview(key: uuid(output.key, "\(field).key", &check) ?? newKey(), progress: output.progress,
                                adjustment: output.adjustment.map { adjustment in
                                    OutputAdjustment(kind: AdjustmentKind(rawValue: adjustment.kind.rawValue)!,
                                                     output: adjustment.output?.core("\(field).adjustment.output", &check, newKey: newKey),
                                                     reason: adjustment.reason)
                                })
        }
        guard check.errors.isEmpty else { return .invalid(check.errors) }
        return .valid(MidtermReview(outputs: outputs, objectiveProgress: objectiveProgress, comments: comments))
    }
}

extension Components.Schemas.EndOfCycleContent {
    init(_ form: EndOfCycle) {
        self.init(
            kind: .end,
            outputs: form.outputs.map {
                .init(key: $0.key.uuidString.lowercased(), selfAssessment: $0.assessment.selfAssessment,
                      rating: $0.assessment.rating.flatMap { .init(rawValue: $0.rawValue) }, comment: $0.assessment.comment)
            },
            competencies: form.competencies.map {
                .init(skillId: $0.skillID.uuidString.lowercased(), selfAssessment: $0.assessment.selfAssessment,
                      rating: $0.assessment.rating.flatMap { .init(rawValue: $0.rawValue) }, comment: $0.assessment.comment)
            },
            objectiveSelfAssessment: form.objectiveSelfAssessment, challenges: form.challenges, lessonsLearned: form.lessonsLearned,
            objectiveAssessment: form.objectiveAssessment, accountabilitiesAssessment: form.accountabilitiesAssessment,
            overallRating: form.overallRating.flatMap { .init(rawValue: $0.rawValue) }, justification: form.justification)
    }

    func core() -> Validated<EndOfCycle> {
        var check = FieldChecker()
        let outputs = self.outputs.enumerated().compactMap { index, output -> OutputAssessment? in
            uuid(output.key, "content.outputs[\(index)].key", &check).map {
                OutputAssessment(key: $0, assessment: .init(selfAssessment: output.selfAssessment,
                                                            rating: output.rating.flatMap { ElementRating(rawValue: $0.rawValue) }, comment: output.comment))
            }
        }
        let competencies = self.competencies.enumerated().compactMap { index, competency -> CompetencyAssessment? in
            uuid(competency.skillId, "content.competencies[\(index)].skillId", &check).map {
                CompetencyAssessment(skillID: $0, assessment: .init(selfAssessment: competency.selfAssessment,
                                                                    rating: competency.rating.flatMap { ElementRating(rawValue: $0.rawValue) },
                                                                    comment: competency.comment))
            }
        }
        guard check.errors.isEmpty else { return .invalid(check.errors) }
        return .valid(EndOfCycle(outputs: outputs, competencies: competencies, objectiveSelfAssessment: objectiveSelfAssessment,
                                 challenges: challenges, lessonsLearned: lessonsLearned, objectiveAssessment: objectiveAssessment,
                                 accountabilitiesAssessment: accountabilitiesAssessment,
                                 overallRating: overallRating.flatMap { OverallRating(rawValue: $0.rawValue) }, justification: justification))
    }
}

extension Components.Schemas.BeginningOfCycleContent {
    init(_ content: BeginningOfCycle) {
        self.init(
            kind: .beginning,
            outputs: content.outputs.map(Components.Schemas.Output.init),
            competencies: content.competencies.map { .init(skillId: $0.skillID?.uuidString.lowercased(), demonstration: $0.demonstration) },
            developmentalObjective: .init(objective: content.developmentalObjective.objective,
                                          plannedActions: content.developmentalObjective.plannedActions),
            managerialAccountabilities: content.managerialAccountabilities.map {
                .init(managingPerformance: $0.managingPerformance, developingStaff: $0.developingStaff,
                      organisationalTargets: $0.organisationalTargets)
            })
    }

    /// The core's content, or the ids that are not UUIDs, each named by its path in the body.
    /// An output without a key is new and gets one from `newKey`.
    func core(newKey: () -> UUID) -> Validated<BeginningOfCycle> {
        var check = FieldChecker()
        let outputs = self.outputs.enumerated().map { index, output in output.core("content.outputs[\(index)]", &check, newKey: newKey) }
        let competencies = self.competencies.enumerated().map { index, choice in
            CompetencyChoice(skillID: uuid(choice.skillId, "content.competencies[\(index)].skillId", &check), demonstration: choice.demonstration)
        }
        guard check.errors.isEmpty else { return .invalid(check.errors) }
        return .valid(BeginningOfCycle(
            outputs: outputs, competencies: competencies,
            developmentalObjective: .init(objective: developmentalObjective.objective, plannedActions: developmentalObjective.plannedActions),
            managerialAccountabilities: managerialAccountabilities.map {
                .init(managingPerformance: $0.managingPerformance, developingStaff: $0.developingStaff, organisationalTargets: $0.organisationalTargets)
            }))
    }
}

extension FieldError {
    /// A core rule's error about the content, as the API names the field: `content.outputs[0].description`.
    var inContent: FieldError { FieldError("content.\(field)", message) }
}
