import Fluent
import Foundation
import SQLKit
import StrideCore

/// A manager's dashboard: everyone they supervise, directly or through others (their subtree of
/// the supervision tree, on the path index), and only them.
struct TeamDashboardQuery: Sendable {
    struct Member: Decodable, Sendable {
        let id: UUID
        let name: String
        let supervisor_id: UUID?
        let role_profile_id: UUID?
    }

    struct Form: Decodable, Sendable {
        let id: UUID
        let kind: AppraisalFormKind
        let state: AppraisalState
        let due_on: CalendarDate?
        let staff_member_id: UUID
    }

    let managerID: UUID
    let team: [Member]
    let forms: [Form]
    let objectives: [ObjectiveQueries.Loaded]
    let gaps: [UUID: [SkillGap]]
    let plans: [ImprovementPlanRecord]
    let waiting: [SkillAssessmentQueries.Waiting]
    let today: CalendarDate
    private let names: [UUID: String]

    init(managerID: UUID, team: [Member], forms: [Form], objectives: [ObjectiveQueries.Loaded], gaps: [UUID: [SkillGap]],
         plans: [ImprovementPlanRecord], waiting: [SkillAssessmentQueries.Waiting], today: CalendarDate) {
        self.managerID = managerID
        self.team = team
        self.forms = forms
        self.objectives = objectives
        self.gaps = gaps
        self.plans = plans
        self.waiting = waiting
        self.today = today
        names = Dictionary(team.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    static func load(managerID: UUID, today: CalendarDate, db: any Database) async throws -> TeamDashboardQuery {
        let sql = try db.sql()
        guard let manager = try await StaffMember.find(managerID, on: db), let path = TreePath(stored: manager.supervisionPath) else {
            throw StrideError.notFound("The staff member")
        }
        let team = try await sql.raw("""
            SELECT id, name, supervisor_id, role_profile_id FROM staff_members
            WHERE supervision_path > \(bind: path.text) AND supervision_path < \(bind: path.upperBound) AND status = 'active'
            ORDER BY name, id
            """).all(decoding: Member.self)
        let ids = team.map(\.id)
        guard !ids.isEmpty else {
            return TeamDashboardQuery(managerID: managerID, team: [], forms: [], objectives: [], gaps: [:], plans: [], waiting: [], today: today)
        }
        // The forms of the cycles running this month or later, the same window as HR's dashboard.
        let forms = try await sql.raw("""
            SELECT f.id, f.kind, f.state, f.due_on, c.staff_member_id FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id
            WHERE c.staff_member_id IN (\(binds: ids)) AND c.end_date >= \(bind: String(today.iso.prefix(7)) + "-01")
            ORDER BY f.due_on, f.id
            """).all(decoding: Form.self)
        let objectives = try await ObjectiveQueries.load(
            try await WorkgroupObjective.query(on: db).filter(\.$owner.$id ~~ ids).filter(\.$dueOn >= today.adding(months: -1))
                .sort(\.$dueOn).all(), today: today, on: db)
        let roles = try await SkillRequirementTable.roles.read(Array(Set(team.compactMap(\.role_profile_id))), on: db)
        let inTeam: SQLQueryString = "SELECT id FROM staff_members WHERE id IN (\(binds: ids))"
        let levels = try await SkillAssessmentQueries.confirmedLevels(ofStaffIn: inTeam, on: db)
        var gaps: [UUID: [SkillGap]] = [:]
        for member in team {
            guard let role = member.role_profile_id, let requirements = roles[role] else { continue }
            gaps[member.id] = SkillGaps.gaps(requirements, confirmed: levels[member.id] ?? [:])
        }
        let plans = try await ImprovementPlanRecord.query(on: db).filter(\.$staffMember.$id ~~ ids)
            .filter(\.$stage ~~ [ImprovementPlanStage.open, .reviewed]).sort(\.$reviewDueOn).all()
        let waiting = try await SkillAssessmentQueries.waiting(for: managerID, today: today, on: db)
        return TeamDashboardQuery(managerID: managerID, team: team, forms: forms, objectives: objectives, gaps: gaps, plans: plans,
                                  waiting: waiting, today: today)
    }

    /// A member's name; by dictionary, since the views ask once per form, gap and plan of a team
    /// that can be thousands strong.
    func name(_ id: UUID) -> String { names[id] ?? "" }

    /// A form still owed on a day already past.
    func isOverdue(_ form: Form) -> Bool { !form.state.isSigned && (form.due_on.map { $0 < today } ?? false) }
}
