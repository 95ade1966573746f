import Fluent
import Foundation
import StrideCore

/// Setting a workgroup's objectives and their criteria, recording progress, and the lead's
/// override of a status; each write in one transaction with its audit event.
enum ObjectiveService {
    /// Sets an objective and its criteria: a new one when `existing` is nil, else a change of
    /// it (if the form was made from the version stored). A changed objective keeps its criteria
    /// by position, so their readings stay with them; criteria removed take their readings.
    static func save(_ input: WorkgroupObjectiveInput, in group: Workgroup, existing: WorkgroupObjective?, version: Int?,
                     context: ServiceContext) async throws -> Result<WorkgroupObjective, FieldErrors> {
        let choices = try await ObjectiveQueries.choices(for: group, today: context.clock.today(), on: context.db)
        var outcomes = Set(choices.unitOutcomes.map(\.id))
        // An objective keeps the outcome it was set for, even once that outcome's period has ended.
        if let kept = existing?.$unitOutcome.id { outcomes.insert(kept) }
        let validated = input.validate(unitOutcomes: outcomes, owners: Set(choices.owners.map(\.id)))
        guard let (details, criteria) = validated.value else { return .failure(FieldErrors(validated.errors)) }
        let groupID = try group.requireID()
        return try await context.transaction { context in
            let objective: WorkgroupObjective
            if let existing {
                guard let current = try await WorkgroupObjective.find(try existing.requireID(), on: context.db) else {
                    throw StrideError.notFound("The objective")
                }
                if let version, version != current.recordVersion { return .failure(FieldErrors(stale: current.recordVersion)) }
                objective = current
                objective.recordVersion += 1
            } else {
                objective = WorkgroupObjective()
                objective.id = context.newID()
                objective.$workgroup.id = groupID
                objective.recordVersion = 1
            }
            objective.details = details
            try await objective.save(on: context.db)
            let objectiveID = try objective.requireID()
            let stored = try await ObjectiveCriterion.query(on: context.db).filter(\.$objective.$id == objectiveID).sort(\.$position).all()
            for (position, criterion) in criteria.enumerated() {
                let row = position < stored.count ? stored[position] : ObjectiveCriterion()
                if row.id == nil {
                    row.id = context.newID()
                    row.$objective.id = objectiveID
                }
                row.position = position
                row.apply(criterion)
                try await row.save(on: context.db)
            }
            if stored.count > criteria.count {
                try await ObjectiveCriterion.query(on: context.db).filter(\.$id ~~ stored[criteria.count...].compactMap(\.id)).delete()
            }
            let measures = criteria.map { "\($0.indicator) from \(ChartScale.label($0.baseline)) to \(ChartScale.label($0.target)) \($0.unit) by \($0.dueOn.iso)" }
            try await context.audit(existing == nil ? .create : .update, .workgroupObjective, id: objectiveID,
                                    "\(existing == nil ? "Set" : "Changed") objective “\(details.title)” of \(group.name), "
                                        + "\(details.startsOn.iso) to \(details.dueOn.iso), measured by " + measures.joined(separator: "; "))
            return .success(objective)
        }
    }

    /// Records a reading of one of the objective's criteria, or the problems with it.
    static func record(value: String?, on day: String?, comment: String?, criterionID: String?, of loaded: ObjectiveQueries.Loaded,
                       context: ServiceContext) async throws -> Result<Void, FieldErrors> {
        let chosen = loaded.criteria.first { $0.id.uuidString.lowercased() == criterionID?.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let chosen else {
            return .failure(FieldErrors([FieldError("criterion", "Choose the criterion the reading is for")]))
        }
        let validated = ProgressReading.validate(value: value, on: day, comment: comment, startsOn: chosen.criterion.startsOn,
                                                 today: context.clock.today())
        guard let reading = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.transaction { context in
            let row = CriterionReading()
            row.id = context.newID()
            row.recordedAt = context.now
            row.recordedBy = context.actor
            row.value = reading.value
            row.measuredOn = reading.on
            row.comment = reading.comment
            row.$criterion.id = chosen.id
            try await row.create(on: context.db)
            try await context.audit(.update, .workgroupObjective, id: loaded.id,
                                    "Recorded \(ChartScale.label(reading.value)) \(chosen.criterion.unit) for “\(chosen.criterion.indicator)” "
                                        + "on \(reading.on.iso) (objective “\(loaded.objective.title)”)")
            return .success(())
        }
    }

    /// Overrides the objective's derived status with a reason, or (`clear`) goes back to the
    /// status its criteria give.
    static func setStatus(status: String?, reason: String?, clear: Bool, of objective: WorkgroupObjective,
                          context: ServiceContext) async throws -> Result<Void, FieldErrors> {
        let validated = clear ? nil : StatusOverride.validate(status: status, reason: reason)
        if let validated, validated.value == nil { return .failure(FieldErrors(validated.errors)) }
        let override = validated?.value
        return try await context.transaction { context in
            guard let current = try await WorkgroupObjective.find(try objective.requireID(), on: context.db) else {
                throw StrideError.notFound("The objective")
            }
            current.statusOverride = override?.status
            current.overrideReason = override?.reason
            current.recordVersion += 1
            try await current.save(on: context.db)
            try await context.audit(.update, .workgroupObjective, id: current.id,
                                    override.map { "Status of “\(current.title)” set to \($0.status.displayName.lowercased()): \($0.reason)" }
                                        ?? "Status of “\(current.title)” back to the one its criteria give")
            return .success(())
        }
    }
}
