import Fluent
import Foundation
import StrideCore

/// What the framework asks to be weighed beside an appraisal form, as far as the viewer may see
/// it: at a responsible chief's End of Cycle, the upward feedback report from their staff (for the
/// chief and two levels of supervisors, the supervisor's supervisor weighing it at the review); at
/// the first probation Mid-term Review and at the probationary report, the colleagues' feedback.
enum FormCompanionsQuery {
    struct Companion: Sendable {
        let title: String
        let detail: String
        let path: StridePath
        var query: String? = nil
        var fragment: String? = nil

        var href: String { path.href + (query.map { "?\($0)" } ?? "") + (fragment.map { "#\($0)" } ?? "") }
    }

    static func load(_ loaded: LoadedAppraisalForm, viewer: Viewer, on db: any Database) async throws -> [Companion] {
        switch loaded.form.kind {
        case .end:
            return try await upwardFeedback(loaded, viewer: viewer, on: db) + improvementPlan(loaded, viewer: viewer)
                + recognition(loaded, viewer: viewer, on: db)
        case .midterm where loaded.cycle.colleagueDesignationDate != nil:
            return try await colleagueFeedback(loaded, cycle: loaded.cycle, viewer: viewer, on: db)
        case .probationReport:
            guard let cycle = try await ColleagueFeedbackQueries.designationCycle(of: loaded.staff.record.id, on: db) else { return [] }
            return try await colleagueFeedback(loaded, cycle: cycle, viewer: viewer, on: db)
        default: return []
        }
    }

    /// The recognition the person received during the cycle, for those who see it.
    private static func recognition(_ loaded: LoadedAppraisalForm, viewer: Viewer, on db: any Database) async throws -> [Companion] {
        guard RecognitionPolicy.decide(viewer, .view, RecognitionSubject(receiver: loaded.subject.staff, giverID: nil)).isAllowed else { return [] }
        let count = try await Recognition.query(on: db).filter(\.$receiver.$id == loaded.staff.record.id).filter(\.$cycle.$id == loaded.cycle.id!).count()
        guard count > 0 else { return [] }
        return [Companion(title: "Recognition during this cycle",
                          detail: "\(loaded.staff.record.details.name) received recognition from colleagues \(count == 1 ? "once" : "\(count) times").",
                          path: .staffMember(loaded.staff.record.id), fragment: "recognition")]
    }

    /// After an End of Cycle rated "does not fully meet", the manager (or HR) is offered a plan.
    private static func improvementPlan(_ loaded: LoadedAppraisalForm, viewer: Viewer) -> [Companion] {
        guard ImprovementPlanRules.isSuggested(after: loaded.form.overallRating),
              ImprovementPlanPolicy.decide(viewer, .manage, ImprovementPlanSubject(staff: loaded.subject.staff)).isAllowed else { return [] }
        return [Companion(title: "Open an improvement plan",
                          detail: "The overall rating is \u{201C}does not fully meet\u{201D}: a plan with support and objectives, reviewed in six months, is suggested.",
                          path: .newImprovementPlan(loaded.staff.record.id), query: "form=\(loaded.formID.uuidString.lowercased())")]
    }

    private static func colleagueFeedback(_ loaded: LoadedAppraisalForm, cycle: AppraisalCycle, viewer: Viewer,
                                          on db: any Database) async throws -> [Companion] {
        let subject = ColleagueFeedbackSubject(staff: loaded.subject.staff, appraiserID: loaded.appraiserID)
        guard ColleagueFeedbackPolicy.decide(viewer, .viewStatus, subject).isAllowed else { return [] }
        let requests = try await ColleagueFeedbackRequest.query(on: db).filter(\.$cycle.$id == cycle.id!).all()
        let detail = requests.isEmpty
            ? "Designate three to five colleagues or service recipients to give feedback before the probationary report."
            : "\(requests.filter(\.isGiven).count) of \(DisplayNumber.counted(requests.count, "colleague")) designated have given feedback."
        return [Companion(title: "Feedback from colleagues", detail: detail, path: .colleagueFeedback(cycle.id!))]
    }

    private static func upwardFeedback(_ loaded: LoadedAppraisalForm, viewer: Viewer, on db: any Database) async throws -> [Companion] {
        let staff = loaded.staff.record
        let subject = UpwardFeedbackRoundSubject(chiefID: staff.id, chiefSupervisors: loaded.staff.path.ancestors, isOpen: false,
                                                 invitation: .notInvited)
        guard UpwardFeedbackPolicy.decide(viewer, .readReport, subject).isAllowed,
              let round = try await UpwardFeedbackQueries.closedRound(on: staff.id, from: loaded.cycle.startDate, to: loaded.cycle.endDate, on: db),
              let report = round.compiledReport else { return [] }
        let detail = report.released
            ? "Compiled when the round closed after \(DisplayDate.long(round.closesOn)), from \(DisplayNumber.counted(report.responses, "response"))."
            : "Too few of \(staff.details.name)'s staff responded for a report to be released."
        return [Companion(title: "Upward feedback on \(staff.details.name)", detail: detail, path: .upwardFeedbackRound(round.id!))]
    }
}
