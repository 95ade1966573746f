import Fluent
import Foundation
import SQLKit
import StrideCore

/// A manager's dashboard: everyone they supervise, directly or through others (their subtree of
/// the supervision tree, on the path index), and only them.
///
/// A team can be the whole organisation (its head's), so every figure is counted in the
/// database, and the overdue forms, objectives and plans are read up to `limit` rows, most urgent
/// first, with their totals: the answer's size does not grow with the team (the skills gaps are
/// one row per skill; the levels waiting are the manager's direct reports'). The CSV downloads
/// ask for every row.
struct TeamDashboardQuery: Sendable {
    /// How many rows of each list a page or API answer shows.
    static let shown = 50

    struct Overdue: Decodable, Sendable {
        let id: UUID
        let kind: AppraisalFormKind
        let state: AppraisalState
        let due_on: CalendarDate
        let staff_member_id: UUID
        let staff_name: String
    }

    struct Objective: Sendable {
        let id: UUID
        let title: String
        let ownerName: String
        let dueOn: CalendarDate
        let standing: ObjectiveStanding
    }

    struct Plan: Decodable, Sendable {
        let id: UUID
        let staff_member_id: UUID
        let staff_name: String
        let starts_on: CalendarDate
        let review_due_on: CalendarDate
        let stage: ImprovementPlanStage
    }

    /// A list read up to the limit, with how many there are in all.
    struct Listed<Item: Sendable>: Sendable {
        let items: [Item]
        let total: Int
    }

    let people: Int
    let directReports: Int
    let formCounts: [AppraisalFormKind: [AppraisalState: Int]]
    let overdue: Listed<Overdue>
    let objectives: Listed<Objective>
    /// Objectives whose standing is at risk or off track, of all the team owns.
    let objectivesNotOnTrack: Int
    /// People short of their role's level, by skill name, most common first.
    let skillGaps: [(skill: String, peopleShort: Int)]
    let plans: Listed<Plan>
    let waiting: [SkillAssessmentQueries.Waiting]

    var formsNotSigned: Int {
        formCounts.values.flatMap { $0 }.filter { !$0.key.isSigned }.map(\.value).reduce(0, +)
    }

    /// - Parameter limit: the rows of each list to read; nil for every row (the CSV downloads).
    static func load(managerID: UUID, today: CalendarDate, limit: Int? = shown, db: any Database) async throws -> TeamDashboardQuery {
        guard let manager = try await StaffMember.find(managerID, on: db), let path = TreePath(stored: manager.supervisionPath) else {
            throw StrideError.notFound("The staff member")
        }
        let team = Team(path: path, today: today, limit: limit, sql: try db.sql())
        let counted = try await team.people(directOf: managerID)
        let owned = try await team.objectives(on: db)
        return TeamDashboardQuery(
            people: counted.people, directReports: counted.direct, formCounts: try await team.formCounts(),
            overdue: try await team.overdue(), objectives: owned.listed, objectivesNotOnTrack: owned.notOnTrack,
            skillGaps: try await team.skillGaps(), plans: try await team.plans(),
            waiting: try await SkillAssessmentQueries.waiting(for: managerID, today: today, on: db))
    }

    /// The statements, each over the manager's subtree of active people.
    private struct Team: Sendable {
        let path: TreePath
        let today: CalendarDate
        let limit: Int?
        let sql: any SQLDatabase

        /// Joins `s` to the team: the subtree below the manager, active people only.
        var members: SQLQueryString {
            "s.supervision_path > \(bind: path.text) AND s.supervision_path < \(bind: path.upperBound) AND s.status = 'active'"
        }

        var rows: SQLQueryString { limit.map { "LIMIT \(literal: $0)" } ?? "" }

        /// The forms of the cycles running this month or later, the same window as HR's dashboard.
        var currentForms: SQLQueryString {
            """
            staff_members s JOIN appraisal_cycles c ON c.staff_member_id = s.id JOIN appraisal_forms f ON f.cycle_id = c.id
            WHERE \(members) AND c.end_date >= \(bind: String(today.iso.prefix(7)) + "-01")
            """
        }

        var overdueForms: SQLQueryString { "\(currentForms) AND \(AppraisalQueries.overdueFilter(today))" }

        private struct Counted: Decodable { let people: Int; let direct: Int? }
        private struct Total: Decodable { let n: Int }
        private struct StateCount: Decodable { let kind: AppraisalFormKind; let state: AppraisalState; let n: Int }

        func people(directOf managerID: UUID) async throws -> (people: Int, direct: Int) {
            let row = try await sql.raw("""
                SELECT COUNT(*) AS people, SUM(CASE WHEN s.supervisor_id = \(bind: managerID) THEN 1 ELSE 0 END) AS direct
                FROM staff_members s WHERE \(members)
                """).first(decoding: Counted.self)
            return (row?.people ?? 0, row?.direct ?? 0)
        }

