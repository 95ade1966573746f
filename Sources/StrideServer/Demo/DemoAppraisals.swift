import Fluent
import Foundation
import StrideCore

/// Beginning of Cycle forms of the demo in every state of the workflow, driven through the same
/// service the pages use, so each has its history, signatures and audit trail as a real one would.
enum DemoAppraisals {
    /// Where each person's form is left: staff number, the last step taken, and a comment for it.
    private static let script: [(String, AppraisalAction?, String?)] = [
        ("S5003", nil, nil),                                          // Michael O'Brien: a draft in progress
        ("S5004", .submit, nil),                                      // Lerato Dlamini: waiting for her signature
        ("S5010", .signAsStaff, nil),                                 // Hana Novotná: waiting for Michael's
        ("S4002", .signAsManager, nil),                               // Sophie Martin: signed by both
        ("S5002", .sendToReportsBoard, nil),                          // Sara Lindqvist: at the Reports Board
        ("S4003", .sendToReportsBoard, nil),                          // Ravi Sharma: at the Reports Board
        ("S1004", .sendToReportsBoard, nil),                          // Hamid Rahimi: at the Reports Board
        ("S5009", .review, "Outputs well linked to the unit's outcomes."), // Daniel Weber: reviewed
        ("S5005", .returnToParties, "Output 2 has no measure of success that can be checked; please make it measurable."),
    ]

    /// The steps, in order, that bring a Beginning of Cycle to `last`.
    private static let path: [AppraisalAction] = [.submit, .signAsStaff, .signAsManager, .sendToReportsBoard]

    static func load(staffIDs: [String: UUID], boardMember: UUID, in context: ServiceContext) async throws {
        let competencies = try await CompetencyFramework.competencies(on: context.db)
        for (number, last, comment) in script {
            guard let staffID = staffIDs[number],
                  let loaded = try await beginningForm(of: staffID, on: context.db),
                  let appraiser = loaded.cycle.appraiserID else { continue }
            let choices = try await BeginningOfCycleChoices.load(for: loaded, on: context.db)
            let content = self.content(unit: loaded.staff.unitName ?? "", choices: choices, competencies: competencies,
                                       complete: last != nil, newKey: context.newID)
            let staff = Viewer(staffID: staffID, roles: [])
            let manager = Viewer(staffID: appraiser, roles: [])
            _ = try await AppraisalFormService.save(content, problems: [], then: last != nil ? .submit : nil, formID: loaded.formID, version: nil,
                                                    viewer: staff, in: context.acting(as: staffID))
            guard let last, last != .submit else { continue }
            // Submitted with the save; then each step up to the last (all of them before the Board acts).
            let steps = path.firstIndex(of: last).map { path[1...$0] } ?? path.dropFirst()
            for action in steps {
                let viewer = action == .signAsStaff ? staff : manager
                let statement = number == "S5010" && action == .signAsStaff
                    ? "I agree with the outputs but the timeline for the second is tight." : nil
                _ = try await AppraisalFormService.transition(.init(action: action, comment: nil, statement: statement, version: nil),
                                                              formID: loaded.formID, viewer: viewer, in: context.acting(as: viewer.staffID))
            }
            if last == .review || last == .returnToParties {
                let board = Viewer(staffID: boardMember, roles: [.reportsBoardMember])
                _ = try await AppraisalFormService.transition(.init(action: last, comment: comment, statement: nil, version: nil),
                                                              formID: loaded.formID, viewer: board, in: context.acting(as: boardMember))
            }
        }
    }

    private static func beginningForm(of staffID: UUID, on db: any Database) async throws -> LoadedAppraisalForm? {
        let form = try await AppraisalForm.query(on: db).join(AppraisalCycle.self, on: \AppraisalForm.$cycle.$id == \AppraisalCycle.$id)
            .filter(AppraisalCycle.self, \.$staffMember.$id == staffID).filter(\.$kind == .beginning)
            .sort(AppraisalCycle.self, \.$startDate, .descending).first()
        guard let id = form?.id else { return nil }
        return try await AppraisalFormLookup.load(id, on: db)
    }

    /// A plausible Beginning of Cycle for someone in `unit`: complete, or a draft with only the
    /// first output written.
    private static func content(unit: String, choices: BeginningOfCycleChoices, competencies: [CompetencyFramework.Competency],
                                complete: Bool, newKey: () -> UUID) -> BeginningOfCycle {
        let outcome = choices.outcomes.first?.id
        let outputs = [
            ("Deliver the unit's part of the biennial work plan on schedule", "Milestones of the work plan met; quarterly reports on time", "Quarterly, to December 2027"),
            ("Improve how the unit's requests are handled", "Median time to answer a request down by a quarter", "By June 2027"),
            ("Share what the unit learns with the rest of \(unit)", "Two briefings a year; a lessons-learned note", "Every six months"),
        ].prefix(complete ? 3 : 1).map { description, measures, timeline in
            Output(key: newKey(), description: description, measuresOfSuccess: complete ? measures : "", timeline: complete ? timeline : "",
                   resources: complete ? "Within the unit's budget and staff time" : "", unitOutcomeID: complete ? outcome : nil)
        }
        let chosen = complete ? competencies.prefix(3).map {
            CompetencyChoice(skillID: $0.id, demonstration: "Applies \($0.name.lowercased()) in the unit's daily work and in the work plan's reviews")
        } : []
        return BeginningOfCycle(
            outputs: Array(outputs), competencies: chosen,
            developmentalObjective: .init(objective: complete ? "Strengthen project management skills" : "",
                                          plannedActions: complete ? "A project management course; lead one project with coaching" : ""),
            managerialAccountabilities: complete && choices.managesOthers
                ? .init(managingPerformance: "Agree outputs with each report and hold a check-in every quarter",
                        developingStaff: "A development plan for each report, reviewed at the mid-term",
                        organisationalTargets: "Shortlists balanced for gender and geography")
                : nil)
    }
}
