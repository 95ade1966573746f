import Fluent
import Foundation
import SQLKit
import StrideCore

/// Upward feedback rounds as lists and pages read them. Nothing here reads a response: the only
/// reader of responses is the close, which compiles them.
enum UpwardFeedbackQueries {
    /// A round in a list: the chief's name, and the viewer's own invitation.
    struct Listed: Sendable {
        let round: UpwardFeedbackRound
        let chiefName: String
        let unitName: String?
        /// The chief's supervisor and that supervisor's supervisor, when they have them.
        let supervisors: [UUID]
        let invitation: UpwardFeedbackRoundSubject.Invitation
    }

    /// The template new rounds open with: HR's, or the standard one until HR changes it.
    static func template(on db: any Database) async throws -> UpwardFeedbackTemplate {
        guard let record = try await UpwardFeedbackTemplateRecord.query(on: db).first(),
              let threshold = AnonymityThreshold(record.threshold),
              let questions = try? JSONDecoder().decode([UpwardFeedbackQuestion].self, from: Data(record.questions.utf8))
        else { return .standard }
        return UpwardFeedbackTemplate(threshold: threshold, includeSubUnits: record.includeSubUnits, questions: questions)
    }

    /// Active staff heading at least one unit, by name.
    static func chiefs(on db: any Database) async throws -> [(id: UUID, name: String)] {
        struct Row: Decodable { let id: UUID; let name: String }
        return try await db.sql().raw("""
            SELECT s.id, s.name FROM staff_members s
            WHERE s.status = \(bind: EmploymentStatus.active.rawValue) AND s.id IN (SELECT chief_id FROM organisational_units)
            ORDER BY s.name, s.id
            """).all(decoding: Row.self).map { ($0.id, $0.name) }
    }

    /// Who a round on `chief` invites: the active staff of the units the chief heads (and, when
    /// the template says so, every unit below them), never the chief.
    static func invitees(of chief: UUID, includeSubUnits: Bool, on db: any Database) async throws -> [UUID] {
        let headed: SQLQueryString = "chief_id = \(bind: chief)"
        let units = includeSubUnits ? OrganisationQueries.subtree(of: headed) : "SELECT id FROM organisational_units WHERE \(headed)"
        struct Row: Decodable { let id: UUID }
        return try await db.sql().raw("""
            SELECT id FROM staff_members
            WHERE status = \(bind: EmploymentStatus.active.rawValue) AND id <> \(bind: chief) AND unit_id IN (\(units))
            ORDER BY id
            """).all(decoding: Row.self).map(\.id)
    }

    /// The rounds a viewer sees: HR every round; anyone else the rounds they are invited to, on
    /// themselves, and on the chiefs they supervise directly or one level further up. Open rounds
    /// first, then the latest.
    static func rounds(for viewer: Viewer, on db: any Database) async throws -> [Listed] {
        let everyone = viewer.isHRAdministrator
        let rows = try await db.sql().raw("""
            SELECT r.id, c.name AS chief_name, u.name AS unit_name, i.responded AS responded, i.id AS invitation_id,
              c.supervisor_id AS supervisor_id, cs.supervisor_id AS second_supervisor_id
            FROM upward_feedback_rounds r
            JOIN staff_members c ON c.id = r.chief_id
            LEFT JOIN organisational_units u ON u.id = c.unit_id
            LEFT JOIN staff_members cs ON cs.id = c.supervisor_id
            LEFT JOIN upward_feedback_invitations i ON i.round_id = r.id AND i.staff_member_id = \(bind: viewer.staffID)
            WHERE \(bind: everyone) OR r.chief_id = \(bind: viewer.staffID) OR c.supervisor_id = \(bind: viewer.staffID)
              OR cs.supervisor_id = \(bind: viewer.staffID) OR i.id IS NOT NULL
            """).all(decoding: ListedRow.self)
        let rounds = Dictionary(uniqueKeysWithValues: try await UpwardFeedbackRound.query(on: db).filter(\.$id ~~ rows.map(\.id)).all()
            .map { ($0.id!, $0) })
        return rows.compactMap { row in
            rounds[row.id].map {
                Listed(round: $0, chiefName: row.chief_name, unitName: row.unit_name,
                       supervisors: [row.supervisor_id, row.second_supervisor_id].compactMap { $0 }, invitation: row.invitation)
            }
        }.sorted { a, b in
            (a.round.isOpen ? 0 : 1, b.round.closesOn, a.chiefName) < (b.round.isOpen ? 0 : 1, a.round.closesOn, b.chiefName)
        }
    }

