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
    /// Changes whenever a unit is added, removed or edited: edits raise `record_version`,
    /// and an added unit is the newest (a removal with an addition still moves the newest).
    struct Fingerprint: Decodable, Equatable, Sendable {
        let units: Int
        let versions: Int?
        let newest: Date?
    }

    private struct Entry {
        let fingerprint: Fingerprint
        let units: Set<UUID>
    }

    /// Far more chiefs than an organisation has; past it the cache starts again.
    static let capacity = 5_000

    private let entries = Mutex<[UUID: Entry]>([:])

    func units(headedBy chief: UUID, on db: any Database) async throws -> Set<UUID> {
        let now = try await Self.fingerprint(on: db)
        if let entry = entries.withLock({ $0[chief] }), entry.fingerprint == now { return entry.units }
        let units = Set(try await OrganisationQueries.unitsHeaded(by: chief, on: db))
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[chief] = Entry(fingerprint: now, units: units)
        }
        return units
    }

    private static func fingerprint(on db: any Database) async throws -> Fingerprint {
        try await db.sql().raw("""
            SELECT COUNT(*) AS units, CAST(SUM(record_version) AS BIGINT) AS versions, MAX(created_at) AS newest FROM organisational_units
            """).first(decoding: Fingerprint.self) ?? Fingerprint(units: 0, versions: nil, newest: nil)
    }
}
