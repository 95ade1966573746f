import Fluent
import Foundation
import StrideCore

/// Appraisal forms of the demo in every state of the workflow and every phase, driven through
/// the same service the pages use, so each has its history, signatures and audit trail as a
/// real one would.
enum DemoAppraisals {
    /// Where one person's cycle is left: the phase reached, the last step taken in it, a
    /// comment for that step, and (at the End of Cycle) the overall rating given.
    private struct Stop {
        let staffNumber: String
        let phase: AppraisalFormKind
        let last: AppraisalAction?
        var comment: String? = nil
        var overall: OverallRating? = nil
    }

    private static let script: [Stop] = [
        Stop(staffNumber: "S5003", phase: .beginning, last: nil),                  // Michael O'Brien: a draft in progress
        Stop(staffNumber: "S5004", phase: .beginning, last: .submit),              // Lerato Dlamini: waiting for her signature
        Stop(staffNumber: "S5010", phase: .beginning, last: .signAsStaff),         // Hana Novotná: waiting for Michael's
        Stop(staffNumber: "S4002", phase: .beginning, last: .signAsManager),       // Sophie Martin: signed by both
        Stop(staffNumber: "S5002", phase: .beginning, last: .sendToReportsBoard),  // Sara Lindqvist: at the Reports Board
        Stop(staffNumber: "S4003", phase: .beginning, last: .sendToReportsBoard),  // Ravi Sharma: at the Reports Board
        Stop(staffNumber: "S1004", phase: .beginning, last: .sendToReportsBoard),  // Hamid Rahimi: at the Reports Board
        Stop(staffNumber: "S5009", phase: .beginning, last: .review, comment: "Outputs well linked to the unit's outcomes."),
        Stop(staffNumber: "S5005", phase: .beginning, last: .returnToParties,
             comment: "Output 2 has no measure of success that can be checked; please make it measurable."),
        Stop(staffNumber: "S4010", phase: .midterm, last: .signAsManager),         // Peter Novak: a Mid-term Review with an adjusted output
        Stop(staffNumber: "S4006", phase: .midterm, last: .sendToReportsBoard),    // Yuki Tanaka (probation): Mid-term at the Board
        Stop(staffNumber: "S3004", phase: .probationReport, last: .sendToReportsBoard), // Luca Rossi (probation, P2): his report at the Board
        Stop(staffNumber: "S4004", phase: .end, last: .submitSelfAssessment),      // Ana Silva: End of Cycle waiting for the manager
        Stop(staffNumber: "S1005", phase: .end, last: .submitSelfAssessment),      // Elena Petrova: the same
        // Reviewed End of Cycle forms, rated, for the Board's view of rating practice.
        Stop(staffNumber: "S2002", phase: .end, last: .review, comment: "Consistent with the unit's results.", overall: .fullyMeets),
        Stop(staffNumber: "S2003", phase: .end, last: .review, overall: .consistentlyExceeds),
        Stop(staffNumber: "S2007", phase: .end, last: .review, overall: .consistentlyExceeds),
        Stop(staffNumber: "S3002", phase: .end, last: .review, overall: .fullyMeets),
        Stop(staffNumber: "S3006", phase: .end, last: .review, overall: .fullyMeets),
        Stop(staffNumber: "S5006", phase: .end, last: .review, overall: .doesNotFullyMeet),
        Stop(staffNumber: "S4007", phase: .end, last: .sendToReportsBoard, overall: .fullyMeets),
    ]

    /// The steps after the content is written and submitted, in order, up to the Board.
    private static let path: [AppraisalAction] = [.submit, .signAsStaff, .signAsManager, .sendToReportsBoard]

