import Fluent
import StrideCore
import Vapor

/// `/api/v1/frameworks`: the same frameworks as the pages, as JSON, under the same rules:
/// anyone signed in reads, HR administrators import. Errors are JSON with a 4xx status.
struct FrameworkAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(StridePath.apiFrameworks.components, use: list)
        routes.get(StridePath.apiFramework.components, use: show)
        routes.on(.POST, StridePath.apiFrameworks.components, body: .collect(maxSize: FrameworkImportController.maxUpload), use: create)
    }

    struct ListBody: Content {
        let frameworks: [FrameworkStore.Summary]
    }

    @Sendable func list(req: Request) async throws -> ListBody {
        _ = try req.requireUser()
        return ListBody(frameworks: try await FrameworkStore.summaries(on: req.db) { StridePath.apiFramework.link($0) })
    }

    @Sendable func show(req: Request) async throws -> Response {
        _ = try req.requireUser()
        guard let loaded = try await FrameworkStore.load(try req.uuid("frameworkID"), on: req.db) else {
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

    /// The document is the request body, as text. `?format=sfia|axelos|json` (else detected),
    /// `?name=`, `?version=`, `?fileName=`, `?dryRun=true`.
    @Sendable func create(req: Request) async throws -> Response {
        let user = try req.requireHRAdministrator()
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
            outcome = try await FrameworkImports.run(document, dryRun: query.dryRun ?? false, by: user.staffID,
                                                     at: req.clock.now(), on: req.db)
        } catch let error as FrameworkImportError {
            throw Abort(.unprocessableEntity, reason: "\(FrameworkImportController.field(for: error)): \(error.description)")
        }
        let saved = outcome.saved
        let result = ImportBody(id: saved?.id, created: saved?.created ?? false, dryRun: saved == nil, report: outcome.report,
                                url: saved.map { StridePath.apiFramework.link($0.id) })
        return try await result.encodeResponse(status: saved?.created == true ? .created : .ok, for: req)
    }
}
