import Foundation
import StrideCore

/// The audit viewer's filters as the query string carries them (`AuditTrailCriteria` checks
/// them), with the page's cursor: the last event of the page before, as `seconds_id`.
struct AuditTrailFilter: Decodable, Sendable {
    var person: String?
    var kind: String?
    var record: String?
    var from: String?
    var to: String?
    var before: String?

    func check(actor: UUID?) -> Validated<AuditTrailCriteria> {
        AuditTrailCriteria.validate(person: person, actor: actor, kind: kind, record: record, from: from, to: to, before: before)
    }

    /// The same filters as a query string, with another cursor (or none).
    func query(before cursor: String?) -> String {
        let items = [("person", person), ("kind", kind), ("record", record), ("from", from), ("to", to), ("before", cursor)]
            .compactMap { name, value in value.flatMap { $0.isEmpty ? nil : "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" } }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }
}
