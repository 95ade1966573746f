import Fluent
import Foundation
import StrideCore

/// Setting the organisation's outcomes, each write with its audit event.
enum OrganisationalOutcomeService {
    /// Saves an outcome: a new one when `existing` is nil, else a change of it (if the form was
    /// made from the version stored). `owner` is a staff ID or email, or empty for none.
    static func save(_ input: OrganisationalOutcomeInput, owner: String?, existing: OrganisationalOutcome?, version: Int?,
                     in context: ServiceContext) async throws -> Result<OrganisationalOutcome, FieldErrors> {
        var ownerErrors: [FieldError] = []
        let ownerRecord = try await StaffLookup.resolve(owner, field: "owner", on: context.db, errors: &ownerErrors)
        let validated = input.validate(ownerID: ownerRecord?.id, ownerProblem: ownerErrors.first?.message)
        guard let details = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.transaction { context in
            let outcome: OrganisationalOutcome
            if let existing {
                guard let current = try await OrganisationalOutcome.find(try existing.requireID(), on: context.db) else {
                    throw StrideError.notFound("The outcome")
                }
                if let version, version != current.recordVersion { return .failure(FieldErrors(stale: current.recordVersion)) }
                guard current.details != details else { return .success(current) }
                outcome = current
                outcome.recordVersion += 1
            } else {
                outcome = OrganisationalOutcome()
                outcome.id = context.newID()
                outcome.recordVersion = 1
            }
            outcome.details = details
            try await outcome.save(on: context.db)
            try await context.audit(existing == nil ? .create : .update, .organisationalOutcome, id: outcome.id,
                                    "\(existing == nil ? "Added" : "Updated") organisational outcome “\(details.title)” for "
                                        + "\(details.periodStart.iso) to \(details.periodEnd.iso)"
                                        + (ownerRecord.map { ", owned by \($0.name)" } ?? ""))
            return .success(outcome)
        }
    }

    /// The outcomes a unit outcome of `[start, end)` may contribute to, with their periods.
    static func overlapping(start: CalendarDate, end: CalendarDate, on db: any Database) async throws -> [OrganisationalOutcome] {
        try await OrganisationalOutcome.query(on: db).filter(\.$periodStart < end).filter(\.$periodEnd > start).sort(\.$title).all()
    }
}
