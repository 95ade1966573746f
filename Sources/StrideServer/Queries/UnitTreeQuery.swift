import Fluent
import Foundation
import SQLKit
import StrideCore

/// The unit tree page's data: every unit, its active head count and its chief's name.
enum UnitTreeQuery {
    struct Node: Sendable {
        let unit: UnitRecord
        let staffCount: Int
        let chiefName: String?
    }

    private struct CountRow: Decodable {
        let unit_id: UUID
        let count: Int
    }

    static func load(on db: any Database) async throws -> [Node] {
        let units = try await OrganisationalUnit.query(on: db).sort(\.$name).all()
        let counts = try await db.sql().raw("""
            SELECT unit_id, COUNT(*) AS count FROM staff_members
            WHERE unit_id IS NOT NULL AND status = \(bind: EmploymentStatus.active.rawValue) GROUP BY unit_id
            """).all(decoding: CountRow.self)
        let countByUnit = Dictionary(counts.map { ($0.unit_id, $0.count) }, uniquingKeysWith: +)
        let chiefs = try await StaffMember.query(on: db).filter(\.$id ~~ units.compactMap(\.chiefID)).all()
        let chiefName = Dictionary(chiefs.compactMap { s in s.id.map { ($0, s.name) } }, uniquingKeysWith: { a, _ in a })
        return try units.map { unit in
            let record = try unit.record()
            return Node(unit: record, staffCount: countByUnit[record.id] ?? 0, chiefName: record.chiefID.flatMap { chiefName[$0] })
        }
    }

    /// A unit's ancestors from the top down, for breadcrumbs.
    static func ancestors(of id: UUID, on db: any Database) async throws -> [UnitRecord] {
        let ids = try await OrganisationQueries.unitAncestors(of: id, on: db)
        let units = try await OrganisationalUnit.query(on: db).filter(\.$id ~~ ids).all()
        let byID = Dictionary(try units.map { (try $0.requireID(), try $0.record()) }, uniquingKeysWith: { a, _ in a })
        return ids.reversed().compactMap { byID[$0] }
    }
}
