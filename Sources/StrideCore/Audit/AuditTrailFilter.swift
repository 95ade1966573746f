import Foundation

/// The audit viewer's filters, checked: who acted, which kind of record (and which record), and
/// the days (UTC) from and to, with where the page starts.
public struct AuditTrailCriteria: Sendable {
    public var actorID: UUID?
    public var kind: AuditRecordKind?
    public var recordID: UUID?
    /// The first instant included, and the first excluded.
    public var from: Date?
    public var until: Date?
    /// The last event of the page before.
    public var before: (at: Date, id: UUID)?

    public init() {}

    /// The criteria as typed, or the problems by field: `person` (staff ID or email, which the
    /// caller looked up: `actor` is who it found), `kind`, `record` (a UUID), `from` and `to`
    /// (dates, `to` not before `from`). A cursor that does not read is ignored (the first page).
    public static func validate(person: String?, actor: UUID?, kind: String?, record: String?, from: String?, to: String?,
                                before: String?) -> Validated<AuditTrailCriteria> {
        var check = FieldChecker()
        var criteria = AuditTrailCriteria()
        func given(_ raw: String?) -> String? {
            raw.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        if let person = given(person) {
            if let actor { criteria.actorID = actor } else { check.add("person", "No staff member has the staff ID or email \(person)") }
        }
        if given(kind) != nil { criteria.kind = check.choice("kind", kind, missing: "Choose a kind of record from the list") }
        if let record = given(record) {
            criteria.recordID = UUID(uuidString: record)
            if criteria.recordID == nil { check.add("record", "The record's id is a UUID, like 0b6f8f8e-4f3c-4d0e-9d7e-3f1b2a9c5d10") }
        }
        let first = check.date("from", from, name: "From", missing: nil), last = check.date("to", to, name: "To", missing: nil)
        if let first, let last, last < first { check.add("to", "The last day must be on or after the first") }
        criteria.from = first.map(\.start)
        criteria.until = last.map { $0.adding(days: 1).start }
        if let before = given(before), let cut = before.firstIndex(of: "_"), let seconds = Double(before[..<cut]),
           let id = UUID(uuidString: String(before[before.index(after: cut)...])) {
            criteria.before = (Date(timeIntervalSince1970: seconds), id)
        }
        return check.result(criteria)
    }
}
