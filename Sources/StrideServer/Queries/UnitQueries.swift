import Fluent
import StrideCore

/// Reads of units for pages and forms.
enum UnitQueries {
    /// Every unit, by name, for selects (one query: the tree's, whose extra columns cost a
    /// join on a few hundred rows).
    static func all(on db: any Database) async throws -> [UnitRecord] {
        try await UnitTreeQuery.load(on: db).map(\.unit)
    }
}
