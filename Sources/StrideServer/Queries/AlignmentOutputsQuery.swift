import Fluent
import Foundation
import SQLKit
import StrideCore

/// The outputs under the alignment tree's nodes, read for the nodes a page shows rather than
/// kept with the tree: the first few under each, a node's outputs a page at a time, and those
/// serving nothing. Each node's outputs are read from its range of the `(node, id)` indexes.
enum AlignmentOutputsQuery {
    /// Outputs listed under one outcome or objective on the tree; the rest are counted.
    static let firstShown = 10

    /// A node outputs hang under: a unit outcome (the outputs linked to it and to no objective
    /// of the tree) or a workgroup objective.
    enum Node: Sendable {
        case unitOutcome(UUID)
        case objective(UUID)

        var isObjective: Bool { if case .objective = self { true } else { false } }
        var id: UUID { switch self { case .unitOutcome(let id), .objective(let id): id } }
    }

    /// A node as its outputs page names it.
    struct NodeInfo: Sendable {
        let node: Node
        let title: String
        /// The unit whose outcome it is, or whose outcome the objective serves.
        let unitID: UUID?
        let unitName: String?
    }

    /// Whether the objective in `column` is on the tree of `day`: its unit outcome serves an
    /// organisational outcome running then. The tree's, the counts' and the pages' one rule.
    static func objectiveInTree(_ column: String, on day: CalendarDate) -> SQLQueryString {
        """
        EXISTS (SELECT 1 FROM workgroup_objectives wo JOIN unit_outcomes uo ON uo.id = wo.unit_outcome_id
          JOIN organisational_outcomes oo ON oo.id = uo.organisational_outcome_id
          WHERE wo.id = \(unsafeRaw: column) AND oo.period_start <= \(bind: day) AND oo.period_end > \(bind: day))
        """
    }

    private struct Row: Decodable {
        let id: UUID; let output_key: UUID; let description: String; let staff_member_id: UUID; let name: String
        let unit_outcome_id: UUID?; let objective_id: UUID?
        var output: AlignmentQuery.Output {
            AlignmentQuery.Output(id: id, key: output_key, description: description, staffID: staff_member_id, staffName: name,
                                  unitOutcomeID: unit_outcome_id, objectiveID: objective_id)
        }
    }

    private static let columns: SQLQueryString = """
        SELECT a.id, a.output_key, a.description, a.staff_member_id, s.name, a.unit_outcome_id, a.objective_id
        FROM output_alignments a JOIN staff_members s ON s.id = a.staff_member_id
        """

    /// Which outputs hang under the node `node` (a bound id): under an objective, those linked to
    /// it; under a unit outcome, those linked to it and to none of the tree's objectives.
    private static func under(objective: Bool, _ node: SQLQueryString, alias: String, on day: CalendarDate) -> SQLQueryString {
        if objective { return "\(unsafeRaw: alias).objective_id = \(node)" }
        return "\(unsafeRaw: alias).unit_outcome_id = \(node) AND \(direct(alias: alias, on: day))"
    }

    /// An output linked to a unit outcome hangs under it directly unless its objective is on the tree.
    static func direct(alias: String, on day: CalendarDate) -> SQLQueryString {
        "(\(unsafeRaw: alias).objective_id IS NULL OR NOT \(objectiveInTree("\(alias).objective_id", on: day)))"
    }

