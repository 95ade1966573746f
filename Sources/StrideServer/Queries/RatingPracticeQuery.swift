import Fluent
import Foundation
import SQLKit
import StrideCore

/// Counts of End of Cycle overall ratings per unit and per manager, for the Reports Board's
/// view of rating practice: one grouped query each, over the forms both parties have signed.
enum RatingPracticeQuery {
    /// One group's ratings.
    struct Group: Sendable {
        let id: UUID?
        let name: String
        let distribution: RatingDistribution
    }

    private struct Row: Decodable {
        let group_id: UUID?
        let group_name: String?
        let overall_rating: OverallRating
        let n: Int
    }

    enum Grouping: Sendable {
        case unit, manager
    }

    static func groups(by grouping: Grouping, on db: any Database) async throws -> [Group] {
        let group: SQLQueryString = switch grouping {
        case .unit: "u.id AS group_id, u.name AS group_name"
        case .manager: "a.id AS group_id, a.name AS group_name"
        }
        let key: SQLQueryString = switch grouping {
        case .unit: "u.id, u.name"
        case .manager: "a.id, a.name"
        }
        let rows = try await db.sql().raw("""
            SELECT \(group), f.overall_rating, COUNT(*) AS n
            FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id JOIN staff_members s ON s.id = c.staff_member_id
              LEFT JOIN organisational_units u ON u.id = s.unit_id LEFT JOIN staff_members a ON a.id = c.appraiser_id
            WHERE f.kind = \(bind: AppraisalFormKind.end.rawValue) AND f.overall_rating IS NOT NULL
              AND f.state IN (\(binds: AppraisalState.allCases.filter(\.isSigned).map(\.rawValue)))
            GROUP BY \(key), f.overall_rating
            """).all(decoding: Row.self)
        let grouped = Dictionary(grouping: rows) { $0.group_id }
        return grouped.map { id, rows in
            Group(id: id, name: rows.first?.group_name ?? (grouping == .unit ? "No unit" : "No manager"),
                  distribution: RatingDistribution(counts: Dictionary(rows.map { ($0.overall_rating, $0.n) }, uniquingKeysWith: +)))
        }.sorted { ($0.name, $0.id?.uuidString ?? "") < ($1.name, $1.id?.uuidString ?? "") }
    }
}