        /// The rows read, with how many `from` has in all: counted only when the limit cut them short.
        func listed<Item>(_ items: [Item], of from: SQLQueryString) async throws -> Listed<Item> {
            guard let limit, items.count >= limit else { return Listed(items: items, total: items.count) }
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM \(from)").first(decoding: Total.self)?.n ?? 0
            return Listed(items: items, total: total)
        }

        func formCounts() async throws -> [AppraisalFormKind: [AppraisalState: Int]] {
            let rows = try await sql.raw("SELECT f.kind, f.state, COUNT(*) AS n FROM \(currentForms) GROUP BY f.kind, f.state")
                .all(decoding: StateCount.self)
            var counts = Dictionary(uniqueKeysWithValues: AppraisalFormKind.allCases.map { kind in
                (kind, Dictionary(uniqueKeysWithValues: AppraisalState.allCases.map { ($0, 0) }))
            })
            for row in rows { counts[row.kind]?[row.state] = row.n }
            return counts
        }

        /// The forms overdue, due longest ago first.
        func overdue() async throws -> Listed<Overdue> {
            let items = try await sql.raw("""
                SELECT f.id, f.kind, f.state, f.due_on, s.id AS staff_member_id, s.name AS staff_name FROM \(overdueForms)
                ORDER BY f.due_on, f.id \(rows)
                """).all(decoding: Overdue.self)
            return try await listed(items, of: overdueForms)
        }

        /// The open and reviewed improvement plans, the review due soonest first.
        func plans() async throws -> Listed<Plan> {
            let open: SQLQueryString = """
                improvement_plans p JOIN staff_members s ON s.id = p.staff_member_id
                WHERE \(members) AND p.stage IN (\(binds: [ImprovementPlanStage.open.rawValue, ImprovementPlanStage.reviewed.rawValue]))
                """
            let items = try await sql.raw("""
                SELECT p.id, p.staff_member_id, s.name AS staff_name, p.starts_on, p.review_due_on, p.stage FROM \(open)
                ORDER BY p.review_due_on, p.id \(rows)
                """).all(decoding: Plan.self)
            return try await listed(items, of: open)
        }

        /// The objectives the team owns, due from a month ago on, soonest first: every one's
        /// standing (for the count of those not on track), the first `limit` listed.
        func objectives(on db: any Database) async throws -> (listed: Listed<Objective>, notOnTrack: Int) {
            let owned: SQLQueryString = """
                workgroup_objectives o JOIN staff_members s ON s.id = o.owner_id
                WHERE \(members) AND o.due_on >= \(bind: today.adding(months: -1).iso)
                """
            let standings = try await ObjectiveQueries.standings(ofObjectivesIn: "SELECT o.id FROM \(owned)", today: today, on: db)
            let items = try await sql.raw("""
                SELECT o.id, o.title, s.name AS owner_name, o.due_on FROM \(owned) ORDER BY o.due_on, o.id \(rows)
                """).all(decoding: ObjectiveRow.self)
            let listed = items.map { row in
                Objective(id: row.id, title: row.title, ownerName: row.owner_name, dueOn: row.due_on,
                          // (Nil only for one added between the two statements.)
                          standing: standings[row.id] ?? ObjectiveStanding(derived: nil, override: nil))
            }
            return (Listed(items: listed, total: standings.count), standings.values.filter { $0.status != .onTrack }.count)
        }

        private struct ObjectiveRow: Decodable { let id: UUID; let title: String; let owner_name: String; let due_on: CalendarDate }

        private struct Short: Decodable { let skill: String; let n: Int }

        /// For each skill, the people whose role asks a higher level than their latest confirmed
        /// one (or who have none).
        func skillGaps() async throws -> [(skill: String, peopleShort: Int)] {
            let rows = try await sql.raw("""
                WITH team AS (SELECT s.id, s.role_profile_id FROM staff_members s WHERE \(members) AND s.role_profile_id IS NOT NULL),
                latest AS (
                  SELECT a.staff_member_id, a.skill_id, a.decided_level,
                         ROW_NUMBER() OVER (PARTITION BY a.staff_member_id, a.skill_id ORDER BY a.decided_at DESC, a.id DESC) AS n
                  FROM skill_assessments a WHERE a.decided_level IS NOT NULL AND a.staff_member_id IN (SELECT id FROM team))
                SELECT k.name AS skill, COUNT(*) AS n
                FROM team t JOIN role_profile_requirements r ON r.role_profile_id = t.role_profile_id JOIN skills k ON k.id = r.skill_id
                  LEFT JOIN latest l ON l.staff_member_id = t.id AND l.skill_id = r.skill_id AND l.n = 1
                WHERE COALESCE(l.decided_level, 0) < r.level
                GROUP BY k.name
                """).all(decoding: Short.self)
            return rows.map { ($0.skill, $0.n) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        }
    }
}
