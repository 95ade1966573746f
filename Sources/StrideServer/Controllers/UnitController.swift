import Fluent
import StrideCore
import Vapor

/// The organisation browser: the unit tree and unit pages.
struct UnitController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.units, use: index)
        routes.get(.unit(.key), use: show)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.view, OrganisationChart())
        let nodes = try await UnitTreeQuery.load(on: req.db)
        let childrenOf = Dictionary(grouping: nodes, by: { $0.unit.parentID })
        let rows = TreeRows.flatten(childrenOf[nil] ?? [], children: { childrenOf[$0.unit.id] ?? [] }) { node in
            UnitIndexModel.Item(name: node.unit.details.name, code: node.unit.details.code, href: StridePath.unit(node.unit.id).href,
                                staffCount: node.staffCount, chiefName: node.chiefName)
        }
        let model = UnitIndexModel(rows: rows, canEdit: req.isAllowed(.addUnit, OrganisationChart()), newHref: StridePath.newUnit.href)
        return try await req.page("units/index", title: "Organisation", model)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let unit = try await req.find(OrganisationalUnit.self, .unitID, "The unit")
        let record = try unit.record()
        try req.authorize(.view, UnitSubject(unitID: record.id))
        let crumbs = try await UnitTreeQuery.ancestors(of: record.id, on: req.db)
            .map { PageLink(label: $0.details.name, href: StridePath.unit($0.id).href) }
        let subunits = try await OrganisationalUnit.query(on: req.db).filter(\.$parent.$id == record.id).sort(\.$name).all()
        let staff = try await StaffMember.query(on: req.db).filter(\.$unit.$id == record.id).filter(\.$status == .active)
            .sort(\.$name).all()
        let chief = try await record.chiefID.asyncMap { try await StaffMember.find($0, on: req.db) } ?? nil
        let openable = try await req.openableStaff(staff.compactMap(\.id) + [chief?.id].compactMap { $0 })
        let model = UnitShowModel(
            name: record.details.name, code: record.details.code,
            breadcrumbs: [PageLink(label: "Organisation", href: StridePath.units.href)] + crumbs,
            chief: try chief.map { PersonSummary(try $0.record(), unitName: nil, canOpen: openable.contains($0.id!)) },
            subunits: subunits.map { PageLink(label: $0.name, href: StridePath.unit($0.id!).href) },
            staff: try staff.map { PersonSummary(try $0.record(), unitName: nil, canOpen: openable.contains($0.id!)) },
            editHref: req.isAllowed(.edit, UnitSubject(unitID: record.id)) ? StridePath.editUnit(record.id).href : nil)
        return try await req.page("units/show", title: record.details.name, model)
    }
}
