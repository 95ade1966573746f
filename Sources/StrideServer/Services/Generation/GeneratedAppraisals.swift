import Fluent
import Foundation
import SQLKit
import StrideCore

/// Everyone's current cycle, taken as far as their `CycleStop`: the forms as opened are
/// replaced by forms written, submitted, signed, rated and reviewed as the workflow would
/// leave them, each with its last step in the history, and the outputs indexed for alignment.
struct GeneratedAppraisals: Sendable {
    let generator: OrganisationGenerator
    let outcomes: GeneratedOutcomes.Written
    let roles: GeneratedRoles

    /// What the rest of the generation builds on: each person's cycle, and the rated End of Cycle forms.
    struct Opened: Sendable {
        var cycles: [Int: UUID] = [:]
        var probation: [(person: Int, cycle: UUID, designation: CalendarDate, dueOn: CalendarDate)] = []
        var belowRequirements: [(person: Int, form: UUID)] = []
    }

    private static let formColumns = [
        "id", "created_at", "updated_at", "kind", "state", "content", "record_version", "staff_signed_at", "staff_signed_hash",
        "staff_statement", "manager_signed_at", "manager_signed_by", "manager_signed_hash", "overall_rating", "due_on", "cycle_id",
    ]

    func write() async throws -> Opened {
        let context = generator.context, db = context.db
        let index = Dictionary(uniqueKeysWithValues: generator.staffIDs.enumerated().map { ($1, $0) })
        let managers = Set(generator.blueprint.people.compactMap(\.supervisor))
        let cycles = try await AppraisalCycle.query(on: db).all()
        // Only the opened Beginning of Cycle drafts are here: each is written again as far as its stop.
        try await db.sql().delete(from: AppraisalForm.schema).run()
        var batches = BatchInserts([
            BatchInsert(AppraisalForm.schema, Self.formColumns),
            BatchInsert(AppraisalFormEvent.schema, ["id", "occurred_at", "action", "state", "record_version", "content", "comment", "actor_id", "form_id"]),
            BatchInsert(OutputAlignment.schema, ["id", "output_key", "position", "description", "cycle_id", "staff_member_id", "unit_outcome_id",
                                                 "objective_id"]),
        ])
        var opened = Opened()
        for (done, cycle) in cycles.enumerated() {
            guard let person = index[cycle.$staffMember.id], let cycleID = cycle.id else { continue }
            opened.cycles[person] = cycleID
            let planned = generator.blueprint.people[person]
            let writer = FormWriter(generator: generator, cycle: cycle, person: person, planned: planned,
                                    stop: cycle.appraiserID == nil ? .notStarted : planned.stop)
            let beginning = writer.beginning(outcomes: outcomes.byUnit[planned.unit], competencies: roles.competencies,
                                             managesOthers: managers.contains(person))
            for form in writer.forms(beginning: beginning) {
                try await batches.add(form.row, to: AppraisalForm.schema, on: db)
                if let event = form.event { try await batches.add(event, to: AppraisalFormEvent.schema, on: db) }
                if form.kind == .end, form.state.isSigned, form.rating == .doesNotFullyMeet {
                    opened.belowRequirements.append((person, form.id))
                }
            }
            if writer.stop != .notStarted {
                for (position, output) in beginning.outputs.enumerated() {
                    try await batches.add([context.newID(), output.key, position, output.description, cycleID, generator.staffIDs[person],
                                           output.unitOutcomeID, output.objectiveID], to: OutputAlignment.schema, on: db)
                }
            }
            if let designation = cycle.colleagueDesignationDate, cycle.contractType == .probation {
                opened.probation.append((person, cycleID, designation, ColleagueFeedbackForm.due(probationStart: cycle.startDate)))
            }
            if done % 2_000 == 0 { generator.progress("Forms", done, cycles.count) }
        }
        try await batches.flush(on: db)
        generator.progress("Forms", cycles.count, cycles.count)
        return opened
    }
}

/// One person's forms for their stop.
private struct FormWriter {
    struct Form {
        let id: UUID
        let kind: AppraisalFormKind
        let state: AppraisalState
        let rating: OverallRating?
        let row: [BatchInsert.Value]
        let event: [BatchInsert.Value]?
    }

    let generator: OrganisationGenerator
    let cycle: AppraisalCycle
    let person: Int
    let planned: GeneratedPerson
    let stop: CycleStop