    private struct ListedRow: Decodable {
        let id: UUID
        let chief_name: String
        let unit_name: String?
        let responded: Bool?
        let invitation_id: UUID?
        let supervisor_id: UUID?
        let second_supervisor_id: UUID?

        var invitation: UpwardFeedbackRoundSubject.Invitation {
            invitation_id == nil ? .notInvited : responded == true ? .responded : .invited
        }
    }

    /// One round with its chief and the viewer's invitation, as its access policy needs it.
    struct Loaded: Sendable {
        let round: UpwardFeedbackRound
        let chief: StaffRows.Listed
        let subject: UpwardFeedbackRoundSubject
    }

    static func load(_ id: UUID, for viewer: Viewer, on db: any Database) async throws -> Loaded? {
        guard let round = try await UpwardFeedbackRound.find(id, on: db),
              let chief = try await StaffRows.personAndSupervisor(round.$chief.id, on: db)?.person else { return nil }
        let invitation = try await UpwardFeedbackInvitation.query(on: db).filter(\.$round.$id == id)
            .filter(\.$staffMember.$id == viewer.staffID).first()
        let subject = UpwardFeedbackRoundSubject(
            chiefID: chief.record.id, chiefSupervisors: chief.path.ancestors, isOpen: round.isOpen,
            invitation: invitation.map { $0.responded ? .responded : .invited } ?? .notInvited)
        return Loaded(round: round, chief: chief, subject: subject)
    }

    /// A round's invitees by name, with whether each has responded: HR's list, for reminders.
    static func invitations(of roundID: UUID, on db: any Database) async throws -> [(person: StaffRows.Person, responded: Bool)] {
        struct Row: Decodable { let staff_member_id: UUID; let responded: Bool }
        let rows = try await db.sql().raw("""
            SELECT staff_member_id, responded FROM upward_feedback_invitations WHERE round_id = \(bind: roundID)
            """).all(decoding: Row.self)
        let responded = Dictionary(uniqueKeysWithValues: rows.map { ($0.staff_member_id, $0.responded) })
        return try await StaffRows.withIDs(rows.map(\.staff_member_id), on: db)
            .sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
            .map { ($0, responded[$0.id] ?? false) }
    }

    /// The latest closed round on a chief that closed within a cycle's dates: the report the
    /// supervisor's supervisor weighs at that cycle's End of Cycle.
    static func closedRound(on chief: UUID, from start: CalendarDate, to end: CalendarDate, on db: any Database) async throws -> UpwardFeedbackRound? {
        try await UpwardFeedbackRound.query(on: db).filter(\.$chief.$id == chief).filter(\.$status == .closed)
            .filter(\.$closesOn >= start).filter(\.$closesOn <= end).sort(\.$closesOn, .descending).first()
    }

    /// The open rounds a person is invited to and has not answered, closing soonest first: one
    /// statement, from the invitations' index on the person.
    static func awaiting(_ staffID: UUID, on db: any Database) async throws -> [(roundID: UUID, chief: String, closesOn: CalendarDate)] {
        struct Row: Decodable { let id: UUID; let name: String; let closes_on: CalendarDate }
        return try await db.sql().raw("""
            SELECT r.id, c.name, r.closes_on FROM upward_feedback_invitations i
            JOIN upward_feedback_rounds r ON r.id = i.round_id JOIN staff_members c ON c.id = r.chief_id
            WHERE i.staff_member_id = \(bind: staffID) AND i.responded = \(bind: false) AND r.status = \(bind: UpwardFeedbackStatus.open.rawValue)
            ORDER BY r.closes_on, c.name
            """).all(decoding: Row.self).map { ($0.id, $0.name, $0.closes_on) }
    }
}
