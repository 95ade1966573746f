import Fluent
import Foundation
import SQLKit
import Synchronization

/// The units each responsible chief heads, with every unit below them, kept in memory while the
/// unit tree stays as it was. A chief's access depends on the whole set, and rebuilding it on
/// every request cost a tree walk and a decoded id per unit (the head of the organisation's is
/// every unit). The tree's fingerprint is read from the database on each use, so a change made
/// through any app server is seen on the next request of every other.
final class HeadedUnitsCache: Sendable {
    /// The unit tree's fingerprint, as one text value: it changes whenever a unit is added,
    /// removed or edited (edits raise `record_version`, and an added unit is the newest; a
    /// removal with an addition still moves the newest). A scalar subquery, so the sign-in
    /// reads it in the same row as the person (`SignedInUserQuery.columns`).
    static let fingerprint: SQLQueryString = """
        SELECT CAST(COUNT(*) AS TEXT) || ':' || CAST(COALESCE(SUM(record_version), 0) AS TEXT) || ':' || COALESCE(CAST(MAX(created_at) AS TEXT), '')
        FROM organisational_units
        """

    private struct Entry {
        let fingerprint: String
        let units: Set<UUID>
    }

    /// Far more chiefs than an organisation has; past it the cache starts again.
    static let capacity = 5_000

    private let entries = Mutex<[UUID: Entry]>([:])

    /// The units `chief` heads, with every unit below; `tree` is the fingerprint read with the person.
    func units(headedBy chief: UUID, tree: String, on db: any Database) async throws -> Set<UUID> {
        if let entry = entries.withLock({ $0[chief] }), entry.fingerprint == tree { return entry.units }
        let units = Set(try await OrganisationQueries.unitsHeaded(by: chief, on: db))
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[chief] = Entry(fingerprint: tree, units: units)
        }
        return units
    }
}
