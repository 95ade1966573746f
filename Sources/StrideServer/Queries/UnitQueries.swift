import Fluent
import StrideCore

/// Reads of units for pages and forms.
enum UnitQueries {
    /// Every unit, by name, for selects.
    static func all(on db: any Database) async throws -> [UnitRecord] {
        try await OrganisationalUnit.query(on: db).sort(\.$name).all().map { try $0.record() }
    }
}
