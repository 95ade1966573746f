import Fluent
import Foundation
import SQLKit
import StrideCore

/// Keeps `output_alignments` in step with the forms: whenever a cycle's Beginning of Cycle or
/// Mid-term Review is saved, the cycle's current outputs (as the mid-term adjusted them) are
/// written again with what each serves, in the same transaction as the save. The alignment page
/// then reads links by index, never decoding forms.
enum OutputAlignmentIndex {
    static func refresh(cycleID: UUID, staffID: UUID, in context: ServiceContext) async throws {
        let plan = try await CyclePlan.load(cycleID: cycleID, on: context.db)
        let sql = try context.db.sql()
        try await sql.delete(from: OutputAlignment.schema).where("cycle_id", .equal, cycleID).run()
        let current = plan.outputs.compactMap(\.current)
        guard !current.isEmpty else { return }
        // A draft may hold a link to nothing (a stale page, the API); it is kept as no link here.
        let outcomes = Set(try await UnitOutcome.query(on: context.db).filter(\.$id ~~ Set(current.compactMap(\.unitOutcomeID))).all(\.$id))
        let objectives = Set(try await WorkgroupObjective.query(on: context.db).filter(\.$id ~~ Set(current.compactMap(\.objectiveID)))
            .all(\.$id))
        var insert = sql.insert(into: OutputAlignment.schema)
            .columns("id", "output_key", "position", "description", "cycle_id", "staff_member_id", "unit_outcome_id", "objective_id")
        for (position, output) in current.enumerated() {
            let description = output.description.trimmingCharacters(in: .whitespacesAndNewlines)
            insert = insert.values([context.newID(), output.key, position, description.isEmpty ? "Output \(position + 1)" : description,
                                    cycleID, staffID, output.unitOutcomeID.flatMap { outcomes.contains($0) ? $0 : nil },
                                    output.objectiveID.flatMap { objectives.contains($0) ? $0 : nil }] as [any Encodable & Sendable])
        }
        try await insert.run()
    }
}
