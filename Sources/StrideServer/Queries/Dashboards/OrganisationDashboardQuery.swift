import Fluent
import Foundation
import SQLKit
import StrideCore

/// The HR dashboard's figures, for the organisation or one unit's subtree, over the cycles that
/// end this month or later (`current`) or every cycle. Forms and ratings come from
/// `form_tallies`, which the database keeps as forms change; the rest are aggregates on indexes.
struct OrganisationDashboardQuery: Sendable {
    struct Tally: Decodable, Sendable {
        let unit_id: UUID
        let kind: AppraisalFormKind
        let state: AppraisalState
        let rating: String
        let n: Int
    }

    struct Probationer: Sendable {
        let staffID: UUID
        let name: String
        let unitID: UUID?
        let milestone: ProbationMilestone
        let on: CalendarDate
    }

    struct Round: Decodable, Sendable {
        let id: UUID
        let chief_name: String
        let closes_on: CalendarDate
        let status: String
        let invited_count: Int
        let response_count: Int
    }

    struct Coverage: Sendable {
        let skillID: UUID
        let skillName: String
        /// Per group: people whose role requires the skill, and how many have a confirmed level at or above it.
        let needed: [Int: Int]
        let met: [Int: Int]
    }

    let groups: UnitGroups
    let tallies: [Tally]
    let overdue: [UUID: Int]
    let probation: [Probationer]
    let rounds: [Round]
    let coverage: [Coverage]

    static let coverageSkills = 8
    /// The key `form_tallies` counts people without a unit under.
    static let noUnit = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!

    static func load(scopeID: UUID?, allCycles: Bool, today: CalendarDate, db: any Database) async throws -> OrganisationDashboardQuery {
        let groups = try await UnitGroups.load(scopeID: scopeID, on: db)
        let sql = try db.sql()
        let month = String(today.iso.prefix(7))
        let window: SQLQueryString = allCycles ? "" : "WHERE end_month >= \(bind: month)"
        let tallies = try await sql.raw("""
            SELECT unit_id, kind, state, rating, CAST(SUM(n) AS BIGINT) AS n FROM form_tallies \(window) GROUP BY unit_id, kind, state, rating HAVING SUM(n) > 0
            """).all(decoding: Tally.self).filter { groups.contains($0.unit_id) }
        struct UnitCount: Decodable { let unit_id: UUID?; let n: Int }
        // Overdue forms are a small share of all forms, reached through the due-date index.
        let overdueRows = try await sql.raw("""
            SELECT s.unit_id, COUNT(*) AS n FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id
            JOIN staff_members s ON s.id = c.staff_member_id WHERE \(AppraisalQueries.overdueFilter(today)) GROUP BY s.unit_id
            """).all(decoding: UnitCount.self)
        var overdue: [UUID: Int] = [:]
        // People without a unit count in the total under the tallies' "no unit", in no unit's row.
        for row in overdueRows where groups.contains(row.unit_id) { overdue[row.unit_id ?? Self.noUnit, default: 0] += row.n }
        return OrganisationDashboardQuery(groups: groups, tallies: tallies, overdue: overdue,
                                          probation: try await probation(groups: groups, today: today, db: db),
                                          rounds: try await rounds(groups: groups, today: today, db: db),
                                          coverage: try await coverage(groups: groups, db: db))
    }

    /// Active staff on probation reaching 6, 18 or 21 months within 90 days, from the start of
    /// their probation (a change to probation, or entry on duty).
    private static func probation(groups: UnitGroups, today: CalendarDate, db: any Database) async throws -> [Probationer] {
        struct Row: Decodable { let id: UUID; let name: String; let unit_id: UUID?; let entry_on_duty: CalendarDate }
        let rows = try await db.sql().raw("""
            SELECT id, name, unit_id, entry_on_duty FROM staff_members WHERE contract_type = \(bind: ContractType.probation.rawValue)
            AND status = 'active' ORDER BY name, id
            """).all(decoding: Row.self).filter { groups.contains($0.unit_id) }
        let changes = Dictionary(grouping: try await ContractHistories.rows(of: rows.map(\.id), on: db), by: \.staff_member_id)
        return rows.flatMap { row in
            let start = changes[row.id]?.filter { $0.contract_type == .probation }.map(\.effective_on).max() ?? row.entry_on_duty
            return ProbationPipeline.upcoming(probationStart: start, today: today).map {
                Probationer(staffID: row.id, name: row.name, unitID: row.unit_id, milestone: $0.milestone, on: $0.on)
            }
        }.sorted { ($0.on, $0.name) < ($1.on, $1.name) }
    }

