import Fluent
import SQLKit
import StrideCore
import Vapor

/// The organisation browser (unit tree and unit pages) and HR's editing of units.
struct UnitController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(StridePath.units.components, use: index)
        routes.get(StridePath.newUnit.components, use: new)
        routes.post(StridePath.newUnit.components, use: create)
        routes.get(StridePath.unit.components, use: show)
        routes.get(StridePath.editUnit.components, use: edit)
        routes.post(StridePath.editUnit.components, use: update)
    }

    struct UnitItem: Encodable {
        let name: String
        let code: String
        let href: String
        let staffCount: Int
        let chiefName: String?
    }

    struct IndexView: Encodable {
        let rows: [TreeRow<UnitItem>]
        let canEdit: Bool
        let newHref: String
    }

    private struct CountRow: Decodable {
        let unit_id: UUID
        let count: Int
    }

    @Sendable func index(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let units = try await OrganisationalUnit.query(on: req.db).sort(\.$name).all()
        let counts = try await req.db.sql().raw("""
            SELECT unit_id, COUNT(*) AS count FROM staff_members
            WHERE unit_id IS NOT NULL AND status = \(bind: EmploymentStatus.active.rawValue) GROUP BY unit_id
            """).all(decoding: CountRow.self)
        let countByUnit = Dictionary(counts.map { ($0.unit_id, $0.count) }, uniquingKeysWith: +)
        let chiefIDs = units.compactMap(\.chiefID)
        let chiefs = try await StaffMember.query(on: req.db).filter(\.$id ~~ chiefIDs).all()
        let chiefName = Dictionary(chiefs.compactMap { s in s.id.map { ($0, s.name) } }, uniquingKeysWith: { a, _ in a })
        let childrenOf = Dictionary(grouping: units, by: { $0.$parent.id })
        let rows = TreeRows.flatten(childrenOf[nil] ?? [], children: { childrenOf[$0.id] ?? [] }) { unit in
            UnitItem(name: unit.name, code: unit.code, href: StridePath.unit.link(unit.id!),
                     staffCount: countByUnit[unit.id!] ?? 0, chiefName: unit.chiefID.flatMap { chiefName[$0] })
        }
        let view = IndexView(rows: rows, canEdit: user.isHRAdministrator, newHref: StridePath.newUnit.template)
        return try await req.page("units/index", title: "Organisation", view)
    }

    struct ShowView: Encodable {
        let name: String
        let code: String
        let breadcrumbs: [PageLink]
        let chief: PersonSummary?
        let subunits: [PageLink]
        let staff: [PersonSummary]
        let editHref: String?
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let unit = try await req.find(OrganisationalUnit.self, "unitID", "The unit")
        let id = try unit.requireID()
        let ancestorIDs = try await OrganisationQueries.unitAncestors(of: id, on: req.db)
        let ancestors = try await OrganisationalUnit.query(on: req.db).filter(\.$id ~~ ancestorIDs).all()
        let byID = Dictionary(ancestors.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let crumbs = ancestorIDs.reversed().compactMap { byID[$0] }.map { PageLink(label: $0.name, href: StridePath.unit.link($0.id!)) }
        let subunits = try await OrganisationalUnit.query(on: req.db).filter(\.$parent.$id == id).sort(\.$name).all()
        let staff = try await StaffMember.query(on: req.db).filter(\.$unit.$id == id).filter(\.$status == .active)
            .sort(\.$name).all()
        let scope = try await StaffAccessScope.load(for: user, on: req.db)
        let chief = try await unit.chiefID.asyncMap { try await StaffMember.find($0, on: req.db) } ?? nil
        let view = ShowView(
            name: unit.name, code: unit.code,
            breadcrumbs: [PageLink(label: "Organisation", href: StridePath.units.template)] + crumbs,
            chief: chief.map { PersonSummary($0, unitName: nil, canOpen: scope.contains($0.id!)) },
            subunits: subunits.map { PageLink(label: $0.name, href: StridePath.unit.link($0.id!)) },
            staff: staff.map { PersonSummary($0, unitName: nil, canOpen: scope.contains($0.id!)) },
            editHref: user.isHRAdministrator ? StridePath.editUnit.link(id) : nil)
        return try await req.page("units/show", title: unit.name, view)
    }

    struct UnitForm: Content {
        var name: String?
        var code: String?
        var parent: String?
        var chief: String?
    }

    @Sendable func new(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        let parent = req.query[String.self, at: "parent"]
        return try await renderForm(req, form: UnitForm(parent: parent), unit: nil, errors: [])
    }

    @Sendable func edit(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        let unit = try await req.find(OrganisationalUnit.self, "unitID", "The unit")
        let chief = try await unit.chiefID.asyncMap { try await StaffMember.find($0, on: req.db) } ?? nil
        let form = UnitForm(name: unit.name, code: unit.code, parent: unit.$parent.id?.uuidString, chief: chief?.staffNumber)
        return try await renderForm(req, form: form, unit: unit, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try await save(req, existing: nil)
    }

    @Sendable func update(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        return try await save(req, existing: try await req.find(OrganisationalUnit.self, "unitID", "The unit"))
    }

    private func save(_ req: Request, existing: OrganisationalUnit?) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let form = try req.content.decode(UnitForm.self)
        let validated = UnitInput(name: form.name, code: form.code).validate()
        var errors = validated.errors
        let parentID = FormChoice.optionalID(form.parent, field: "parent", errors: &errors, message: "Select a parent unit from the list")
        let chief = try await Organisation.resolveStaff(form.chief, field: "chief", on: req.db, errors: &errors)
        guard errors.isEmpty, let details = validated.value else {
            return try await renderForm(req, form: form, unit: existing, errors: errors)
        }
        switch try await Organisation.saveUnit(details, parentID: parentID, chief: chief, existing: existing,
                                               by: user.staffID, app: req.application, on: req.db) {
        case .failure(let failure):
            return try await renderForm(req, form: form, unit: existing, errors: failure.errors)
        case .success(let unit):
            req.flash(existing == nil ? "Unit \(unit.name) created." : "Unit \(unit.name) updated.")
            return req.redirect(to: StridePath.unit.link(try unit.requireID()), redirectType: .normal)
        }
    }

    private func renderForm(_ req: Request, form: UnitForm, unit: OrganisationalUnit?, errors: [FieldError]) async throws -> Response {
        let units = try await OrganisationalUnit.query(on: req.db).sort(\.$name).all()
        let parentOptions = FormField.unitOptions(units.filter { $0.id != unit?.id }, selected: form.parent,
                                                  none: "None (a top-level unit)")
        let fields = [
            FormField("name", .text, label: "Name", value: form.name, errors: errors),
            FormField("code", .text, label: "Code", hint: "A short unique code, like HRD or HRD-POL. Imports refer to units by code.",
                      value: form.code, errors: errors, width: "10"),
            FormField("parent", .select, label: "Part of", value: form.parent, errors: errors, options: parentOptions),
            FormField("chief", .text, label: "Responsible chief (optional)", hint: "Staff ID or email address",
                      value: form.chief, errors: errors, width: "20"),
        ]
        let view = EditFormView(heading: unit == nil ? "Add a unit" : "Edit \(unit!.name)",
                            action: unit.map { StridePath.editUnit.link($0.id!) } ?? StridePath.newUnit.template,
                            fields: fields,
                            cancelHref: unit.map { StridePath.unit.link($0.id!) } ?? StridePath.units.template)
        return try await req.renderPage("form", title: view.heading, view, errors: errors)
    }

}

extension Optional {
    /// `map` for an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
