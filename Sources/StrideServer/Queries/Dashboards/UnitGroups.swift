import Fluent
import Foundation
import SQLKit
import StrideCore

/// The rows of a dashboard's "by unit" figures: the units just below the chosen one (or the
/// top-level units), each standing for its whole subtree, and the chosen unit's own staff.
struct UnitGroups: Sendable {
    struct Group: Sendable {
        let id: UUID
        let name: String
        /// Whether this row is the chosen unit's own staff rather than a subtree below it.
        let own: Bool
    }

    let scope: (id: UUID, name: String)?
    /// Whether a unit was chosen (rather than the organisation shown from its single top unit).
    let scoped: Bool
    let groups: [Group]
    /// Each unit in scope, mapped to the group it counts in.
    let groupOf: [UUID: Int]

    private struct Row: Decodable { let id: UUID; let parent_id: UUID?; let name: String }

    /// The groups under `scopeID` (nil for the organisation, which with a single top unit is that
    /// unit's groups). Every unit is read once: a few
    /// thousand rows at most, walked in memory rather than a recursive query per group.
    static func load(scopeID: UUID?, on db: any Database) async throws -> UnitGroups {
        let units = try await db.sql().raw("SELECT id, parent_id, name FROM organisational_units ORDER BY name, id").all(decoding: Row.self)
        let byID = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) })
        var scope = scopeID.flatMap { byID[$0] }
        // An organisation under one top unit is shown from that unit down, not as a single row.
        if scope == nil, case let roots = units.filter({ $0.parent_id == nil }), roots.count == 1 { scope = roots.first }
        let tops = units.filter { $0.parent_id == scope?.id }
        var groups = tops.map { Group(id: $0.id, name: $0.name, own: false) }
        if let scope { groups.insert(Group(id: scope.id, name: "\(scope.name) (its own staff)", own: true), at: 0) }
        let index = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1.id, $0) })
        var groupOf: [UUID: Int] = [:]
        for unit in units {
            // Walk up to the group's top, a handful of steps; the depth cap guards a damaged tree.
            var current: Row? = unit, steps = 0
            while let row = current, steps < 64 {
                if let position = index[row.id] {
                    groupOf[unit.id] = position
                    break
                }
                current = row.parent_id.flatMap { byID[$0] }
                steps += 1
            }
        }
        return UnitGroups(scope: scope.map { ($0.id, $0.name) }, scoped: scopeID != nil && scope != nil, groups: groups, groupOf: groupOf)
    }

    /// Sums per group of values keyed by unit.
    func sum<Key: Hashable>(_ values: [(unit: UUID, key: Key, n: Int)]) -> [Int: [Key: Int]] {
        var sums: [Int: [Key: Int]] = [:]
        for value in values {
            guard let group = groupOf[value.unit] else { continue }
            sums[group, default: [:]][value.key, default: 0] += value.n
        }
        return sums
    }

    /// Whether a unit is inside the scope (everyone is, people without a unit too, when the
    /// scope is the whole organisation).
    func contains(_ unit: UUID?) -> Bool { !scoped || unit.map { groupOf[$0] != nil } == true }
}
