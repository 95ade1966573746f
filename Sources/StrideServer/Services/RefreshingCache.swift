import Foundation

/// Figures that are costly to compute and may be a little old: an organisation-wide dashboard
/// over 100,000 people is the same for every HR officer for a few seconds, so it is computed at
/// most once per key per `lifetime` on this server, however many ask at once.
///
/// A fresh value is answered at once. Once it is older than the lifetime, the next caller starts
/// one refresh and every caller meanwhile gets the old value; a key never computed makes its
/// callers wait for the one computation. A lifetime of 0 computes every time (tests, and
/// organisations that want every figure live).
actor RefreshingCache<Key: Hashable & Sendable, Value: Sendable> {
    private struct Entry {
        var latest: (value: Value, computedAt: Date)?
        var refresh: Task<(Value, Date), any Error>?
    }

    let lifetime: TimeInterval
    private var entries: [Key: Entry] = [:]
    /// Moves on at each `forgetAll`, so a computation started before it is not kept after it.
    private var generation = 0

    init(lifetime: TimeInterval) {
        self.lifetime = lifetime
    }

    /// The value for `key` and when it was computed.
    /// - Parameter compute: computes the value; it must not depend on the caller (it may run for
    ///   another caller, and outlive the one that started it).
    func value(for key: Key, now: Date, compute: @escaping @Sendable () async throws -> Value) async throws -> (value: Value, computedAt: Date) {
        guard lifetime > 0 else { return (try await compute(), now) }
        let entry = entries[key] ?? Entry()
        if let latest = entry.latest, now >= latest.computedAt, now.timeIntervalSince(latest.computedAt) < lifetime { return latest }
        let refresh = entry.refresh ?? startRefresh(key, now: now, compute: compute)
        if let latest = entry.latest { return latest }
        let (value, at) = try await refresh.value
        return (value, at)
    }

    /// Forgets every value, so the next caller computes afresh: for a change this server made
    /// that its user expects to see at once. (Other servers catch up within the lifetime.)
    func forgetAll() {
        entries.removeAll()
        generation += 1
    }

    private func startRefresh(_ key: Key, now: Date, compute: @escaping @Sendable () async throws -> Value) -> Task<(Value, Date), any Error> {
        let started = generation
        let task = Task { () async throws -> (Value, Date) in
            do {
                let value = try await compute()
                if self.generation == started { self.store(key, value, at: now) }
                return (value, now)
            } catch {
                if self.generation == started { self.forgetRefresh(key) }
                throw error
            }
        }
        entries[key, default: Entry()].refresh = task
        return task
    }

    private func store(_ key: Key, _ value: Value, at: Date) {
        entries[key] = Entry(latest: (value, at), refresh: nil)
        // Keys are a day's scopes; yesterday's and long-unused ones go.
        entries = entries.filter { _, entry in entry.latest.map { at.timeIntervalSince($0.computedAt) < max(lifetime * 20, 600) } ?? true }
    }

    private func forgetRefresh(_ key: Key) {
        entries[key]?.refresh = nil
    }
}
