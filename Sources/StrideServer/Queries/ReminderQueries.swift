import Fluent
import Foundation
import SQLKit
import StrideCore

/// What is due or overdue as of a day, as reminders to send: one set-based statement per kind,
/// however many people there are.
enum ReminderQueries {
    /// A reminder worked out, before it is stored.
    struct Candidate: Sendable {
        let kind: ReminderKind
        let subject: UUID
        let recipient: UUID
        let stage: ReminderStage
        let title: String
        let body: String
        let link: StridePath

        var key: String { ReminderRules.key(kind, subject: subject, recipient: recipient, stage: stage) }
    }

    static func candidates(today: CalendarDate, on db: any Database) async throws -> [Candidate] {
        try await forms(today: today, on: db) + upwardFeedback(today: today, on: db) + colleagueFeedback(today: today, on: db)
            + planReviews(today: today, on: db) + skillDecisions(on: db)
    }

    /// Forms not yet signed by both, due within the notice period or overdue: to the staff member
    /// and to whoever appraises (a delegate is told through their own list).
    static func forms(today: CalendarDate, on db: any Database) async throws -> [Candidate] {
        struct Row: Decodable { let id: UUID; let kind: AppraisalFormKind; let due_on: CalendarDate; let staff_member_id: UUID; let appraiser_id: UUID?; let name: String }
        let open: [AppraisalState] = [.draft, .selfAssessed, .inDiscussion, .staffSigned, .returned]
        let rows = try await db.sql().raw("""
            SELECT f.id, f.kind, f.due_on, c.staff_member_id, c.appraiser_id, s.name
            FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id JOIN staff_members s ON s.id = c.staff_member_id
            WHERE f.state IN (\(binds: open.map(\.rawValue))) AND f.due_on <= \(bind: today.adding(days: ReminderRules.noticeDays))
              AND s.status = \(bind: EmploymentStatus.active.rawValue)
            """).all(decoding: Row.self)
        return rows.flatMap { row -> [Candidate] in
            guard let stage = ReminderRules.stage(dueOn: row.due_on, today: today) else { return [] }
            let when = stage == .dueSoon ? "is due on \(DisplayDate.long(row.due_on))" : "was due on \(DisplayDate.long(row.due_on)) and is not yet signed"
            return [row.staff_member_id, row.appraiser_id].compactMap { $0 }.map { recipient in
                Candidate(kind: .appraisalForm, subject: row.id, recipient: recipient, stage: stage,
                          title: "\(row.kind.displayName) \(stage == .dueSoon ? "due" : "overdue"): \(row.name)",
                          body: "The \(row.kind.displayName) of \(recipient == row.staff_member_id ? "your cycle" : row.name + "'s cycle") \(when).",
                          link: .appraisalForm(row.id))
            }
        }
    }

    /// Upward feedback invitations not answered: once when invited, once as the round nears its close.
    static func upwardFeedback(today: CalendarDate, on db: any Database) async throws -> [Candidate] {
        struct Row: Decodable { let round_id: UUID; let staff_member_id: UUID; let closes_on: CalendarDate; let name: String }
        let rows = try await db.sql().raw("""
            SELECT r.id AS round_id, i.staff_member_id, r.closes_on, c.name
            FROM upward_feedback_invitations i JOIN upward_feedback_rounds r ON r.id = i.round_id JOIN staff_members c ON c.id = r.chief_id
            WHERE i.responded = \(bind: false) AND r.status = \(bind: UpwardFeedbackStatus.open.rawValue)
            """).all(decoding: Row.self)
        return rows.flatMap { row in
            [ReminderStage.asked, ReminderRules.stage(dueOn: row.closes_on, today: today)].compactMap { $0 }.map { stage in
                Candidate(kind: .upwardFeedback, subject: row.round_id, recipient: row.staff_member_id, stage: stage,
                          title: "Upward feedback on \(row.name)",
                          body: "You are invited to give anonymous feedback on \(row.name) by \(DisplayDate.long(row.closes_on)). "
                              + "Nothing you answer is linked to you.",
                          link: .upwardFeedbackRound(row.round_id))
            }
        }
    }

    /// Feedback asked of a colleague on a probationer, not yet given.
    static func colleagueFeedback(today: CalendarDate, on db: any Database) async throws -> [Candidate] {
        struct Row: Decodable { let id: UUID; let colleague_id: UUID; let due_on: CalendarDate; let name: String }
        let rows = try await db.sql().raw("""
            SELECT q.id, q.colleague_id, q.due_on, s.name FROM colleague_feedback_requests q JOIN staff_members s ON s.id = q.staff_member_id
            WHERE q.given_at IS NULL
            """).all(decoding: Row.self)
        return rows.flatMap { row in
            [ReminderStage.asked, ReminderRules.stage(dueOn: row.due_on, today: today)].compactMap { $0 }.map { stage in
                Candidate(kind: .colleagueFeedback, subject: row.id, recipient: row.colleague_id, stage: stage,
                          title: "Feedback on \(row.name)'s probation",
                          body: "\(row.name) is on probation and you were named to give feedback on their work, by \(DisplayDate.long(row.due_on)).",
                          link: .colleagueFeedbackRequest(row.id))
            }
        }
    }

    /// Open improvement plans whose six-month review is near or past: to the person's manager.
    static func planReviews(today: CalendarDate, on db: any Database) async throws -> [Candidate] {
        struct Row: Decodable { let id: UUID; let review_due_on: CalendarDate; let supervisor_id: UUID?; let name: String }
        let rows = try await db.sql().raw("""
            SELECT p.id, p.review_due_on, s.supervisor_id, s.name FROM improvement_plans p JOIN staff_members s ON s.id = p.staff_member_id
            WHERE p.stage = \(bind: ImprovementPlanStage.open.rawValue) AND p.review_due_on <= \(bind: today.adding(days: ReminderRules.noticeDays))
            """).all(decoding: Row.self)
        return rows.compactMap { row in
            guard let manager = row.supervisor_id, let stage = ReminderRules.stage(dueOn: row.review_due_on, today: today) else { return nil }
            return Candidate(kind: .planReview, subject: row.id, recipient: manager, stage: stage,
                             title: "Improvement plan review: \(row.name)",
                             body: "The six-month review of \(row.name)'s improvement plan is due on \(DisplayDate.long(row.review_due_on)).",
                             link: .improvementPlan(row.id))
        }
    }

    /// Proposed skill levels waiting for the person's manager.
    static func skillDecisions(on db: any Database) async throws -> [Candidate] {
        struct Row: Decodable { let id: UUID; let staff_member_id: UUID; let supervisor_id: UUID?; let name: String }
        let rows = try await db.sql().raw("""
            SELECT a.id, a.staff_member_id, s.supervisor_id, s.name FROM skill_assessments a JOIN staff_members s ON s.id = a.staff_member_id
            WHERE a.status = \(bind: SkillAssessmentStatus.proposed.rawValue)
            """).all(decoding: Row.self)
        return rows.compactMap { row in
            row.supervisor_id.map { manager in
                Candidate(kind: .skillDecision, subject: row.id, recipient: manager, stage: .asked, title: "A skill level to decide: \(row.name)",
                          body: "\(row.name) proposed the level they work at in a skill; confirm it or set another.",
                          link: .staffSkills(row.staff_member_id))
            }
        }
    }
}
