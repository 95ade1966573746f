import Fluent
import StrideCore
import Vapor

/// Job roles as CSV: everyone who sees the roles downloads them; HR uploads them back, every
/// row checked before anything is written.
struct RoleProfileCSVController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.roleProfilesExport, use: export)
        routes.get(.roleProfilesImport, use: show)
        routes.upload(.roleProfilesImport, maxSize: StaffImportController.maxUpload, use: upload)
    }

    static let columns: [CSVImportModel.Column] = [
        .init(name: "role", required: true, description: "The role's name; rows with the same name make one role, and a role of that name already in Stride is replaced"),
        .init(name: "description", required: false, description: "What the role does; from the role's first row that has one"),
        .init(name: "framework", required: true, description: "The name of a stored framework, like SFIA"),
        .init(name: "framework_version", required: true, description: "Its version, like 9"),
        .init(name: "skill_code", required: false, description: "The skill's code, like DTAN; when empty, the skill column names it"),
        .init(name: "skill", required: true, description: "The skill's name"),
        .init(name: "level", required: true, description: "The level the role requires, one the skill is described at"),
        .init(name: "importance", required: false, description: "essential (the default) or desirable"),
    ]

    @Sendable func export(req: Request) async throws -> Response {
        try req.authorize(.view, RoleProfiles())
        return .csv(try await RoleProfileImport.export(on: req.db), filename: "job-roles-\(req.clock.today().iso).csv")
    }

    @Sendable func show(req: Request) async throws -> Response {
        try req.authorize(.edit, RoleProfiles())
        return try await render(req, problems: [], errors: [])
    }

    @Sendable func upload(req: Request) async throws -> Response {
        try req.authorize(.edit, RoleProfiles())
        struct Upload: Content { var file: File? }
        switch CSVImportModel.text(of: try req.content.decode(Upload.self).file) {
        case .failure(let failure): return try await render(req, problems: [], errors: failure.errors)
        case .success(let text):
            switch try await RoleProfileImport.run(csv: text, in: req.services) {
            case .rejected(let problems):
                let message = "The file has \(counted(problems.count, "problem")); nothing was imported"
                return try await render(req, problems: problems, errors: [FieldError("file", message)])
            case .imported(let created, let updated):
                req.flash("\(counted(created, "role")) created, \(counted(updated, "role")) replaced.")
                return req.redirect(to: .roleProfiles)
            }
        }
    }

    private func render(_ req: Request, problems: [String], errors: [FieldError]) async throws -> Response {
        let view = CSVImportModel(
            heading: "Import job roles",
            explanation: "Upload a CSV file with one row per skill a role requires, as the roles' download writes it. Stride checks "
                + "every row first: if any has a problem, nothing is imported and every problem is listed.",
            action: StridePath.roleProfilesImport.href, problems: problems, errors: errors, columns: Self.columns)
        return try await req.renderPage("csv-import", title: "Import job roles", view, errors: errors)
    }
}