    /// Upward feedback rounds open now or closed within the last year, with their counts only.
    private static func rounds(groups: UnitGroups, today: CalendarDate, db: any Database) async throws -> [Round] {
        struct Scoped: Decodable { let id: UUID; let unit_id: UUID? }
        let rounds = try await db.sql().raw("""
            SELECT r.id, s.name AS chief_name, r.closes_on, r.status, r.invited_count, r.response_count
            FROM upward_feedback_rounds r JOIN staff_members s ON s.id = r.chief_id
            WHERE r.closes_on >= \(bind: today.adding(months: -12)) ORDER BY r.closes_on DESC, s.name
            """).all(decoding: Round.self)
        guard groups.scoped else { return rounds }
        let units = try await db.sql().raw("""
            SELECT r.id, s.unit_id FROM upward_feedback_rounds r JOIN staff_members s ON s.id = r.chief_id
            WHERE r.closes_on >= \(bind: today.adding(months: -12))
            """).all(decoding: Scoped.self)
        let inScope = Set(units.filter { groups.contains($0.unit_id) }.map(\.id))
        return rounds.filter { inScope.contains($0.id) }
    }

    /// For the skills most in demand by people's roles: who needs each, and who has it confirmed
    /// at the level needed (their latest decision), per group.
    private static func coverage(groups: UnitGroups, db: any Database) async throws -> [Coverage] {
        struct Need: Decodable { let unit_id: UUID?; let skill_id: UUID; let n: Int }
        let sql = try db.sql()
        // Holders per role and unit first (an index walk of the staff), then each role's requirements.
        let needs = try await sql.raw("""
            SELECT h.unit_id, r.skill_id, CAST(SUM(h.n) AS BIGINT) AS n FROM
            (SELECT role_profile_id, unit_id, COUNT(*) AS n FROM staff_members WHERE status = 'active' AND role_profile_id IS NOT NULL
             GROUP BY role_profile_id, unit_id) h
            JOIN role_profile_requirements r ON r.role_profile_id = h.role_profile_id GROUP BY h.unit_id, r.skill_id
            """).all(decoding: Need.self).filter { groups.contains($0.unit_id) }
        // Driven by the decisions, which are far fewer than people times requirements.
        let met = try await sql.raw("""
            SELECT s.unit_id, a.skill_id, COUNT(*) AS n FROM skill_assessments a
            JOIN staff_members s ON s.id = a.staff_member_id
            JOIN role_profile_requirements r ON r.role_profile_id = s.role_profile_id AND r.skill_id = a.skill_id
            WHERE a.decided_level IS NOT NULL AND a.decided_level >= r.level AND s.status = 'active'
            AND NOT EXISTS (SELECT 1 FROM skill_assessments b WHERE b.staff_member_id = a.staff_member_id AND b.skill_id = a.skill_id
              AND b.decided_level IS NOT NULL AND (b.decided_at > a.decided_at OR (b.decided_at = a.decided_at AND b.id > a.id)))
            GROUP BY s.unit_id, a.skill_id
            """).all(decoding: Need.self).filter { groups.contains($0.unit_id) }
        let demand = Dictionary(grouping: needs, by: \.skill_id).mapValues { $0.map(\.n).reduce(0, +) }
        let top = demand.sorted { ($0.value, $1.key.uuidString) > ($1.value, $0.key.uuidString) }.prefix(coverageSkills).map(\.key)
        guard !top.isEmpty else { return [] }
        let names = try await SkillRefs.byID(Array(top), on: db)
        let neededBy = groups.sum(needs.compactMap { row in row.unit_id.map { (unit: $0, key: row.skill_id, n: row.n) } })
        let metBy = groups.sum(met.compactMap { row in row.unit_id.map { (unit: $0, key: row.skill_id, n: row.n) } })
        return top.map { skill in
            Coverage(skillID: skill, skillName: names[skill]?.name ?? "A skill",
                     needed: neededBy.compactMapValues { $0[skill] }, met: metBy.compactMapValues { $0[skill] })
        }
    }
}
