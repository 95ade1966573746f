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
        let openable = try await req.openableStaff(staff.map(\.id))
        let canAdd = req.isAllowed(.create, StaffDirectory())
        let model = StaffIndexModel(
            query: text, searchAction: StridePath.staff.href,
            people: staff.map { PersonSummary($0, canOpen: openable.contains($0.id)) },
            total: total, caption: StaffIndexModel.caption(total: total, query: text),
            pagination: Pagination(page: page, pageSize: Self.pageSize, total: total, path: StridePath.staff.href,
                                   query: text.isEmpty ? [:] : ["q": text]),
            newHref: canAdd ? StridePath.newStaff.href : nil,
            importHref: req.isAllowed(.importCSV, StaffDirectory()) ? StridePath.importStaff.href : nil,
            exportHref: req.isAllowed(.exportCSV, StaffDirectory()) ? StridePath.exportStaff.href : nil)
        return try await req.page("staff/index", title: "Staff", model)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let data = try await StaffProfileQuery.load(try req.parameter(.staffID), on: req.db) else {
            throw StrideError.notFound("The staff member")
        }
        let subject = req.staffSubject(data.person)
        try req.authorize(.view, subject)
        let relation = StaffPolicy.relation(of: user.viewer, to: subject)
        // The supervisor is linked only where the viewer could open that record too.
        let openable = try await req.openableStaff(data.reports.map(\.id) + [data.supervisor?.record.id].compactMap { $0 })
        let linkSupervisor = data.supervisor.map { openable.contains($0.record.id) } ?? false
        var admin: AccountPanel?
        if req.isAllowed(.edit, subject) {
            admin = try await AccountQueries.panel(for: data.staff, on: req.db)
        }
        var model = StaffShowModel(
            profile: StaffProfile(data, linkSupervisor: linkSupervisor),
            relation: StaffShowModel.describe(relation),
            reports: data.reports.map { PersonSummary($0, canOpen: openable.contains($0.id), showUnit: false) },
            admin: admin)
        model.recognition = try await RecognitionQueries.received(by: data.person.record.id, on: req.db).map(RecognitionItem.init)
        if req.isAllowed(.give, RecognitionSubject(receiver: subject, giverID: user.staffID)) {
            model.giveRecognitionHref = StridePath.recognition.href + "?for=\(data.person.record.id.uuidString.lowercased())"
        }
        if req.isAllowed(.view, ImprovementPlanSubject(staff: subject)) {
            model.links.append(PageLink(label: "Improvement plans", href: StridePath.staffImprovementPlans(data.person.record.id).href))
        }
        return try await req.page("staff/show", title: data.staff.name, model)
    }
}
