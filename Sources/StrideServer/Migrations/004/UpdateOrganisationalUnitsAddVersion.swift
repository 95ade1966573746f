import Fluent
import SQLKit

/// A version for each row of `organisational_units`, counted up by every save, so a form saved from a stale
/// copy is refused instead of silently overwriting what someone else saved meanwhile.
struct UpdateOrganisationalUnitsAddVersion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisational_units")
            .field("record_version", .int, .required, .sql(.default(1)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisational_units").deleteField("record_version").update()
    }
}
