import Fluent
import Foundation
import StrideCore

/// Designating the colleagues asked for feedback on a staff member on probation, and their
/// feedback, each written with its audit event (this feedback is not anonymous).
enum ColleagueFeedbackService {
    /// Replaces the designated colleagues of a first probation cycle with `entries` (staff IDs,
    /// emails or record ids, as typed). Those who have already given feedback stay designated.
    static func designate(_ entries: [String], cycle loaded: LoadedCycle, in context: ServiceContext) async throws
        -> Result<[ColleagueFeedbackRequest], FieldErrors> {
        let db = context.db, cycle = loaded.cycle
        guard cycle.colleagueDesignationDate != nil else {
            throw StrideError.conflict("Colleagues are designated in the first cycle of probation, at its Mid-term Review")
        }
        var resolved: [String] = []
        var active: Set<UUID> = []
        for entry in entries.map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            let person = try await StaffLookup.find(reference: entry, on: db)
            resolved.append(person?.id?.uuidString ?? entry)
            if let person, person.status == .active, let id = person.id { active.insert(id) }
        }
        let validated = ColleagueDesignation.validate(resolved, staffID: loaded.staff.record.id, supervisorID: loaded.staff.record.supervisorID,
                                                      active: active)
        guard let chosen = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.exclusiveTransaction(lock: .feedback) { context in
            let db = context.db
            let existing = try await ColleagueFeedbackRequest.query(on: db).filter(\.$cycle.$id == cycle.id!).with(\.$colleague).all()
            let kept = existing.filter { $0.isGiven && !chosen.contains($0.$colleague.id) }
            if !kept.isEmpty {
                return .failure(FieldErrors(kept.map {
                    FieldError("colleagues", "\($0.colleague.name) has already given feedback and stays designated")
                }))
            }
            let removed = existing.filter { !chosen.contains($0.$colleague.id) }
            for request in removed { try await request.delete(on: db) }
            let due = ColleagueFeedbackForm.due(probationStart: cycle.startDate)
            var requests = existing.filter { chosen.contains($0.$colleague.id) }
            for colleague in chosen where !existing.contains(where: { $0.$colleague.id == colleague }) {
                let request = ColleagueFeedbackRequest()
                request.id = context.newID()
                request.designatedAt = context.now
                request.designatedBy = context.actor
                request.dueOn = due
                request.$cycle.id = cycle.id!
                request.$staffMember.id = loaded.staff.record.id
                request.$colleague.id = colleague
                try await request.create(on: db)
                requests.append(request)
            }
            let names = try await AppraisalFormLookup.names(chosen, on: db)
            try await context.audit(.update, .colleagueFeedback, id: cycle.id,
                                    "Designated \(chosen.compactMap { names[$0] }.joined(separator: ", ")) for feedback on "
                                    + "\(loaded.staff.record.details.name)'s probation, due \(due.iso)")
            return .success(requests.sorted { (names[$0.$colleague.id] ?? "") < (names[$1.$colleague.id] ?? "") })
        }
    }

    /// Records a colleague's feedback, once; checked again under the lock.
    static func give(_ requestID: UUID, answers: [(questionID: String, rating: String)], strengths: String?, development: String?,
                     as viewer: Viewer, in context: ServiceContext) async throws -> Result<ColleagueFeedbackRequest, FieldErrors> {
        let validated = ColleagueFeedbackForm.validate(answers, strengths: strengths, development: development)
        return try await context.exclusiveTransaction(lock: .feedback) { context in
            guard let loaded = try await ColleagueFeedbackQueries.request(requestID, on: context.db, today: context.clock.today()) else {
                throw StrideError.notFound("The feedback request")
            }
            try ColleagueFeedbackPolicy.decide(viewer, .give, loaded.subject).enforce()
            guard let feedback = validated.value else { return .failure(FieldErrors(validated.errors)) }
            let request = loaded.request
            request.ratings = try RatingsJSON.encode(feedback.ratings)
            request.strengths = feedback.strengths
            request.development = feedback.development
            request.givenAt = context.now
            try await request.update(on: context.db)
            try await context.audit(.create, .colleagueFeedback, id: request.id,
                                    "Gave feedback on \(loaded.staff.record.details.name)'s probation")
            return .success(request)
        }
    }
}
