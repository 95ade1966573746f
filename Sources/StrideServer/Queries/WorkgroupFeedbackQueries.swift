import Fluent
import Foundation
import SQLKit
import StrideCore

/// Feedback given in workgroups, as the workgroup's page and a member's cycle timeline read it.
enum WorkgroupFeedbackQueries {
    struct Listed: Decodable, Sendable {
        let id: UUID
        let given_at: Date
        let kind: WorkgroupFeedbackKind
        let text: String
        let member_id: UUID
        let member_name: String
        let giver_id: UUID?
        let giver_name: String?
        let workgroup_id: UUID
        let workgroup_name: String
        let task_title: String?
    }

    private static let listed: SQLQueryString = """
        SELECT f.id, f.given_at, f.kind, f.text, f.member_id, m.name AS member_name, f.giver_id, g.name AS giver_name,
          f.workgroup_id, w.name AS workgroup_name, t.title AS task_title
        FROM workgroup_feedback f JOIN staff_members m ON m.id = f.member_id LEFT JOIN staff_members g ON g.id = f.giver_id
          JOIN workgroups w ON w.id = f.workgroup_id LEFT JOIN work_tasks t ON t.id = f.task_id
        """

    /// A workgroup's feedback, newest first.
    static func inWorkgroup(_ groupID: UUID, on db: any Database) async throws -> [Listed] {
        try await db.sql().raw("\(listed) WHERE f.workgroup_id = \(bind: groupID) ORDER BY f.given_at DESC, f.id DESC").all(decoding: Listed.self)
    }

    /// A person's feedback in every workgroup from `start` until `end` (a cycle's), oldest first.
    static func forMember(_ memberID: UUID, from start: CalendarDate, until end: CalendarDate, on db: any Database) async throws -> [Listed] {
        try await db.sql().raw("""
            \(listed) WHERE f.member_id = \(bind: memberID) AND f.given_at >= \(bind: start.start) AND f.given_at < \(bind: end.start)
            ORDER BY f.given_at, f.id
            """).all(decoding: Listed.self)
    }
}
