import Fluent
import StrideCore
import Vapor

/// HR administrators import a framework document: upload, read the report, then confirm.
/// Registered in the HR-only group.
struct FrameworkImportController: RouteCollection {
    /// The whole AXELOS document is about 200 KB; this leaves room for much larger frameworks.
    static let maxUpload = ByteCount(value: CSRFMiddleware.maxUploadBytes)

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.importFramework, use: form)
        routes.upload(.importFramework, maxSize: Self.maxUpload, use: upload)
        routes.get(.pendingFrameworkImport(.key), use: review)
        routes.post(.pendingFrameworkImport(.key), use: confirm)
    }

    @Sendable func form(req: Request) async throws -> Response {
        try req.authorize(.importFramework, FrameworkLibrary())
        return try await render(req, form: FrameworkUploadForm(format: "auto"), errors: [])
    }

    @Sendable func upload(req: Request) async throws -> Response {
        try req.authorize(.importFramework, FrameworkLibrary())
        let form = try req.content.decode(FrameworkUploadForm.self)
        var errors: [FieldError] = []
        var format: FrameworkFormat?
        if let raw = form.format, raw != "auto" {
            format = try? FrameworkImports.requestedFormat(raw)
            if format == nil { errors.append(FieldError("format", "Select a format")) }
        }
        guard let file = form.file, file.data.readableBytes > 0 else {
            errors.insert(FieldError("file", "Select a framework document to import"), at: 0)
            return try await render(req, form: form, errors: errors)
        }
        guard errors.isEmpty else { return try await render(req, form: form, errors: errors) }
        let text: String
        do {
            text = try FrameworkText.decode(Data(buffer: file.data))
        } catch {
            return try await render(req, form: form, errors: [FieldError("file", Self.message(error))])
        }
        let document = FrameworkImports.Document(text: text, fileName: file.filename, format: format, name: form.name, version: form.version)
        do {
            _ = try FrameworkImports.parse(document, at: req.clock.now())
        } catch {
            return try await render(req, form: form, errors: [FieldError(Self.field(for: error), Self.message(error))])
        }
        let pendingID = try await FrameworkImports.stage(document, in: req.services)
        return req.redirect(to: .pendingFrameworkImport(pendingID))
    }

    @Sendable func review(req: Request) async throws -> Response {
        let pending = try await findPending(req, for: .review)
        let outcome = try await FrameworkImports.run(pending.document, dryRun: true, in: req.services)
        let stored = try await FrameworkStore.find(outcome.framework.identity, on: req.db)
        let model = FrameworkReviewModel(
            report: FrameworkReportView(framework: outcome.framework, report: outcome.report), fileName: pending.fileName,
            confirmAction: StridePath.pendingFrameworkImport(try pending.requireID()).href,
            cancelHref: StridePath.frameworks.href,
            replaces: stored != nil, storedVersion: stored?.recordVersion ?? 0)
        return try await req.page("frameworks/review", title: "Check the import", model)
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let pending = try await findPending(req, for: .confirm)
        let reviewed = try req.content.decode(ConfirmImportForm.self).version
        let outcome = try await FrameworkImports.confirm(pending, reviewedAgainst: reviewed, in: req.services)
        guard let saved = outcome.saved else { throw StrideError.conflict("The import was not saved.") }
        req.flash("\(outcome.framework.name) \(outcome.framework.version) \(saved.created ? "imported" : "updated"): \(counted(outcome.report.skillCount, "skill")).")
        return req.redirect(to: .framework(saved.id))
    }

    private func findPending(_ req: Request, for action: PendingFrameworkImportPolicy.Action) async throws -> PendingFrameworkImport {
        guard let pending = try await PendingFrameworkImport.find(try req.parameter(.pendingID), on: req.db) else {
            throw StrideError.notFound(PendingFrameworkImportPolicy.missing)
        }
        try req.authorize(action, PendingFrameworkImportSubject(uploadedByID: pending.uploadedByID))
        return pending
    }

    static func field(for error: any Error) -> String {
        if case FrameworkImportError.missingVersion = error { return "version" }
        return "file"
    }

    static func message(_ error: any Error) -> String {
        (error as? FrameworkImportError)?.description ?? "The document could not be read: \(error)"
    }

    private func render(_ req: Request, form: FrameworkUploadForm, errors: [FieldError]) async throws -> Response {
        let model = FrameworkImportModel(action: StridePath.importFramework.href, fields: form.fields(errors: errors),
                                         cancelHref: StridePath.frameworks.href)
        return try await req.renderPage("frameworks/import", title: "Import a skills framework", model, errors: errors)
    }
}
