import Foundation
import StrideCore

/// The model of `appraisals/delegations.leaf`: the delegations with where each stands, and the
/// form to record a new one.
struct DelegationsModel: Encodable {
    struct Row: Encodable {
        let staff: String
        let delegate: String
        let period: String
        let status: String
        let statusColour: String
        /// Where to revoke it; nil once revoked or ended.
        let revokeAction: String?
        let revokeLabel: String
    }

    let rows: [Row]
    let fields: [FormField]
    let action: String

    init(rows: [DelegationList.Row], viewer: Viewer, form: DelegationInput, errors: [FieldError], today: CalendarDate) {
        self.rows = rows.map { row in
            let ended = row.ends_on.map { $0 <= today } ?? false
            let (status, colour): (String, String) = if row.revoked_at != nil { ("Revoked", "grey") }
                else if ended { ("Ended", "grey") }
                else if row.starts_on > today { ("Starts \(DisplayDate.long(row.starts_on))", "blue") }
                else { ("Running", "green") }
            let manageable = DelegationPolicy.decide(viewer, .manage, .init(staffUnitID: row.unit_id)).isAllowed
            return Row(staff: "\(row.staff_name) (\(row.staff_number))", delegate: "\(row.delegate_name) (\(row.delegate_number))",
                       period: "From \(DisplayDate.long(row.starts_on))" + (row.ends_on.map { " until \(DisplayDate.long($0))" } ?? ", until revoked"),
                       status: status, statusColour: colour,
                       revokeAction: row.revoked_at == nil && !ended && manageable ? StridePath.revokeDelegation(row.id).href : nil,
                       revokeLabel: "Revoke the delegation of \(row.staff_name)'s appraisal")
        }
        fields = [
            FormField("staffNumber", .text, label: "Staff ID or email of the person whose appraisal you delegate", value: form.staffNumber,
                      errors: errors, width: "20"),
            FormField("delegateNumber", .text, label: "Staff ID or email of the manager who appraises instead",
                      hint: "The manager of a smaller unit within the units you head.", value: form.delegateNumber, errors: errors, width: "20"),
            FormField("startsOn", .date, label: "Starts on", hint: "For example, 2026-03-01", value: form.startsOn, errors: errors, width: "10"),
            FormField("endsOn", .date, label: "Ends on (optional)", hint: "The first day it no longer runs; leave empty for until revoked.",
                      value: form.endsOn, errors: errors, width: "10"),
        ]
        action = StridePath.delegations.href
    }
}
