import Fluent
import StrideCore
import Vapor

/// HR's audit viewer: the trail filtered by who acted, which record and which days, a page at a
/// time; and every matching event as CSV, streamed a thousand at a time so a long trail never
/// sits in memory.
struct AuditTrailController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.auditTrail, use: index)
        routes.get(.auditTrailExport, use: export)
    }

    static let exportBatch = 1_000

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.view, AuditTrail())
        let filter = try req.query.decode(AuditTrailFilter.self)
        let checked = try await Self.check(filter, req)
        guard let value = checked.value else {
            let model = AuditTrailModel(filter: filter, events: [], more: false, errors: checked.errors)
            return try await req.renderPage("audit/index", title: "Audit trail", model, errors: checked.errors, status: .unprocessableEntity)
        }
        let page = try await AuditTrailQuery.page(value, limit: AuditTrailModel.pageSize, on: req.db)
        return try await req.renderPage("audit/index", title: "Audit trail",
                                        AuditTrailModel(filter: filter, events: page.events, more: page.more, errors: []))
    }

    @Sendable func export(req: Request) async throws -> Response {
        try req.authorize(.view, AuditTrail())
        let filter = try req.query.decode(AuditTrailFilter.self)
        guard var checked = try await Self.check(filter, req).value else {
            throw StrideError.badRequest("The filters are not valid: open the audit trail to see why.")
        }
        checked.before = nil
        let db = req.db, start = checked
        let response = Response.csv("", filename: "audit-trail-\(req.clock.today().iso).csv")
        response.body = .init(managedAsyncStream: { writer in
            try await writer.write(.buffer(ByteBuffer(string: CSV.row(["occurred_at", "actor", "action", "record_kind", "record_id", "summary"]))))
            var filter = start
            while true {
                let page = try await AuditTrailQuery.page(filter, limit: Self.exportBatch, on: db)
                var text = ""
                for event in page.events {
                    text += CSV.row([DisplayDate.machine(event.occurred_at), event.actor_name ?? "Stride", event.action.rawValue,
                                     event.entity.rawValue, event.entity_id?.uuidString.lowercased() ?? "", event.summary])
                }
                if !text.isEmpty { try await writer.write(.buffer(ByteBuffer(string: text))) }
                guard page.more, let last = page.events.last else { break }
                filter.before = (last.occurred_at, last.id)
            }
        })
        return response
    }

    private static func check(_ filter: AuditTrailFilter, _ req: Request) async throws -> Validated<AuditTrailCriteria> {
        let person = try await filter.person.asyncMap { try await StaffLookup.find(reference: $0, on: req.db) } ?? nil
        return filter.check(actor: person?.id)
    }
}