    private var variant: Int { person % Phrases.outputs.count }

    func beginning(outcomes: [UUID], competencies: [UUID], managesOthers: Bool) -> BeginningOfCycle {
        let complete = stop != .beginningDraft
        let outputs = (0..<(complete ? 3 : 1)).map { offset in
            let words = Phrases.outputs[(variant + offset) % Phrases.outputs.count]
            return Output(key: generator.context.newID(), description: words.0, measuresOfSuccess: complete ? words.1 : "",
                          timeline: complete ? words.2 : "", resources: complete ? "Within the unit's budget and staff time" : "",
                          unitOutcomeID: complete ? outcomes[offset % outcomes.count] : nil)
        }
        guard complete else { return BeginningOfCycle(outputs: outputs) }
        let chosen = competencies.isEmpty ? [] : (0..<min(3, competencies.count)).map { competencies[(variant + $0) % competencies.count] }
        return BeginningOfCycle(
            outputs: outputs,
            competencies: chosen.map { CompetencyChoice(skillID: $0, demonstration: "Shown in the outputs' delivery and reviewed each quarter.") },
            developmentalObjective: DevelopmentalObjective(objective: Phrases.objectives[variant % Phrases.objectives.count],
                                                           plannedActions: "A course in the first half of the cycle, then a project to apply it."),
            managerialAccountabilities: managesOthers
                ? ManagerialAccountabilities(managingPerformance: "Every report's cycle on time, with quarterly check-ins.",
                                             developingStaff: "A development conversation with each report twice a year.",
                                             organisationalTargets: "The unit's gender and geographical targets met.")
                : nil)
    }

    func forms(beginning: BeginningOfCycle) -> [Form] {
        let scheduled = cycle.scheduled
        let staff = generator.staffIDs[person], manager = cycle.appraiserID
        let contract = cycle.contractType
        // Where each phase stops: its state, and whether the staff member and the manager have signed.
        func signedState(_ kind: AppraisalFormKind) -> AppraisalState { kind.goesToReportsBoard(contract: contract) ? .reviewed : .signed }
        var forms: [Form] = []
        switch stop {
        case .notStarted: forms.append(form(.beginning, BeginningOfCycle(), .draft, version: 1, signedBy: 0, due: scheduled))
        case .beginningDraft: forms.append(form(.beginning, beginning, .draft, version: 2, signedBy: 0, due: scheduled, actor: staff))
        case .beginningInDiscussion: forms.append(form(.beginning, beginning, .inDiscussion, version: 3, signedBy: 0, due: scheduled, actor: staff))
        case .beginningStaffSigned: forms.append(form(.beginning, beginning, .staffSigned, version: 4, signedBy: 1, due: scheduled, actor: staff))
        default: forms.append(form(.beginning, beginning, signedState(.beginning), version: 6, signedBy: 2, due: scheduled, actor: manager))
        }
        guard stop.phase >= 1 else { return forms }
        let midterm = MidtermReview(outputs: beginning.outputs.map { OutputReview(key: $0.key) })
        guard stop.phase >= 2 else {
            forms.append(form(.midterm, midterm, .draft, version: 1, signedBy: 0, due: scheduled))
            return forms
        }
        let reviewed = MidtermReview(outputs: beginning.outputs.map { OutputReview(key: $0.key, progress: "On track; the first results are in.") },
                                     objectiveProgress: "Course completed; the project starts next quarter.")
        forms.append(form(.midterm, reviewed, signedState(.midterm), version: 5, signedBy: 2, due: scheduled, actor: manager))
        if cycle.probationReportDate != nil {
            forms.append(form(.probationReport, ProbationaryReport(), .draft, version: 1, signedBy: 0, due: scheduled))
        }
        var end = EndOfCycleRules.blank(for: .init(outputKeys: beginning.outputs.map(\.key), competencySkills: beginning.competencies.compactMap(\.skillID),
                                                   managesOthers: beginning.managerialAccountabilities != nil))
        guard stop != .midtermSigned else {
            forms.append(form(.end, end, .draft, version: 1, signedBy: 0, due: scheduled))
            return forms
        }
        for index in end.outputs.indices { end.outputs[index].assessment.selfAssessment = "Delivered as planned, reported each quarter." }
        for index in end.competencies.indices { end.competencies[index].assessment.selfAssessment = "Applied throughout the cycle." }
        end.objectiveSelfAssessment = "Completed the course and applied it in a project."
        end.challenges = "A reorganisation in the middle of the cycle."
        end.lessonsLearned = "Agree milestones early and review them every quarter."
        guard stop != .selfAssessed else {
            forms.append(form(.end, end, .selfAssessed, version: 2, signedBy: 0, due: scheduled, actor: staff))
            return forms
        }
        let element: ElementRating = switch planned.rating {
        case .consistentlyExceeds: .exceeded
        case .fullyMeets: .fullyMet
        case .doesNotFullyMeet: .partiallyMet
        }
        for index in end.outputs.indices { end.outputs[index].assessment.rating = element; end.outputs[index].assessment.comment = "Discussed and agreed." }
        for index in end.competencies.indices { end.competencies[index].assessment.rating = element; end.competencies[index].assessment.comment = "Seen in the work." }
        end.objectiveAssessment = "Objective met."
        if end.accountabilitiesAssessment.isEmpty, beginning.managerialAccountabilities != nil { end.accountabilitiesAssessment = "Regular check-ins with each report." }
        end.overallRating = planned.rating
        if planned.rating != .fullyMeets { end.justification = "The ratings of the outputs and competencies, discussed with the staff member." }
        forms.append(form(.end, end, stop == .endReviewed ? .reviewed : .atReportsBoard, version: stop == .endReviewed ? 7 : 6, signedBy: 2,
                          due: scheduled, actor: manager, rating: planned.rating))
        return forms
    }

