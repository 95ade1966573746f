import Foundation

/// What is derived from figures a `RefreshingCache` keeps (a page's content drawn with Leaf, an
/// API answer built from them), kept until the figures are computed again. HR's dashboard over
/// 100,000 staff is 128 KB of tables, charts and a unit filter that read the same for every HR
/// officer until the figures are next refreshed, and drawing it took most of each request.
///
/// Each key keeps what was derived from one computation of its figures (its serial). Callers
/// with those figures share one derivation, however many ask at once; a caller still holding
/// older figures than those kept derives for itself alone, and figures that are not kept
/// (serial nil) are derived for each caller.
actor DerivedFromFigures<Key: Hashable & Sendable, Value: Sendable> {
    /// More filter combinations than people use in a day; past it the oldest figures' go first.
    static var capacity: Int { 64 }

    private struct Entry {
        let serial: Int
        let derivation: Task<Value, any Error>
    }

    private var entries: [Key: Entry] = [:]

    func value(for key: Key, serial: Int?, derive: @escaping @Sendable () async throws -> Value) async throws -> Value {
        guard let serial else { return try await derive() }
        if let entry = entries[key] {
            if entry.serial == serial { return try await entry.derivation.value }
            if entry.serial > serial { return try await derive() }
        }
        if entries[key] == nil, entries.count >= Self.capacity, let oldest = entries.min(by: { $0.value.serial < $1.value.serial })?.key {
            entries[oldest] = nil
        }
        let derivation = Task { try await derive() }
        entries[key] = Entry(serial: serial, derivation: derivation)
        do {
            return try await derivation.value
        } catch {
            // Not kept: the next caller tries again (unless newer figures' derivation took its place meanwhile).
            if entries[key]?.serial == serial { entries[key] = nil }
            throw error
        }
    }
}
