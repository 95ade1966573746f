import Foundation
import Synchronization

/// What is derived from figures a `RefreshingCache` keeps (a page's content drawn with Leaf, an
/// API answer built from them), kept until the figures are computed again. HR's dashboard over
/// 100,000 staff is 128 KB of tables, charts and a unit filter that read the same for every HR
/// officer until the figures are next refreshed, and drawing it took most of each request.
final class DerivedFromFigures<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// Far more filter combinations than people use in a day; past it the cache starts again.
    static var capacity: Int { 64 }

    private struct Entry {
        let computedAt: Date
        let value: Value
    }

    private let entries = Mutex<[Key: Entry]>([:])

    /// The value for `key` as derived from the figures computed at `computedAt`, deriving it if
    /// it is not kept. Figures computed for each request (`lifetime` 0) are derived each time.
    func value(for key: Key, computedAt: Date, lifetime: TimeInterval, derive: () async throws -> Value) async throws -> Value {
        guard lifetime > 0 else { return try await derive() }
        if let entry = entries.withLock({ $0[key] }), entry.computedAt == computedAt { return entry.value }
        let value = try await derive()
        entries.withLock { entries in
            if entries.count >= Self.capacity, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(computedAt: computedAt, value: value)
        }
        return value
    }
}
