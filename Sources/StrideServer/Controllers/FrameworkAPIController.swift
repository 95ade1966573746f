import Fluent
import StrideCore
import Vapor

/// `/api/v1/frameworks`: the same frameworks as the pages, as JSON, under the same rules:
/// anyone signed in reads, HR administrators import. Errors are JSON with a 4xx status.
struct FrameworkAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped(StridePath.api.components)
        api.get("frameworks", use: list)
        routes.get(StridePath.apiFramework(.key), use: show)
        api.on(.POST, "frameworks", body: .collect(maxSize: FrameworkImportController.maxUpload), use: create)
    }

    struct ListBody: Content {
        struct Item: Content {
            let id: UUID
            let name: String
            let version: String
            let publisher: String
            let skills: Int
            let definedLevels: Int
            let indicators: Int
            let url: String
        }
        let frameworks: [Item]
    }

    @Sendable func list(req: Request) async throws -> ListBody {
        try req.authorize(.read, FrameworkLibrary())
        return ListBody(frameworks: try await FrameworkQueries.summaries(on: req.db).map {
            .init(id: $0.id, name: $0.name, version: $0.version, publisher: $0.publisher, skills: $0.skills,
                  definedLevels: $0.definedLevels, indicators: $0.indicators, url: StridePath.apiFramework($0.id).href)
        })
    }

    @Sendable func show(req: Request) async throws -> Response {
        try req.authorize(.read, FrameworkLibrary())
        guard let loaded = try await FrameworkStore.load(try req.parameter(.frameworkID), on: req.db) else {
            throw StrideError.notFound("The framework")
        }
        return try FrameworkController.jsonResponse(loaded.framework)
    }

    struct ImportQuery: Content {
        var format: String?
        var name: String?
        var version: String?
        var fileName: String?
        var dryRun: Bool?
    }

    struct ImportBody: Content {
        let id: UUID?
        let created: Bool
        let dryRun: Bool
        let report: FrameworkImportReport
        let url: String?
    }

    @Sendable func create(req: Request) async throws -> Response {
        try req.authorize(.importFramework, FrameworkLibrary())
        let query = try req.query.decode(ImportQuery.self)
        let format = try FrameworkImports.requestedFormat(query.format)
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw StrideError.badRequest("body: send the framework document as the request body")
        }
        let outcome: FrameworkImports.Outcome
        do {
            let text = try FrameworkText.decode(Data(buffer: body))
            let document = FrameworkImports.Document(text: text, fileName: query.fileName, format: format,
                                                     name: query.name, version: query.version)
            outcome = try await FrameworkImports.run(document, dryRun: query.dryRun ?? false, in: req.services)
        } catch let error as FrameworkImportError {
            throw Abort(.unprocessableEntity, reason: "\(FrameworkImportController.field(for: error)): \(error.description)")
        }
        let saved = outcome.saved
        let result = ImportBody(id: saved?.id, created: saved?.created ?? false, dryRun: saved == nil, report: outcome.report,
                                url: saved.map { StridePath.apiFramework($0.id).href })
        return try await result.encodeResponse(status: saved?.created == true ? .created : .ok, for: req)
    }
}
