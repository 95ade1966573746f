import Fluent
import Foundation
import StrideCore

/// What the framework asks to be weighed beside an appraisal form, as far as the viewer may see
/// it: at a responsible chief's End of Cycle, the upward feedback report from their staff (for the
/// chief and two levels of supervisors, the supervisor's supervisor weighing it at the review).
enum FormCompanionsQuery {
    struct Companion: Sendable {
        let title: String
        let detail: String
        let path: StridePath
    }

    static func load(_ loaded: LoadedAppraisalForm, viewer: Viewer, on db: any Database) async throws -> [Companion] {
        guard loaded.form.kind == .end else { return [] }
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
