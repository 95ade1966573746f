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
        let start_date: CalendarDate
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
        var states: [AppraisalState]?
        var kind: AppraisalFormKind?
        var unitID: UUID?
        var contract: ContractType?
        /// Only forms due before this day.
        var dueBefore: CalendarDate?
        /// Leave out this person's own forms and those they appraise (a Board member's, in the Board's queue).
        var notOf: UUID?
        /// Only the forms of cycles this person appraises.
        var appraiser: UUID?
    }

    /// The order of a list: by id after a cursor (the API), or by due date then name, a page at
    /// an offset (pages people read).
    enum Ordering: Sendable {
        case id(after: UUID?)
        case due(offset: Int)
    }

    /// Each form's due date, as kept on the form (migration 019).
    static let dueDate: SQLQueryString = "f.due_on"

    /// Forms the viewer may see, in the order asked; one more than `limit` is read to tell
    /// whether another page follows (`next` is the cursor of the next page in id order).
    static func page(_ visibility: AppraisalVisibility, filter: Filter, order: Ordering, limit: Int, today: CalendarDate,
                     on db: any Database) async throws -> (rows: [Row], next: UUID?) {
        var conditions = self.conditions(visibility, filter, today: today)
        let orderBy: SQLQueryString
        switch order {
        case .id(let cursor):
            if let cursor { conditions.append("f.id > \(bind: cursor)") }
            orderBy = "ORDER BY f.id LIMIT \(bind: limit + 1)"
        case .due(let offset):
            orderBy = "ORDER BY due, s.name, f.id LIMIT \(bind: limit + 1) OFFSET \(bind: offset)"
        }
        let rows = try await db.sql().raw("""
            SELECT f.id, f.kind, f.state, f.record_version, c.id AS cycle_id, c.label, c.start_date, c.contract_type, \(dueDate) AS due,
              s.id AS staff_id, s.name, s.staff_number, s.unit_id, u.name AS unit_name, a.id AS appraiser_id, a.name AS appraiser_name
            FROM \(source(visibility)) LEFT JOIN organisational_units u ON u.id = s.unit_id
              LEFT JOIN staff_members a ON a.id = \(DelegationQuery.effectiveAppraiser(on: today))
            WHERE \(joined(conditions)) \(orderBy)
            """).all(decoding: Row.self)
        return (Array(rows.prefix(limit)), rows.count > limit ? rows[limit - 1].id : nil)
    }

    /// How many forms the viewer may see under `filter`.
    static func count(_ visibility: AppraisalVisibility, filter: Filter, today: CalendarDate, on db: any Database) async throws -> Int {
        struct Count: Decodable { let n: Int }
        return try await db.sql().raw("SELECT COUNT(*) AS n FROM \(source(visibility)) WHERE \(joined(conditions(visibility, filter, today: today)))")
            .first(decoding: Count.self)?.n ?? 0
    }

    /// The viewer's own row joins as `v`, which the staff visibility rule reads.
    private static func source(_ visibility: AppraisalVisibility) -> SQLQueryString {
        """
        appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id JOIN staff_members s ON s.id = c.staff_member_id
          JOIN staff_members v ON v.id = \(bind: visibility.appraiser)
        """
    }

    private static func conditions(_ visibility: AppraisalVisibility, _ filter: Filter, today: CalendarDate) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        let appraiser = DelegationQuery.effectiveAppraiser(on: today)
        if !visibility.seesEveryForm(in: filter.states) && !visibility.seesEveryForm(appraisedBy: filter.appraiser) {
            var seen: SQLQueryString = "\(StaffVisibilityQuery.condition(visibility.staff)) OR \(appraiser) = \(bind: visibility.appraiser)"
            if visibility.reportsBoard {
                seen = "\(seen) OR f.state IN (\(binds: AppraisalVisibility.sentToReportsBoard.map(\.rawValue)))"
            }
            conditions.append("(\(seen))")
        }
        if let states = filter.states { conditions.append("f.state IN (\(binds: states.map(\.rawValue)))") }
        if let kind = filter.kind { conditions.append("f.kind = \(bind: kind.rawValue)") }
        if let unit = filter.unitID { conditions.append("s.unit_id = \(bind: unit)") }
        if let contract = filter.contract { conditions.append("c.contract_type = \(bind: contract.rawValue)") }
        // Dates are stored as `YYYY-MM-DD`, so they compare as text on both databases.
        if let day = filter.dueBefore { conditions.append("\(dueDate) < \(bind: day.iso)") }
        if let person = filter.notOf {
            conditions.append("s.id <> \(bind: person) AND COALESCE(\(appraiser), s.id) <> \(bind: person)")
        }
        if let person = filter.appraiser {
            // The cycles opened with them, or delegated to them, first: both are index lookups, where
            // the effective appraiser alone is a subquery per form of the whole organisation.
            // As one set of cycle ids: PostgreSQL cannot use an index for an OR with a subquery.
            conditions.append("""
                c.id IN (SELECT k.id FROM appraisal_cycles k WHERE k.appraiser_id = \(bind: person)
                  UNION SELECT k.id FROM appraisal_cycles k JOIN appraisal_delegations d ON d.staff_member_id = k.staff_member_id
                  WHERE d.delegate_id = \(bind: person) AND d.revoked_at IS NULL)
                AND \(appraiser) = \(bind: person)
                """)
        }
        return conditions
    }

    private static func joined(_ conditions: [SQLQueryString]) -> SQLQueryString {
        conditions.dropFirst().reduce(conditions.first ?? "1 = 1") { "\($0) AND \($1)" }
    }
}
