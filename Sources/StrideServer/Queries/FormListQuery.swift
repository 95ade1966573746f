import Fluent
import Foundation
import SQLKit
import StrideCore

/// Lists of forms for the API and the Reports Board: what the viewer may see (the core
/// `AppraisalVisibility`, applied in the database), filtered, a page at a time by id.
enum FormListQuery {
    /// A form as a list shows it.
    struct Row: Decodable, Sendable {
        let id: UUID
        let kind: AppraisalFormKind
        let state: AppraisalState
        let record_version: Int
        let cycle_id: UUID
        let label: String
        let contract_type: ContractType
        let due: CalendarDate
        let staff_id: UUID
        let name: String
        let staff_number: String
        let unit_id: UUID?
        let unit_name: String?
        let appraiser_id: UUID?
        let appraiser_name: String?
    }

    struct Filter: Sendable {
        var state: AppraisalState?
        var kind: AppraisalFormKind?
        var unitID: UUID?
        var contract: ContractType?
        /// Only forms past their due date without both signatures, as of this day.
        var overdueOn: CalendarDate?
    }

    /// Each form's due date: its phase's, from the cycle (the probationary report is due on its date).
    static var dueDate: SQLQueryString {
        """
        CASE f.kind WHEN \(bind: AppraisalFormKind.beginning.rawValue) THEN c.beginning_due
          WHEN \(bind: AppraisalFormKind.midterm.rawValue) THEN c.midterm_due
          WHEN \(bind: AppraisalFormKind.end.rawValue) THEN c.end_due ELSE c.probation_report_date END
        """
    }

    /// Forms the viewer may see, in id order after `cursor`; one more than `limit` is read to
    /// tell whether another page follows.
    static func page(_ visibility: AppraisalVisibility, filter: Filter, after cursor: UUID?, limit: Int,
                     on db: any Database) async throws -> (rows: [Row], next: UUID?) {
        var conditions: [SQLQueryString] = []
        if !visibility.staff.everyone {
            var seen: SQLQueryString = "\(StaffVisibilityQuery.condition(visibility.staff)) OR c.appraiser_id = \(bind: visibility.appraiser)"
            if visibility.reportsBoard {
                seen = "\(seen) OR f.state IN (\(binds: AppraisalVisibility.sentToReportsBoard.map(\.rawValue)))"
            }
            conditions.append("(\(seen))")
        }
        if let state = filter.state { conditions.append("f.state = \(bind: state.rawValue)") }
        if let kind = filter.kind { conditions.append("f.kind = \(bind: kind.rawValue)") }
        if let unit = filter.unitID { conditions.append("s.unit_id = \(bind: unit)") }
        if let contract = filter.contract { conditions.append("c.contract_type = \(bind: contract.rawValue)") }
        if let today = filter.overdueOn {
            // Dates are stored as `YYYY-MM-DD`, so they compare as text on both databases.
            conditions.append("f.state IN (\(binds: AppraisalState.awaitingSignature.map(\.rawValue))) AND \(dueDate) < \(bind: today.iso)")
        }
        if let cursor { conditions.append("f.id > \(bind: cursor)") }
        let whereClause = conditions.isEmpty ? SQLQueryString("1 = 1") : conditions.dropFirst().reduce(conditions[0]) { "\($0) AND \($1)" }
        let rows = try await db.sql().raw("""
            SELECT f.id, f.kind, f.state, f.record_version, c.id AS cycle_id, c.label, c.contract_type, \(dueDate) AS due,
              s.id AS staff_id, s.name, s.staff_number, s.unit_id, u.name AS unit_name, c.appraiser_id, a.name AS appraiser_name
            FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id JOIN staff_members s ON s.id = c.staff_member_id
              LEFT JOIN organisational_units u ON u.id = s.unit_id LEFT JOIN staff_members a ON a.id = c.appraiser_id
              JOIN staff_members v ON v.id = \(bind: visibility.appraiser)
            WHERE \(whereClause)
            ORDER BY f.id LIMIT \(bind: limit + 1)
            """).all(decoding: Row.self)
        return (Array(rows.prefix(limit)), rows.count > limit ? rows[limit - 1].id : nil)
    }
}