    static func load(staffIDs: [String: UUID], boardMember: UUID, in context: ServiceContext) async throws {
        let competencies = try await CompetencyFramework.competencies(on: context.db)
        for stop in script {
            guard let staffID = staffIDs[stop.staffNumber] else { continue }
            for phase in [AppraisalFormKind.beginning, .midterm, stop.phase == .probationReport ? .probationReport : .end] {
                guard let loaded = try await form(phase, of: staffID, on: context.db, today: context.clock.today()), let appraiser = loaded.cycle.appraiserID else { break }
                // The phases before the stop are done: signed, and reviewed where they go to the Board.
                let done: AppraisalAction = phase.goesToReportsBoard(contract: loaded.cycle.contractType) ? .review : .signAsManager
                let last = phase == stop.phase ? stop.last : done
                try await drive(loaded, to: last, stop: stop, appraiser: appraiser, boardMember: boardMember,
                                competencies: competencies, in: context)
                if phase == stop.phase { break }
            }
        }
        // Kenji, the IT chief, delegates Amina Yusuf's appraisal to Beatriz Costa (above Amina's supervisor).
        if let kenji = staffIDs["S5001"] {
            _ = try await DelegationService.grant(.init(staffNumber: "S5008", delegateNumber: "S5006", startsOn: context.clock.today().iso),
                                                  viewer: Viewer(staffID: kenji, roles: [.responsibleChief],
                                                                 chiefOfUnits: Set(try await OrganisationQueries.unitsHeaded(by: kenji, on: context.db))),
                                                  in: context.acting(as: kenji))
        }
        // Mei Chen moved from probation to technical cooperation funding a month ago: her running
        // cycle closed that day and her first technical cooperation cycle runs from it.
        if let mei = staffIDs["S2005"] {
            let today = context.clock.today()
            let moved = ContractChangeRules.Input(contractType: ContractType.technicalCooperation.rawValue, effectiveOn: today.adding(months: -1).iso)
            if case .success = try await ContractChangeService.record(moved, for: mei, in: context) {
                _ = try await CycleOpener.openCycles(asOf: today, in: context)
            }
        }
        // Chiara Bianchi's project closes in three months: her contract ends then, and her
        // running cycle is cut there, its End of Cycle due a month after.
        if let chiara = staffIDs["S4009"], let staff = try await StaffMember.find(chiara, on: context.db) {
            var details = staff.details
            details.contractEnd = context.clock.today().adding(months: 3)
            _ = try await StaffService.update(staff, with: .init(input: StaffInput(details), unit: staff.$unit.id?.uuidString,
                                                                 supervisor: "S4003"), in: context)
        }
        // Check-in notes between the formal discussions, from each side.
        for (number, byAppraiser, note) in [
            ("S5010", true, "Agreed to review the timeline of output 2 at the end of the quarter."),
            ("S5010", false, "The data for output 1 will be late: the supplier moved the delivery to March."),
            ("S5003", true, "Discussed the People Systems Squad's load; the first output's milestones stand."),
        ] {
            guard let staffID = staffIDs[number], let form = try await form(.beginning, of: staffID, on: context.db, today: context.clock.today()),
                  let author = byAppraiser ? form.cycle.appraiserID : staffID else { continue }
            _ = try await CheckInService.add(note, cycleID: form.cycle.id!, viewer: Viewer(staffID: author, roles: []),
                                             in: context.acting(as: author))
        }
    }

