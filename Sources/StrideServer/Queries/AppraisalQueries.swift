import Fluent
import Foundation
import SQLKit
import StrideCore

/// Reads of appraisal cycles and forms for pages.
enum AppraisalQueries {
    /// A form of one of a person's opened cycles, as lists show it.
    struct OpenedForm: Decodable, Sendable {
        let form_id: UUID
        let kind: AppraisalFormKind
        let state: AppraisalState
        let start_date: CalendarDate
        let label: String
    }

    /// A person's cycles under the current policies, from entry on duty to two years after `today`.
    static func cycles(of person: StaffRows.Listed, on db: any Database, today: CalendarDate) async throws -> [ScheduledCycle] {
        let details = person.record.details
        return CycleSchedule.cycles([.init(details.contractType, from: details.entryOnDuty)], until: today.adding(months: 24),
                                    policies: try await CyclePolicyService.all(on: db))
    }

    /// Every form of a person's opened cycles, by cycle start then phase.
    static func forms(of staffID: UUID, on db: any Database) async throws -> [OpenedForm] {
        try await db.sql().raw("""
            SELECT f.id AS form_id, f.kind, f.state, c.start_date, c.label
            FROM appraisal_cycles c JOIN appraisal_forms f ON f.cycle_id = c.id
            WHERE c.staff_member_id = \(bind: staffID)
            ORDER BY c.start_date, f.created_at
            """).all(decoding: OpenedForm.self)
    }
}
