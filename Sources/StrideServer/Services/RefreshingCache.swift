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
    /// A computed value, when, and which computation it was: each kept computation has its own
    /// serial (what is derived from it is kept against that, `DerivedFromFigures`); nil for one
    /// that is not kept (a lifetime of 0, or one forgotten while it ran).
    typealias Computed = (value: Value, computedAt: Date, serial: Int?)

    private struct Entry {
        var latest: Computed?
        var refresh: Task<Computed, any Error>?
    }

    let lifetime: TimeInterval
    private var entries: [Key: Entry] = [:]
    /// Moves on at each `forgetAll`, so a computation started before it is not kept after it.
    private var generation = 0
    private var serials = 0

    init(lifetime: TimeInterval) {
        self.lifetime = lifetime
    }

    /// The value for `key` and when it was computed.
    /// - Parameter compute: computes the value; it must not depend on the caller (it may run for
    ///   another caller, and outlive the one that started it).
    func value(for key: Key, now: Date, compute: @escaping @Sendable () async throws -> Value) async throws -> Computed {
        guard lifetime > 0 else { return (try await compute(), now, nil) }
        let entry = entries[key] ?? Entry()
        if let latest = entry.latest, now >= latest.computedAt, now.timeIntervalSince(latest.computedAt) < lifetime { return latest }
        let refresh = entry.refresh ?? startRefresh(key, now: now, compute: compute)
        if let latest = entry.latest { return latest }
        return try await refresh.value
    }

    /// Forgets every value, so the next caller computes afresh: for a change this server made
    /// that its user expects to see at once. (Other servers catch up within the lifetime.)
    func forgetAll() {
        entries.removeAll()
        generation += 1
    }

    /// Forgets `key`'s value if it is still computation `serial`, for a caller that found it
    /// missing something since added: the next callers wait for one new computation (or the one
    /// already under way) rather than each starting their own.
    func forget(_ key: Key, serial: Int) {
        if entries[key]?.latest?.serial == serial { entries[key]?.latest = nil }
    }

    private func startRefresh(_ key: Key, now: Date, compute: @escaping @Sendable () async throws -> Value) -> Task<Computed, any Error> {
        let started = generation
        let task = Task { () async throws -> Computed in
            do {
                let value = try await compute()
                guard self.generation == started else { return (value, now, nil) }
                return self.store(key, value, at: now)
            } catch {
                if self.generation == started { self.forgetRefresh(key) }
                throw error
            }
        }
        entries[key, default: Entry()].refresh = task
        return task
    }

    private func store(_ key: Key, _ value: Value, at: Date) -> Computed {
        serials += 1
        let computed: Computed = (value, at, serials)
        entries[key] = Entry(latest: computed, refresh: nil)
        // Keys are a day's scopes; yesterday's and long-unused ones go.
        entries = entries.filter { _, entry in entry.latest.map { at.timeIntervalSince($0.computedAt) < max(lifetime * 20, 600) } ?? true }
        return computed
    }

    private func forgetRefresh(_ key: Key) {
        entries[key]?.refresh = nil
    }
}
