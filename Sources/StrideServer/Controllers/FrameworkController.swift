import Fluent
import StrideCore
import Vapor

/// Skills frameworks: the list, a framework's page, a skill's page and the canonical JSON,
/// for everyone signed in.
struct FrameworkController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.frameworks, use: index)
        routes.get(.framework(.key), use: show)
        routes.get(.skill(framework: .key, skill: .key), use: skill)
        routes.get(.frameworkExport(.key), use: export)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.read, FrameworkLibrary())
        let rows = try await FrameworkQueries.summaries(on: req.db).map(FrameworkIndexModel.Row.init)
        let model = FrameworkIndexModel(
            frameworks: rows,
            importHref: req.isAllowed(.importFramework, FrameworkLibrary()) ? StridePath.importFramework.href : nil,
            newHref: req.isAllowed(.edit, FrameworkLibrary()) ? StridePath.newFramework.href : nil)
        return try await req.page("frameworks/index", title: "Skills frameworks", model)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try req.authorize(.read, FrameworkLibrary())
        let id = try req.parameter(.frameworkID)
        guard let loaded = try await FrameworkStore.load(id, on: req.db) else { throw StrideError.notFound("The framework") }
        let query = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let record = try await FrameworkRecord.find(id, on: req.db)
        let model = FrameworkShowModel(loaded, id: id, query: query, isCompetencyFramework: record?.isCompetencyFramework ?? false,
                                       mayMark: req.isAllowed(.enter, Administration()),
                                       mayEdit: try await Self.mayEdit(req, id), revision: record?.recordVersion ?? 1)
        return try await req.page("frameworks/show", title: "\(model.name) \(model.version)", model)
    }

    @Sendable func skill(req: Request) async throws -> Response {
        try req.authorize(.read, FrameworkLibrary())
        let id = try req.parameter(.frameworkID)
        let skillID = try req.parameter(.skillID)
        guard let loaded = try await FrameworkStore.load(id, on: req.db),
              let index = loaded.skillIDs.firstIndex(of: skillID) else { throw StrideError.notFound("The skill") }
        let skill = loaded.framework.skills[index]
        return try await req.page("frameworks/skill", title: skill.name,
                                  SkillShowModel(skill, in: loaded.framework, frameworkID: id, skillID: skillID,
                                                 mayEdit: try await Self.mayEdit(req, id)))
    }

    /// Whether the viewer may change this framework in the editor: HR, on the organisation's own.
    static func mayEdit(_ req: Request, _ frameworkID: UUID) async throws -> Bool {
        guard req.isAllowed(.edit, FrameworkLibrary()), let record = try await FrameworkRecord.find(frameworkID, on: req.db) else { return false }
        return FrameworkEditor.isEditable(record)
    }

    @Sendable func export(req: Request) async throws -> Response {
        try req.authorize(.read, FrameworkLibrary())
        guard let loaded = try await FrameworkStore.load(try req.parameter(.frameworkID), on: req.db) else {
            throw StrideError.notFound("The framework")
        }
        let response = try Self.jsonResponse(loaded.framework)
        let name = "\(loaded.framework.name)-\(loaded.framework.version)".lowercased()
            .map { $0.isLetter || $0.isNumber ? $0 : "-" }
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(String(name)).json\"")
        return response
    }

    /// The canonical JSON of a framework, byte for byte what `FrameworkJSON` writes.
    static func jsonResponse(_ framework: SkillsFramework) throws -> Response {
        let response = Response(status: .ok, body: .init(data: try FrameworkJSON.encode(framework)))
        response.headers.contentType = .json
        return response
    }
}
