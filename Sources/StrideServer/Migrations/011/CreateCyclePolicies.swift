import Fluent
import SQLKit

/// The cycle policy of each contract type, one row each, filled with the defaults of
/// `CYCLES.md`: bienniums from January of even years, six months at least, a month per phase.
struct CreateCyclePolicies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("cycle_policies")
            // managed fields
            .id()
            .field("updated_at", .datetime)
            // data fields
            .field("contract_type", .string, .required)
            .field("biennium_start_month", .int, .required)
            .field("biennium_starts_in_even_years", .bool, .required)
            .field("minimum_cycle_months", .int, .required)
            .field("beginning_window_months", .int, .required)
            .field("midterm_window_months", .int, .required)
            .field("end_window_months", .int, .required)
            .field("record_version", .int, .required)
            // constraints
            .unique(on: "contract_type")
            .create()
        for contract in ["regular", "probation", "technical_cooperation"] {
            try await database.sql().insert(into: "cycle_policies")
                .columns("id", "contract_type", "biennium_start_month", "biennium_starts_in_even_years", "minimum_cycle_months",
                         "beginning_window_months", "midterm_window_months", "end_window_months", "record_version")
                .values(SQLBind(UUID()), SQLBind(contract), SQLBind(1), SQLBind(true), SQLBind(6), SQLBind(1), SQLBind(1), SQLBind(1), SQLBind(1))
                .run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("cycle_policies").delete()
    }
}

import Foundation
