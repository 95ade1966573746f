import Fluent
import SQLKit

/// The alignment view reads the first outputs under each unit outcome and objective in id order,
/// and the outputs of running cycles that serve nothing: the node indexes gain the id (so each
/// node's first outputs are a range read, not a sort of all of them), and a partial index holds
/// only the unlinked outputs, by cycle.
struct UpdateOutputAlignmentsIndexesForNodes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sql()
        try await sql.drop(index: "output_alignments_unit_outcome_id").run()
        try await sql.drop(index: "output_alignments_objective_id").run()
        try await database.createIndex("output_alignments_unit_outcome_id_id", on: "output_alignments", "unit_outcome_id", "id")
        try await database.createIndex("output_alignments_objective_id_id", on: "output_alignments", "objective_id", "id")
        try await sql.raw("""
            CREATE INDEX output_alignments_unlinked ON output_alignments (cycle_id) WHERE unit_outcome_id IS NULL AND objective_id IS NULL
            """).run()
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql()
        for name in ["output_alignments_unlinked", "output_alignments_objective_id_id", "output_alignments_unit_outcome_id_id"] {
            try await sql.drop(index: name).run()
        }
        try await database.createIndex("output_alignments_unit_outcome_id", on: "output_alignments", "unit_outcome_id")
        try await database.createIndex("output_alignments_objective_id", on: "output_alignments", "objective_id")
    }
}
