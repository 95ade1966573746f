import Fluent
import StrideCore
import Vapor

/// The skills matrices of workgroups and units, their CSV, and the skills a workgroup's work
/// needs (the lead's form).
struct SkillsMatrixController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.workgroupSkills(.key), use: workgroupMatrix)
        routes.get(.workgroupSkillsExport(.key), use: workgroupExport)
        routes.get(.workgroupNeeds(.key), use: editNeeds)
        routes.post(.workgroupNeeds(.key), use: saveNeeds)
        routes.get(.unitSkills(.key), use: unitMatrix)
        routes.get(.unitSkillsExport(.key), use: unitExport)
    }

    @Sendable func workgroupMatrix(req: Request) async throws -> Response {
        let group = try await authorizedGroup(req, .viewSkills)
        let id = try group.requireID()
        let matrix = try await SkillsMatrixQuery.workgroup(id, on: req.db)
        let model = try await model(req, matrix, heading: "Skills of \(group.name)", team: "\(group.name)'s members",
                                    back: (StridePath.workgroup(id).href, group.name),
                                    needSource: "as the workgroup's lead listed them", path: .workgroupSkills(id),
                                    export: .workgroupSkillsExport(id),
                                    needs: req.isAllowed(.manageNeeds, try WorkgroupController.subject(group)) ? .workgroupNeeds(id) : nil)
        return try await req.page("skills/matrix", title: model.heading, model)
    }

    @Sendable func workgroupExport(req: Request) async throws -> Response {
        let group = try await authorizedGroup(req, .viewSkills)
        let matrix = try await SkillsMatrixQuery.workgroup(try group.requireID(), on: req.db)
        return .csv(SkillsMatrixModel.csv(matrix, openable: try await req.openableStaff(matrix.rows.map(\.person.id))),
                    filename: "skills-\(Self.slug(group.name)).csv")
    }

    @Sendable func unitMatrix(req: Request) async throws -> Response {
        let unit = try await authorizedUnit(req)
        let id = try unit.requireID()
        let matrix = try await SkillsMatrixQuery.unit(id, on: req.db)
        let model = try await model(req, matrix, heading: "Skills of \(unit.name)", team: "\(unit.name)'s staff",
                                    back: (StridePath.unit(id).href, unit.name),
                                    needSource: "required by the job roles held here, each at the highest level a role asks",
                                    path: .unitSkills(id), export: .unitSkillsExport(id), needs: nil)
        return try await req.page("skills/matrix", title: model.heading, model)
    }

    @Sendable func unitExport(req: Request) async throws -> Response {
        let unit = try await authorizedUnit(req)
        let matrix = try await SkillsMatrixQuery.unit(try unit.requireID(), on: req.db)
        return .csv(SkillsMatrixModel.csv(matrix, openable: try await req.openableStaff(matrix.rows.map(\.person.id))),
                    filename: "skills-\(Self.slug(unit.code)).csv")
    }

    @Sendable func editNeeds(req: Request) async throws -> Response {
        let group = try await authorizedGroup(req, .manageNeeds)
        let needs = try await SkillRequirementTable.workgroupNeeds.read(try group.requireID(), on: req.db)
        return try await renderNeeds(req, group, values: SkillRequirementRows.values(needs), errors: [])
    }

    @Sendable func saveNeeds(req: Request) async throws -> Response {
        let group = try await authorizedGroup(req, .manageNeeds)
        let rows = SkillRequirementRows(values: try req.content.decode([String: String].self), max: WorkgroupNeedsService.maxNeeds,
                                        asksImportance: true)
        if let regrouped = rows.regrouped { return try await renderNeeds(req, group, values: regrouped, errors: []) }
        switch try await WorkgroupNeedsService.save(rows.inputs, for: group, in: req.services) {
        case .failure(let failure):
            let errors = failure.errors.map { FieldError(SkillRequirementRows.pageField($0.field), $0.message) }
            return try await renderNeeds(req, group, values: rows.values, errors: errors)
        case .success:
            req.flash("The skills \(group.name) needs are saved.")
            return req.redirect(to: .workgroupSkills(try group.requireID()))
        }
    }

    private func renderNeeds(_ req: Request, _ group: Workgroup, values: [String: String], errors: [FieldError]) async throws -> Response {
        let id = try group.requireID()
        let rows = SkillRequirementRows(values: values, max: WorkgroupNeedsService.maxNeeds, asksImportance: true)
        let save = FormButton("Save skills needed", value: "save", style: .primary)
        let model = GroupedFormModel(
            caption: group.name, heading: "Skills the work needs", action: StridePath.workgroupNeeds(id).href,
            groups: [rows.group(skills: try await SkillRefs.all(on: req.db), errors: errors, saveButton: save,
                                heading: "Skills the work needs",
                                hint: "Each skill at the level the work needs; the skills matrix shows who holds it")],
            buttonBars: [FormButtons([save], cancel: .init(label: "Cancel", href: StridePath.workgroupSkills(id).href))])
        return try await req.renderPage("grouped-form", title: "Skills \(group.name) needs", model, errors: errors)
    }

    private func model(_ req: Request, _ matrix: SkillsMatrix, heading: String, team: String, back: (href: String, label: String),
                       needSource: String, path: StridePath, export: StridePath, needs: StridePath?) async throws -> SkillsMatrixModel {
        let page = Pagination.clamp(req.query[String.self, at: "page"], pageSize: SkillsMatrixModel.pageSize, total: matrix.rows.count)
        let openable = try await req.openableStaff(matrix.rows.map(\.person.id))
        return SkillsMatrixModel(matrix: matrix, heading: heading, team: team, back: back, needSource: needSource, openable: openable,
                                 page: page, path: path.href, exportHref: export.href, needsHref: needs?.href)
    }

    private func authorizedGroup(_ req: Request, _ action: WorkgroupPolicy.Action) async throws -> Workgroup {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(action, try WorkgroupController.subject(group))
        return group
    }

    private func authorizedUnit(_ req: Request) async throws -> OrganisationalUnit {
        let unit = try await req.find(OrganisationalUnit.self, .unitID, "The unit")
        try req.authorize(.viewSkills, UnitSubject(unitID: try unit.requireID()))
        return unit
    }

    /// A name as a file name: lower case, letters and digits, dashes between.
    static func slug(_ name: String) -> String {
        name.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }
}
