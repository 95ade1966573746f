import Fluent
import Foundation
import SQLKit
import StrideCore

/// Workgroup tasks as pages, the home page and the allocation ranking read them.
enum WorkTaskQueries {
    /// A task in a list, with its assignee's and workgroup's names.
    struct Listed: Decodable, Sendable {
        let id: UUID
        let title: String
        let description: String?
        let due_on: CalendarDate
        let status: WorkTaskStatus
        let assignee_id: UUID
        let assignee_name: String
        let workgroup_id: UUID
        let workgroup_name: String
        let objective_id: UUID?
    }

    private static let listed: SQLQueryString = """
        SELECT t.id, t.title, t.description, t.due_on, t.status, t.assignee_id, s.name AS assignee_name, t.workgroup_id, w.name AS workgroup_name, t.objective_id
        FROM work_tasks t JOIN staff_members s ON s.id = t.assignee_id JOIN workgroups w ON w.id = t.workgroup_id
        """

    /// A workgroup's tasks: open ones first, each by due date.
    static func inWorkgroup(_ groupID: UUID, on db: any Database) async throws -> [Listed] {
        try await db.sql().raw("""
            \(listed) WHERE t.workgroup_id = \(bind: groupID)
            ORDER BY CASE WHEN t.status IN (\(binds: openStatuses)) THEN 0 ELSE 1 END, t.due_on, t.title, t.id
            """).all(decoding: Listed.self)
    }

    /// One task as lists show it.
    static func task(_ id: UUID, on db: any Database) async throws -> Listed? {
        try await db.sql().raw("\(listed) WHERE t.id = \(bind: id)").first(decoding: Listed.self)
    }

    /// A person's open tasks in every workgroup, by due date: their home page.
    static func openTasks(of staffID: UUID, on db: any Database) async throws -> [Listed] {
        try await db.sql().raw("""
            \(listed) WHERE t.assignee_id = \(bind: staffID) AND t.status IN (\(binds: openStatuses)) ORDER BY t.due_on, t.title, t.id
            """).all(decoding: Listed.self)
    }

    static let openStatuses = WorkTaskStatus.allCases.filter(\.isOpen).map(\.rawValue)

    /// The members of a workgroup still in the organisation, ranked for a task needing
    /// `requirements`: their confirmed levels and their open tasks in any workgroup, in three
    /// statements. The words state the levels only of those in `shared` (whose records the reader
    /// may open).
    static func ranking(in groupID: UUID, for requirements: [SkillRequirement], shared: (Set<UUID>) async throws -> Set<UUID>,
                        on db: any Database) async throws -> [WorkAllocation.Ranked] {
        let members = try await WorkgroupQueries.members(of: groupID, on: db).filter(\.staff.isActive)
        let visible = try await shared(Set(members.map(\.staff.id)))
        let inGroup: SQLQueryString = "SELECT staff_member_id FROM workgroup_memberships WHERE workgroup_id = \(bind: groupID)"
        let levels = try await SkillAssessmentQueries.confirmedLevels(ofStaffIn: inGroup, on: db)
        struct Load: Decodable { let assignee_id: UUID; let n: Int }
        let loads = try await db.sql().raw("""
            SELECT assignee_id, COUNT(*) AS n FROM work_tasks
            WHERE assignee_id IN (\(inGroup)) AND status IN (\(binds: openStatuses)) GROUP BY assignee_id
            """).all(decoding: Load.self)
        let open = Dictionary(loads.map { ($0.assignee_id, $0.n) }, uniquingKeysWith: +)
        return WorkAllocation.rank(members.map {
            .init(id: $0.staff.id, name: $0.staff.name, levels: levels[$0.staff.id] ?? [:], openTasks: open[$0.staff.id] ?? 0,
                  levelsShared: visible.contains($0.staff.id))
        }, for: requirements)
    }
}
