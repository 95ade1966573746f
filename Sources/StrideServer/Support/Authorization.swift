import Fluent
import StrideCore
import Vapor

extension Request {
    /// Asks the subject's core policy whether the signed-in person may do `action`, and
    /// throws the refusal it gives: 403, 409 with its reason, or 404 for what must stay hidden.
    func authorize<S: AccessSubject>(_ action: S.Policy.Action, _ subject: S) throws {
        try S.Policy.decide(try requireUser().viewer, action, subject).enforce()
    }

    /// Whether the signed-in person may do `action`, for deciding what a page offers.
    func isAllowed<S: AccessSubject>(_ action: S.Policy.Action, _ subject: S) -> Bool {
        guard let user = signedInUser else { return false }
        return S.Policy.decide(user.viewer, action, subject).isAllowed
    }

    /// A staff record as its access policy needs it: unit and supervisor chain (from the
    /// record's own supervision path, so no query).
    func staffSubject(_ staff: StaffMember) throws -> StaffSubject {
        StaffSubject(staffID: try staff.requireID(), unitID: staff.$unit.id, supervisorChain: staff.treePath.ancestors)
    }

    func staffSubject(_ staff: StaffRows.Listed) -> StaffSubject {
        StaffSubject(staffID: staff.record.id, unitID: staff.record.unitID, supervisorChain: staff.path.ancestors)
    }

    /// The person with `id` and their skills as the access policy needs them; 404 for nobody.
    func skillsOf(_ id: UUID) async throws -> (person: StaffRows.Listed, subject: SkillAssessmentSubject) {
        guard let person = try await StaffRows.personAndSupervisor(id, on: db)?.person else { throw StrideError.notFound("The staff member") }
        return (person, try await skillSubject(person))
    }

    /// A person's skills as their access policy needs them: their record, and the delegate of
    /// their appraisal today, if any.
    func skillSubject(_ staff: StaffRows.Listed) async throws -> SkillAssessmentSubject {
        let delegate = try await DelegationQuery.activeDelegate(of: staff.record.id, on: clock.today(), db: db)
        return SkillAssessmentSubject(staff: staffSubject(staff), delegates: Set([delegate].compactMap { $0 }))
    }

    /// Which of these people's records the signed-in person may open, in one query.
    func openableStaff(_ ids: [UUID]) async throws -> Set<UUID> {
        let user = try requireUser()
        return try await StaffVisibilityQuery.filter(ids, by: StaffPolicy.visibility(for: user.viewer), on: db)
    }
}

/// The HR administration area as a middleware group: whatever a handler inside forgets, only
/// those the core `AdministrationPolicy` lets in reach it.
struct AdministratorsOnly: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try request.authorize(.enter, Administration())
        return try await next.respond(to: request)
    }
}

extension AccessDecision {
    /// Throws the refusal as Stride answers it: 403, 409 with its reason, or 404 for what must stay hidden.
    func enforce() throws {
        switch self {
        case .allowed: return
        case .forbidden: throw StrideError.forbidden
        case .refused(let reason): throw StrideError.conflict(reason)
        case .hidden(let what): throw StrideError.notFound(what)
        }
    }
}