    /// The first `firstShown` outputs of each node, by id, in one statement. Each node's outputs
    /// are numbered in id order by a window over the nodes' index ranges: a correlated `LIMIT`
    /// per node, which SQLite runs per node, PostgreSQL runs per output of the whole table.
    static func first(underOutcomes unitOutcomeIDs: [UUID], objectives objectiveIDs: [UUID], on day: CalendarDate,
                      db: any Database) async throws -> [AlignmentQuery.Output] {
        var parts: [SQLQueryString] = []
        func part(_ column: String, _ ids: [UUID], _ extra: SQLQueryString) {
            guard !ids.isEmpty else { return }
            parts.append("""
                SELECT ranked.id FROM (
                  SELECT b.id, ROW_NUMBER() OVER (PARTITION BY \(unsafeRaw: column) ORDER BY b.id) AS n
                  FROM output_alignments b WHERE \(unsafeRaw: column) IN (\(binds: ids))\(extra)) ranked
                WHERE ranked.n <= \(literal: firstShown)
                """)
        }
        part("b.unit_outcome_id", unitOutcomeIDs, " AND \(direct(alias: "b", on: day))")
        part("b.objective_id", objectiveIDs, "")
        guard !parts.isEmpty else { return [] }
        return try await db.sql().raw("""
            \(columns) JOIN (\(parts.joined(separator: " UNION ALL "))) t ON t.id = a.id ORDER BY s.name, a.position
            """).all(decoding: Row.self).map(\.output)
    }

    /// A page of a node's outputs in the order of their ids, after `cursor`, and the next page's cursor.
    static func page(of node: Node, on day: CalendarDate, after cursor: UUID?, limit: Int,
                     db: any Database) async throws -> (rows: [AlignmentQuery.Output], next: UUID?) {
        let after: SQLQueryString = cursor.map { " AND a.id > \(bind: $0)" } ?? ""
        let rows = try await db.sql().raw("""
            \(columns) WHERE \(under(objective: node.isObjective, "\(bind: node.id)", alias: "a", on: day))\(after) ORDER BY a.id LIMIT \(literal: limit + 1)
            """).all(decoding: Row.self).map(\.output)
        return (Array(rows.prefix(limit)), rows.count > limit ? rows[limit - 1].id : nil)
    }

    /// How many outputs hang under a node.
    static func count(of node: Node, on day: CalendarDate, db: any Database) async throws -> Int {
        struct Count: Decodable { let n: Int }
        return try await db.sql().raw("""
            SELECT COUNT(*) AS n FROM output_alignments a WHERE \(under(objective: node.isObjective, "\(bind: node.id)", alias: "a", on: day))
            """).first(decoding: Count.self)?.n ?? 0
    }

    /// Outputs of the cycles running on `day` that serve nothing: the first `limit` by name, and how many.
    static func unlinked(on day: CalendarDate, limit: Int, db: any Database) async throws -> (rows: [AlignmentQuery.Output], total: Int) {
        // The partial index holds only the unlinked.
        let running: SQLQueryString = """
            JOIN appraisal_cycles c ON c.id = a.cycle_id
            WHERE a.unit_outcome_id IS NULL AND a.objective_id IS NULL AND c.start_date <= \(bind: day) AND c.end_date > \(bind: day)
            """
        let sql = try db.sql()
        let rows = try await sql.raw("\(columns) \(running) ORDER BY s.name, a.position LIMIT \(literal: limit)").all(decoding: Row.self)
        struct Count: Decodable { let n: Int }
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM output_alignments a \(running)").first(decoding: Count.self)?.n ?? 0
        return (rows.map(\.output), total)
    }

    /// The unit outcome or objective with this id, named; nil when there is neither.
    static func node(_ id: UUID, db: any Database) async throws -> NodeInfo? {
        struct Found: Decodable { let kind: String; let title: String; let unit_id: UUID?; let unit_name: String? }
        let found = try await db.sql().raw("""
            SELECT 'unit_outcome' AS kind, o.title, o.unit_id, u.name AS unit_name
            FROM unit_outcomes o JOIN organisational_units u ON u.id = o.unit_id WHERE o.id = \(bind: id)
            UNION ALL
            SELECT 'objective' AS kind, w.title, o.unit_id, u.name AS unit_name
            FROM workgroup_objectives w LEFT JOIN unit_outcomes o ON o.id = w.unit_outcome_id
            LEFT JOIN organisational_units u ON u.id = o.unit_id WHERE w.id = \(bind: id)
            """).first(decoding: Found.self)
        return found.map {
            NodeInfo(node: $0.kind == "objective" ? .objective(id) : .unitOutcome(id), title: $0.title, unitID: $0.unit_id, unitName: $0.unit_name)
        }
    }
}
