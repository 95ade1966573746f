import Foundation
import StrideCore

extension AuditRecordKind {
    /// "Appraisal form": the stored code as people read it.
    var displayName: String {
        let words = rawValue.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// The model of `audit/index.leaf`: the filters, a page of events, and the links on.
struct AuditTrailModel: Encodable {
    struct Row: Encodable {
        let when: String
        let machineTime: String
        let actor: String
        let actorHref: String?
        let action: String
        let record: String
        let recordHref: String?
        let summary: String
    }

    let filterAction: String
    let fields: [FormField]
    let rows: [Row]
    let olderHref: String?
    let newestHref: String?
    let csvHref: String
    let hasErrors: Bool

    static let pageSize = 50

    init(filter: AuditTrailFilter, events: [AuditTrailQuery.Event], more: Bool, errors: [FieldError]) {
        filterAction = StridePath.auditTrail.href
        hasErrors = !errors.isEmpty
        let kind = filter.kind ?? ""
        fields = [
            FormField("person", .text, label: "Changed by", hint: "Staff ID or email", value: filter.person, errors: errors, width: "20"),
            FormField("kind", .select, label: "Kind of record", value: kind, errors: errors,
                      options: [.init(value: "", label: "Any", selected: kind.isEmpty)]
                          + AuditRecordKind.allCases.sorted { $0.displayName < $1.displayName }.map {
                              .init(value: $0.rawValue, label: $0.displayName, selected: $0.rawValue == kind)
                          }),
            FormField("record", .text, label: "Record id (optional)", value: filter.record, errors: errors, width: "20"),
            FormField("from", .date, label: "From", hint: "For example, 2026-01-01", value: filter.from, errors: errors, width: "10"),
            FormField("to", .date, label: "To", hint: "The last day included", value: filter.to, errors: errors, width: "10"),
        ]
        rows = events.map { event in
            Row(when: DisplayDate.instant(event.occurred_at), machineTime: DisplayDate.machine(event.occurred_at),
                actor: event.actor_name ?? "Stride (an import, the demo or a scheduled job)",
                actorHref: event.actor_id.map { StridePath.staffMember($0).href },
                action: event.action.rawValue.replacingOccurrences(of: "_", with: " "),
                record: event.entity.displayName,
                recordHref: event.entity_id.map { id in
                    var scoped = filter
                    scoped.kind = event.entity.rawValue
                    scoped.record = id.uuidString.lowercased()
                    scoped.before = nil
                    return StridePath.auditTrail.href + scoped.query(before: nil)
                },
                summary: event.summary)
        }
        olderHref = more ? events.last.map { StridePath.auditTrail.href + filter.query(before: $0.cursor) } : nil
        newestHref = filter.before != nil ? StridePath.auditTrail.href + filter.query(before: nil) : nil
        var unpaged = filter
        unpaged.before = nil
        csvHref = StridePath.auditTrailExport.href + unpaged.query(before: nil)
    }
}
