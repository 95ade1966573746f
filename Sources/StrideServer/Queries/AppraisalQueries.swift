import Fluent
import Foundation
import SQLKit
import StrideCore

/// Reads of appraisal cycles and forms for pages.
enum AppraisalQueries {
    /// A form of one of a person's opened cycles, as lists show it.
    struct OpenedForm: Decodable, Sendable {
        let form_id: UUID
        let cycle_id: UUID
        let kind: AppraisalFormKind
        let state: AppraisalState
        let start_date: CalendarDate
        let label: String
    }

    /// A person's cycles from entry on duty to two years after `today`: those opened with the
    /// dates they were opened with (a later policy change does not move them), the others as
    /// the current policies time them.
    static func cycles(of person: StaffRows.Listed, on db: any Database, today: CalendarDate) async throws -> [ScheduledCycle] {
        let details = person.record.details
        let history = try await ContractHistories.history(of: person.record.id, details, on: db)
        let computed = history.cycles(until: today.adding(months: 24), policies: try await CyclePolicyService.all(on: db))
        let opened = try await AppraisalCycle.query(on: db).filter(\.$staffMember.$id == person.record.id).all().map(\.scheduled)
        let openedStarts = Set(opened.map(\.start))
        // An opened cycle stands for the computed one it overlaps, whatever the policy says now.
        let unopened = computed.filter { cycle in
            !openedStarts.contains(cycle.start) && !opened.contains { $0.start < cycle.end && cycle.start < $0.end }
        }
        return (opened + unopened).sorted { $0.start < $1.start }
    }

    /// Every form of a person's opened cycles, by cycle start then phase.
    static func forms(of staffID: UUID, on db: any Database) async throws -> [OpenedForm] {
        try await db.sql().raw("""
            SELECT f.id AS form_id, c.id AS cycle_id, f.kind, f.state, c.start_date, c.label
            FROM appraisal_cycles c JOIN appraisal_forms f ON f.cycle_id = c.id
            WHERE c.staff_member_id = \(bind: staffID)
            ORDER BY c.start_date, f.created_at
            """).all(decoding: OpenedForm.self)
    }
}

extension AppraisalQueries {
    /// A form past its due date and not yet signed by both, as HR's list shows it.
    struct OverdueForm: Decodable, Sendable {
        let form_id: UUID
        let kind: AppraisalFormKind
        let state: AppraisalState
        let label: String
        let due: CalendarDate
        let staff_id: UUID
        let name: String
        let staff_number: String
        let unit_name: String?
    }

    /// Dates are stored as `YYYY-MM-DD`, so they compare as text on both databases. The state is
    /// compared as an expression (`|| ''`) so that SQLite, which keeps no statistics here, reads
    /// the forms through the due-date index in date order rather than through the state index,
    /// which would match nearly every form and then sort them all.
    static func overdueFilter(_ today: CalendarDate) -> SQLQueryString {
        "(f.state || '') IN (\(binds: AppraisalState.awaitingSignature.map(\.rawValue))) AND \(FormListQuery.dueDate) < \(bind: today.iso)"
    }

    /// How many forms across the organisation are overdue on `today`.
    static func overdueCount(on today: CalendarDate, db: any Database) async throws -> Int {
        struct Count: Decodable { let n: Int }
        return try await db.sql().raw("SELECT COUNT(*) AS n FROM appraisal_forms f WHERE \(overdueFilter(today))")
            .first(decoding: Count.self)?.n ?? 0
    }

    /// A page of the overdue forms across the organisation, longest overdue first (those due the
    /// same day in the order they opened, which the index gives: after an opening, thousands share
    /// a day, and ordering them by name would sort them all for every page).
    static func overdue(on today: CalendarDate, offset: Int, limit: Int, db: any Database) async throws -> [OverdueForm] {
        try await db.sql().raw("""
            SELECT f.id AS form_id, f.kind, f.state, c.label, \(FormListQuery.dueDate) AS due, s.id AS staff_id, s.name, s.staff_number,
              u.name AS unit_name
            FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id JOIN staff_members s ON s.id = c.staff_member_id
              LEFT JOIN organisational_units u ON u.id = s.unit_id
            WHERE \(overdueFilter(today))
            ORDER BY f.due_on, f.id LIMIT \(bind: limit) OFFSET \(bind: offset)
            """).all(decoding: OverdueForm.self)
    }
}