    private func form<Content: Encodable>(_ kind: AppraisalFormKind, _ content: Content, _ state: AppraisalState, version: Int, signedBy: Int,
                                          due scheduled: ScheduledCycle, actor: UUID? = nil, rating: OverallRating? = nil) -> Form {
        let context = generator.context, now = context.now
        let json = String(decoding: (try? JSONEncoder.stride.encode(content)) ?? Data("{}".utf8), as: UTF8.self)
        let hash = signedBy > 0 ? AppraisalFormService.contentHash(json) : nil
        let id = context.newID()
        let row: [BatchInsert.Value] = [
            id, now, now, kind.rawValue, state.rawValue, json, version, signedBy > 0 ? now : nil as Date?, hash, nil as String?,
            signedBy > 1 ? now : nil as Date?, signedBy > 1 ? cycle.appraiserID : nil, signedBy > 1 ? hash : nil, rating?.rawValue,
            scheduled.due(for: kind).iso, cycle.id!,
        ]
        let action: String = switch state {
        case .draft: "save"
        case .selfAssessed: AppraisalAction.submitSelfAssessment.rawValue
        case .inDiscussion: AppraisalAction.submit.rawValue
        case .staffSigned: AppraisalAction.signAsStaff.rawValue
        case .signed: AppraisalAction.signAsManager.rawValue
        case .atReportsBoard: AppraisalAction.sendToReportsBoard.rawValue
        case .reviewed: AppraisalAction.review.rawValue
        case .returned: AppraisalAction.returnToParties.rawValue
        }
        let event: [BatchInsert.Value]? = version > 1 ? [context.newID(), now, action, state.rawValue, version, json, nil as String?, actor, id] : nil
        return Form(id: id, kind: kind, state: state, rating: rating, row: row, event: event)
    }
}

/// Words for generated forms, varied from person to person.
private enum Phrases {
    static let outputs = [
        ("Deliver the unit's part of the biennial work plan on schedule", "Milestones met; quarterly reports on time", "Quarterly, to the end of the cycle"),
        ("Improve how the unit's requests are handled", "Median time to answer a request down by a quarter", "By the mid-term"),
        ("Share what the unit learns with the rest of the organisation", "Two briefings a year; a lessons-learned note", "Every six months"),
        ("Support constituents in drafting national policies", "Three policy drafts reviewed and agreed", "By the end of the cycle"),
        ("Bring the unit's data into one reporting system", "Every indicator reported from the system", "By the mid-term"),
    ]
    static let objectives = [
        "Build skills in data analysis", "Learn to lead a project from start to finish", "Improve written French",
        "Develop facilitation skills", "Deepen knowledge of international labour standards",
    ]
}
