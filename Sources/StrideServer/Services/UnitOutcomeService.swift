import Fluent
import StrideCore
import Vapor

/// Adding and changing a unit's outcomes, each write with its audit event.
enum UnitOutcomeService {
    /// A unit's outcomes whose period has not ended by `today`, earliest period first.
    static func current(of unitID: UUID, on today: CalendarDate, db: any Database) async throws -> [UnitOutcome] {
        try await UnitOutcome.query(on: db).filter(\.$unit.$id == unitID).sort(\.$periodStart).sort(\.$title).all()
            .filter { $0.periodEnd > today }
    }

    /// Saves an outcome: a new one when `existing` is nil, else a change of it (if the form was
    /// made from the version stored).
    static func save(_ input: UnitOutcomeInput, unitID: UUID, existing: UnitOutcome?, version: Int?,
                     in context: ServiceContext) async throws -> Result<UnitOutcome, FieldErrors> {
        let organisational = try await OrganisationalOutcome.query(on: context.db).all()
        let validated = input.validate(organisationalOutcomes: Dictionary(uniqueKeysWithValues: try organisational.map {
            (try $0.requireID(), (start: $0.periodStart, end: $0.periodEnd))
        }))
        guard let details = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.exclusiveTransaction(lock: nil) { context in
            let db = context.db
            let outcome: UnitOutcome
            if let existing {
                guard let current = try await UnitOutcome.find(try existing.requireID(), on: db) else { throw StrideError.notFound("The outcome") }
                if let version, version != current.recordVersion { return .failure(FieldErrors(stale: current.recordVersion)) }
                guard current.details != details else { return .success(current) }
                outcome = current
                outcome.recordVersion += 1
            } else {
                outcome = UnitOutcome()
                outcome.id = context.newID()
                outcome.$unit.id = unitID
                outcome.recordVersion = 1
            }
            outcome.details = details
            try await outcome.save(on: db)
            let period = "\(details.periodStart.iso) to \(details.periodEnd.iso)"
            try await context.audit(existing == nil ? .create : .update, .unitOutcome, id: outcome.id,
                                    "\(existing == nil ? "Added" : "Updated") unit outcome “\(details.title)” for \(period)")
            return .success(outcome)
        }
    }
}
