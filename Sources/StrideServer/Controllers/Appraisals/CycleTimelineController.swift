import StrideCore
import Vapor

/// A cycle's timeline: its dates, its forms, and the check-in notes the two parties add
/// between the formal discussions.
struct CycleTimelineController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.cycleTimeline(.key), use: show)
        routes.post(.cycleCheckIns(.key), use: addNote)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let loaded = try await authorized(req, .viewTimeline)
        return try await render(req, loaded, typed: nil, errors: [])
    }

    @Sendable func addNote(req: Request) async throws -> Response {
        let loaded = try await authorized(req, .addNote)
        struct Posted: Content { var note: String? }
        let posted = try req.content.decode(Posted.self)
        switch try await CheckInService.add(posted.note, cycleID: loaded.cycle.id!, viewer: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure):
            return try await render(req, loaded, typed: posted.note, errors: failure.errors)
        case .success:
            req.flash("Check-in note added.")
            return req.redirect(to: .cycleTimeline(loaded.cycle.id!))
        }
    }

    private func authorized(_ req: Request, _ action: CheckInPolicy.Action) async throws -> LoadedCycle {
        guard let loaded = try await CycleLookup.load(try req.parameter(.cycleID), on: req.db, today: req.clock.today()) else { throw StrideError.notFound("The cycle") }
        try req.authorize(action, loaded.subject)
        return loaded
    }

    private func render(_ req: Request, _ loaded: LoadedCycle, typed: String?, errors: [FieldError]) async throws -> Response {
        let forms = try await AppraisalQueries.forms(of: loaded.staff.record.id, on: req.db).filter { $0.cycle_id == loaded.cycle.id }
        let notes = req.isAllowed(.readNotes, loaded.subject) ? try await CycleLookup.notes(of: loaded.cycle.id!, on: req.db) : nil
        let member = req.staffSubject(loaded.staff)
        let feedback = try await WorkgroupFeedbackQueries.forMember(loaded.staff.record.id, from: loaded.cycle.startDate,
                                                                    until: loaded.cycle.endDate, on: req.db).filter {
            req.isAllowed(.view, WorkgroupFeedbackSubject(member: member, leadID: $0.giver_id ?? UUID(), giverID: $0.giver_id))
        }
        let model = CycleTimelineModel(loaded: loaded, forms: forms, notes: notes, canAdd: req.isAllowed(.addNote, loaded.subject),
                                       typed: typed, errors: errors, today: req.clock.today(), feedback: feedback)
        return try await req.renderPage("appraisals/timeline", title: "Cycle \(loaded.cycle.label): \(loaded.staff.record.details.name)",
                                        model, errors: errors)
    }
}
