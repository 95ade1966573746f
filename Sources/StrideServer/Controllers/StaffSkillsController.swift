import Fluent
import SQLKit
import StrideCore
import Vapor

/// A person's skills page: their gaps against their role and what to develop first, their
/// proposals and the decisions on them; the person proposes a level there, their manager decides.
struct StaffSkillsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.staffSkills(.key), use: show)
        routes.post(.staffSkills(.key), use: propose)
        routes.post(.skillDecision(.key), use: decide)
    }

    /// The proposal form, as posted or, for a link to a skill and level, as asked in the query.
    struct ProposalForm: Content {
        var skill: String?
        var level: String?
        var evidence: String?
        /// The indicators of the level ticked, in the framework's words.
        var indicators: [String]?
        /// "indicators" to show the chosen level's indicators to tick, without proposing yet.
        var intent: String?

        var typed: StaffSkillsModel.Proposal {
            .init(skill: skill ?? "", level: level ?? "", evidence: evidence ?? "", indicators: indicators ?? [])
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let (person, subject) = try await req.skillsOf(try req.parameter(.staffID))
        try req.authorize(.view, subject)
        let asked = try req.query.decode(ProposalForm.self)
        return try await render(req, person: person, subject: subject, proposal: asked.typed, errors: [])
    }

    @Sendable func propose(req: Request) async throws -> Response {
        let (person, subject) = try await req.skillsOf(try req.parameter(.staffID))
        try req.authorize(.propose, subject)
        let form = try req.content.decode(ProposalForm.self)
        if form.intent == StaffSkillsModel.showIndicators.value {
            return try await render(req, person: person, subject: subject, proposal: form.typed, errors: [])
        }
        let input = SkillAssessmentService.ProposalInput(skill: form.skill, level: form.level, evidence: form.evidence,
                                                         indicators: form.indicators ?? [])
        switch try await SkillAssessmentService.propose(input, for: person.record.id, in: req.services) {
        case .failure(let failure):
            let errors = failure.errors.map { FieldError($0.field == "skillId" ? "skill" : $0.field, $0.message) }
            return try await render(req, person: person, subject: subject, proposal: form.typed, errors: errors)
        case .success(let row):
            req.flash("You proposed level \(row.level): it waits for your manager's decision.")
            return req.redirect(to: .staffSkills(person.record.id))
        }
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let id: UUID = try req.parameter(.assessmentID)
        guard let row = try await SkillAssessmentRecord.find(id, on: req.db) else { throw StrideError.notFound("The assessment") }
        let (person, subject) = try await req.skillsOf(row.$staffMember.id)
        try req.authorize(.decide, subject)
        let values = try req.content.decode([String: String].self)
        let typed = ["level": values[StaffSkillsModel.decisionField(id, "level")] ?? "",
                     "comment": values[StaffSkillsModel.decisionField(id, "comment")] ?? ""]
        switch try await SkillAssessmentService.decide(id, level: typed["level"], comment: typed["comment"], in: req.services) {
        case .failure(let failure):
            let errors = failure.errors.map { FieldError(StaffSkillsModel.decisionField(id, $0.field), $0.message) }
            return try await render(req, person: person, subject: subject, proposal: .init(), errors: errors,
                                    decision: .init(id: id, values: typed, errors: errors))
        case .success(let decided):
            req.flash("\(decided.status == .confirmed ? "Confirmed" : "Set") level \(decided.decidedLevel ?? decided.level) for \(person.record.name).")
            return req.redirect(to: .staffSkills(person.record.id))
        }
    }

    private func render(_ req: Request, person: StaffRows.Listed, subject: SkillAssessmentSubject, proposal: StaffSkillsModel.Proposal,
                        errors: [FieldError], decision: StaffSkillsModel.RefusedDecision? = nil) async throws -> Response {
        let db = req.db
        let model = try StaffSkillsModel(
            .init(person: person, gaps: try await SkillGapsQuery.load(staffID: person.record.id, roleID: person.roleID, on: db),
                  skills: try await SkillRefs.all(on: db),
                  assessments: try await SkillAssessmentRecord.query(on: db).filter(\.$staffMember.$id == person.record.id)
                      .sort(\.$proposedAt).all(),
                  mayPropose: req.isAllowed(.propose, subject), mayDecide: req.isAllowed(.decide, subject),
                  today: req.clock.today(), indicators: try await proposal.chosenSkill.asyncMap {
                      try await SkillAssessmentService.indicators(of: $0, on: db)
                  } ?? [:]),
            proposal: proposal, errors: errors, decision: decision)
        return try await req.renderPage("skills/person", title: "Skills: \(person.record.name)", model, errors: errors,
                                        status: errors.isEmpty ? nil : .unprocessableEntity)
    }
}
