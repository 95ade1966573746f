import Fluent
import StrideCore
import Vapor

/// The staff directory and staff profiles.
struct StaffController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.staff, use: index)
        routes.get(.staffMember(.key), use: show)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.browse, StaffDirectory())
        let text = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        // Email and staff ID are not on the public organisation chart.
        let (total, page, staff) = try await StaffDirectoryQuery.page(
            text, requested: req.query[String.self, at: "page"], pageSize: Self.pageSize,
            contactDetails: req.isAllowed(.searchContactDetails, StaffDirectory()),
            activeOnly: !req.isAllowed(.includeSeparated, StaffDirectory()), on: req.db)
        let openable = try await req.openableStaff(staff.compactMap(\.id))
        let canAdd = req.isAllowed(.create, StaffDirectory())
        let model = StaffIndexModel(
            query: text, searchAction: StridePath.staff.href,
            people: try staff.map { PersonSummary(try $0.record(), unitName: $0.unit?.name, canOpen: openable.contains($0.id!)) },
            total: total, caption: StaffIndexModel.caption(total: total, query: text),
            pagination: Pagination(page: page, pageSize: Self.pageSize, total: total, path: StridePath.staff.href,
                                   query: text.isEmpty ? [:] : ["q": text]),
            newHref: canAdd ? StridePath.newStaff.href : nil,
            importHref: req.isAllowed(.importCSV, StaffDirectory()) ? StridePath.importStaff.href : nil)
        return try await req.page("staff/index", title: "Staff", model)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        let subject = try req.staffSubject(staff)
        try req.authorize(.view, subject)
        let relation = StaffPolicy.relation(of: user.viewer, to: subject)
        let record = try staff.record()
        let reports = try await StaffProfileQuery.directReports(of: record.id, on: req.db)
        let data = try await StaffProfileQuery.load(staff, on: req.db)
        // The supervisor is linked only where the viewer could open that record too.
        let openable = try await req.openableStaff(reports.compactMap(\.id) + [data.supervisor?.id].compactMap { $0 })
        let linkSupervisor = data.supervisor.map { openable.contains($0.id) } ?? false
        var admin: AccountPanel?
        if req.isAllowed(.edit, subject) {
            admin = try await AccountQueries.panel(for: record, on: req.db)
        }
        let model = StaffShowModel(
            profile: StaffProfile(data, linkSupervisor: linkSupervisor),
            relation: StaffShowModel.describe(relation),
            reports: try reports.map { PersonSummary(try $0.record(), unitName: nil, canOpen: openable.contains($0.id!)) },
            admin: admin)
        return try await req.page("staff/show", title: staff.name, model)
    }
}