    /// Writes the form's content as its parties would, then takes each step up to `last`.
    private static func drive(_ loaded: LoadedAppraisalForm, to last: AppraisalAction?, stop: Stop, appraiser: UUID, boardMember: UUID,
                              competencies: [CompetencyFramework.Competency], in context: ServiceContext) async throws {
        let staff = Viewer(staffID: loaded.staff.record.id, roles: []), manager = Viewer(staffID: appraiser, roles: [])
        func step(_ action: AppraisalAction, as viewer: Viewer, comment: String? = nil, statement: String? = nil) async throws {
            _ = try await AppraisalFormService.transition(.init(action: action, comment: comment, statement: statement, version: nil),
                                                          formID: loaded.formID, viewer: viewer, in: context.acting(as: viewer.staffID))
        }
        switch loaded.form.kind {
        case .beginning:
            let choices = try await BeginningOfCycleChoices.load(for: loaded, on: context.db)
            let content = beginning(unit: loaded.staff.unitName ?? "", choices: choices, competencies: competencies,
                                    complete: last != nil, newKey: context.newID)
            _ = try await AppraisalFormService.save(content, problems: [], then: last != nil ? .submit : nil, formID: loaded.formID,
                                                    version: nil, viewer: staff, in: context.acting(as: staff.staffID))
        case .midterm:
            let plan = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: context.db)
            _ = try await AppraisalFormService.save(midterm(plan), problems: [], then: .submit, formID: loaded.formID, version: nil,
                                                    viewer: staff, in: context.acting(as: staff.staffID))
        case .end:
            let plan = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: context.db)
            var form = EndOfCycleRules.blank(for: plan.endOfCycleContext(managesOthers: false))
            for index in form.outputs.indices { form.outputs[index].assessment.selfAssessment = "Delivered as planned, with the results reported each quarter." }
            for index in form.competencies.indices { form.competencies[index].assessment.selfAssessment = "Applied it throughout the cycle." }
            form.objectiveSelfAssessment = "Completed the course and led a small project."
            form.challenges = "A reorganisation in the middle of the cycle."
            form.lessonsLearned = "Agree milestones early and review them every quarter."
            _ = try await AppraisalFormService.save(form, problems: [], then: .submitSelfAssessment, formID: loaded.formID, version: nil,
                                                    viewer: staff, in: context.acting(as: staff.staffID))
            guard last != .submitSelfAssessment else { return }
            let overall = stop.overall ?? .fullyMeets
            let rating: ElementRating = switch overall {
            case .consistentlyExceeds: .exceeded
            case .fullyMeets: .fullyMet
            case .doesNotFullyMeet: .partiallyMet
            }
            for index in form.outputs.indices { form.outputs[index].assessment.rating = rating; form.outputs[index].assessment.comment = "Discussed and agreed." }
            for index in form.competencies.indices { form.competencies[index].assessment.rating = rating; form.competencies[index].assessment.comment = "Seen in the work." }
            form.objectiveAssessment = "Objective met."
            form.accountabilitiesAssessment = "Regular check-ins with each report."
            form.overallRating = overall
            _ = try await AppraisalFormService.save(form, problems: [], then: .submit, formID: loaded.formID, version: nil,
                                                    viewer: manager, in: context.acting(as: manager.staffID))
        case .probationReport:
            let report = ProbationaryReport(
                performance: "Delivered the donor reports of both probation cycles on time; the second cycle's pipeline review was late by a month.",
                competencies: "Communicates clearly with donors; teamwork grew over the second year.",
                colleagueFeedback: "Four colleagues answered: reliable and well prepared, slow at first to ask for help.",
                recommendation: .confirm)
            _ = try await AppraisalFormService.save(report, problems: [], then: .submit, formID: loaded.formID, version: nil,
                                                    viewer: manager, in: context.acting(as: manager.staffID))
        }
        guard let last, last != .submit else { return }
        // Submitted with the save; then each step up to the last (all of them before the Board acts).
        let steps = path.firstIndex(of: last).map { path[1...$0] } ?? path.dropFirst()
        for action in steps {
            let statement = stop.staffNumber == "S5010" && action == .signAsStaff
                ? "I agree with the outputs but the timeline for the second is tight." : nil
            try await step(action, as: action == .signAsStaff ? staff : manager, statement: statement)
        }
        if last == .review || last == .returnToParties {
            try await step(last, as: Viewer(staffID: boardMember, roles: [.reportsBoardMember]),
                           comment: loaded.form.kind == stop.phase ? stop.comment : nil)
        }
    }

    /// Progress on every output, the second one changed with its reason.
    private static func midterm(_ plan: CyclePlan) -> MidtermReview {
        let outputs = (plan.beginning?.outputs ?? []).enumerated().map { offset, output in
            guard offset == 1 else { return OutputReview(key: output.key, progress: "On track; the first results are in.") }
            var changed = output
            changed.description = "Halve the time taken to answer the unit's requests"
            changed.measuresOfSuccess = "Median time to answer a request down by half"
            return OutputReview(key: output.key, progress: "Ahead of plan after the new request form.",
                                adjustment: .init(kind: .change, output: changed, reason: "The new request form made a bigger target realistic."))
        }
        return MidtermReview(outputs: outputs, objectiveProgress: "Course completed; project to start next quarter.")
    }

    private static func form(_ kind: AppraisalFormKind, of staffID: UUID, on db: any Database, today: CalendarDate) async throws -> LoadedAppraisalForm? {
        let form = try await AppraisalForm.query(on: db).join(AppraisalCycle.self, on: \AppraisalForm.$cycle.$id == \AppraisalCycle.$id)
            .filter(AppraisalCycle.self, \.$staffMember.$id == staffID).filter(\.$kind == kind)
            .sort(AppraisalCycle.self, \.$startDate, .descending).first()
        guard let id = form?.id else { return nil }
        return try await AppraisalFormLookup.load(id, on: db, today: today)
    }

    /// A plausible Beginning of Cycle for someone in `unit`: complete, or a draft with only the
    /// first output written.
    private static func beginning(unit: String, choices: BeginningOfCycleChoices, competencies: [CompetencyFramework.Competency],
                                complete: Bool, newKey: () -> UUID) -> BeginningOfCycle {
        let outcome = choices.outcomes.first?.id
        let outputs = [
            ("Deliver the unit's part of the biennial work plan on schedule", "Milestones of the work plan met; quarterly reports on time", "Quarterly, to December 2027"),
            ("Improve how the unit's requests are handled", "Median time to answer a request down by a quarter", "By June 2027"),
            ("Share what the unit learns with the rest of \(unit)", "Two briefings a year; a lessons-learned note", "Every six months"),
        ].prefix(complete ? 3 : 1).enumerated().map { index, output in
            // The first output of someone in a workgroup contributes to its objective.
            Output(key: newKey(), description: output.0, measuresOfSuccess: complete ? output.1 : "", timeline: complete ? output.2 : "",
                   resources: complete ? "Within the unit's budget and staff time" : "", unitOutcomeID: complete ? outcome : nil,
                   objectiveID: complete && index == 0 ? choices.objectives.first?.id : nil)
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
