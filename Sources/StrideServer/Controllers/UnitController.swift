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
        // Two levels: a tree of hundreds of units is read from the top, and each unit's page
        // lists its own sub-units.
        let shownDepth = 2
        let rows = TreeRows.flatten(childrenOf[nil] ?? [], children: { childrenOf[$0.unit.id] ?? [] }, maxDepth: shownDepth) { node, depth in
            let hidden = depth + 1 >= shownDepth ? (childrenOf[node.unit.id]?.count ?? 0) : 0
            return UnitIndexModel.Item(name: node.unit.details.name, code: node.unit.details.code,
                                       href: StridePath.unit(node.unit.id).href, staffCount: node.staffCount,
                                       chiefName: node.chiefName, collapsed: hidden > 0 ? counted(hidden, "sub-unit") : nil)
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
        // A unit can hold hundreds of people: a page of them at a time.
        let total = try await UnitTreeQuery.staffCount(of: record.id, on: req.db)
        let page = Pagination.clamp(req.query[String.self, at: "page"], pageSize: StaffController.pageSize, total: total)
        let staff = try await StaffRows.unitPage(record.id, offset: (page - 1) * StaffController.pageSize,
                                                 limit: StaffController.pageSize, on: req.db)
        let chief = try await record.chiefID.asyncMap { try await StaffRows.withIDs([$0], on: req.db).first } ?? nil
        let openable = try await req.openableStaff(staff.map(\.id) + [chief?.id].compactMap { $0 })
        let managesOutcomes = req.isAllowed(.manageOutcomes, UnitSubject(unitID: record.id))
        let outcomes = try await UnitOutcomeService.current(of: record.id, on: req.clock.today(), db: req.db).map { outcome in
            UnitShowModel.Outcome(title: outcome.title, description: outcome.description,
                                  period: "\(DisplayDate.long(outcome.periodStart)) to \(DisplayDate.long(outcome.periodEnd))",
                                  editHref: managesOutcomes ? StridePath.editUnitOutcome(unit: record.id, outcome: try outcome.requireID()).href : nil)
        }
        let model = UnitShowModel(
            name: record.details.name, code: record.details.code,
            breadcrumbs: [PageLink(label: "Organisation", href: StridePath.units.href)] + crumbs,
            chief: chief.map { PersonSummary($0, canOpen: openable.contains($0.id), showUnit: false) },
            subunits: subunits.map { PageLink(label: $0.name, href: StridePath.unit($0.id!).href) },
            staff: staff.map { PersonSummary($0, canOpen: openable.contains($0.id), showUnit: false) },
            staffCaption: "Staff in \(record.details.name) (\(total))",
            pagination: Pagination(page: page, pageSize: StaffController.pageSize, total: total,
                                   path: StridePath.unit(record.id).href, query: [:]),
            editHref: req.isAllowed(.edit, UnitSubject(unitID: record.id)) ? StridePath.editUnit(record.id).href : nil,
            skillsHref: req.isAllowed(.viewSkills, UnitSubject(unitID: record.id)) ? StridePath.unitSkills(record.id).href : nil,
            outcomes: outcomes, newOutcomeHref: managesOutcomes ? StridePath.newUnitOutcome(record.id).href : nil)
        return try await req.page("units/show", title: record.details.name, model)
    }
}
