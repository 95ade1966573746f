import Fluent
import StrideCore
import Vapor

/// HR administrators import a framework document: upload, read the report, then confirm.
struct FrameworkImportController: RouteCollection {
    /// The whole AXELOS document is about 200 KB; this leaves room for much larger frameworks.
    static let maxUpload = ByteCount(value: CSRFMiddleware.maxUploadBytes)
    /// Uploads never confirmed are removed after this long.
    static let pendingLifetime: TimeInterval = 24 * 3600

    func boot(routes: any RoutesBuilder) throws {
        routes.get(StridePath.importFramework.components, use: form)
        routes.on(.POST, StridePath.importFramework.components, body: .collect(maxSize: Self.maxUpload), use: upload)
        routes.get(StridePath.pendingFrameworkImport.components, use: review)
        routes.post(StridePath.pendingFrameworkImport.components, use: confirm)
    }

    struct UploadForm: Content {
        var file: File?
        var format: String?
        var name: String?
        var version: String?
    }

    struct FormView: Encodable {
        let action: String
        let fields: [FormField]
    }

    @Sendable func form(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        return try await renderForm(req, form: UploadForm(format: "auto"), errors: [])
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let form = try req.content.decode(UploadForm.self)
        var errors: [FieldError] = []
        var format: FrameworkFormat?
        if let raw = form.format, raw != "auto" {
            format = try? FrameworkImports.requestedFormat(raw)
            if format == nil { errors.append(FieldError("format", "Select a format")) }
        }
        guard let file = form.file, file.data.readableBytes > 0 else {
            errors.insert(FieldError("file", "Select a framework document to import"), at: 0)
            return try await renderForm(req, form: form, errors: errors)
        }
        guard errors.isEmpty else { return try await renderForm(req, form: form, errors: errors) }
        let text: String
        do {
            text = try FrameworkText.decode(Data(buffer: file.data))
        } catch {
            return try await renderForm(req, form: form, errors: [FieldError("file", Self.message(error))])
        }
        let document = FrameworkImports.Document(text: text, fileName: file.filename, format: format, name: form.name, version: form.version)
        do {
            _ = try FrameworkImports.parse(document, at: req.clock.now())
        } catch {
            return try await renderForm(req, form: form, errors: [FieldError(Self.field(for: error), Self.message(error))])
        }
        let now = req.clock.now()
        let pending = PendingFrameworkImport()
        pending.uploadedByID = user.staffID
        pending.createdAt = now
        pending.fileName = file.filename
        pending.format = format
        pending.frameworkName = form.name
        pending.frameworkVersion = form.version
        pending.content = text
        try await req.db.transaction { db in
            try await PendingFrameworkImport.query(on: db).filter(\.$createdAt < now.addingTimeInterval(-Self.pendingLifetime)).delete()
            try await pending.create(on: db)
        }
        return req.redirect(to: StridePath.pendingFrameworkImport.link(try pending.requireID()), redirectType: .normal)
    }

    struct ReviewView: Encodable {
        let report: FrameworkReportView
        let fileName: String?
        let confirmAction: String
        let cancelHref: String
        let replaces: Bool
    }

    @Sendable func review(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        let pending = try await findPending(req)
        let outcome = try await FrameworkImports.run(document(pending), dryRun: true, by: nil, at: req.clock.now(), on: req.db)
        let view = ReviewView(
            report: FrameworkReportView(framework: outcome.framework, report: outcome.report), fileName: pending.fileName,
            confirmAction: StridePath.pendingFrameworkImport.link(try pending.requireID()),
            cancelHref: StridePath.frameworks.template,
            replaces: try await FrameworkStore.find(outcome.framework.identity, on: req.db) != nil)
        return try await req.page("frameworks/review", title: "Check the import", view)
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let pending = try await findPending(req)
        let pendingID = try pending.requireID()
        let outcome = try await FrameworkImports.run(document(pending), dryRun: false, by: user.staffID, at: req.clock.now(),
                                                     on: req.db) { db in
            // Claims the upload in the same transaction: a second confirm (another tab, a
            // double click) finds it gone and saves nothing.
            guard try await PendingFrameworkImport.find(pendingID, on: db) != nil else {
                throw StrideError.notFound("This import (it may already have been confirmed)")
            }
            try await PendingFrameworkImport.query(on: db).filter(\.$id == pendingID).delete()
        }
        guard let saved = outcome.saved else { throw StrideError.conflict("The import was not saved.") }
        req.flash("\(outcome.framework.name) \(outcome.framework.version) \(saved.created ? "imported" : "updated"): \(outcome.report.skillCount) skills.")
        return req.redirect(to: StridePath.framework.link(saved.id), redirectType: .normal)
    }

    private func document(_ pending: PendingFrameworkImport) -> FrameworkImports.Document {
        .init(text: pending.content, fileName: pending.fileName, format: pending.format,
              name: pending.frameworkName, version: pending.frameworkVersion)
    }

    /// A pending upload belongs to whoever uploaded it; another HR administrator gets a 404.
    private func findPending(_ req: Request) async throws -> PendingFrameworkImport {
        let user = try req.requireUser()
        guard let pending = try await PendingFrameworkImport.find(try req.uuid("pendingID"), on: req.db),
              pending.uploadedByID == user.staffID else {
            throw StrideError.notFound("This import (it may already have been confirmed)")
        }
        return pending
    }

    static func field(for error: any Error) -> String {
        if case FrameworkImportError.missingVersion = error { return "version" }
        return "file"
    }

    static func message(_ error: any Error) -> String {
        (error as? FrameworkImportError)?.description ?? "The document could not be read: \(error)"
    }

    private func renderForm(_ req: Request, form: UploadForm, errors: [FieldError]) async throws -> Response {
        let formats = [FormField.Option(value: "auto", label: "Detect from the document", selected: form.format == nil || form.format == "auto")]
            + [FrameworkFormat.sfia, .axelos, .json].map {
                FormField.Option(value: $0.rawValue, label: $0 == .json ? "Stride framework JSON" : "\($0.displayName) document",
                                 selected: form.format == $0.rawValue)
            }
        let fields = [
            FormField("file", .file, label: "Framework document",
                      hint: "An SFIA skill page (text), the AXELOS Skills Framework (Markdown) or Stride framework JSON",
                      value: nil, errors: errors, accept: ".txt,.md,.markdown,.json,text/plain,text/markdown,application/json"),
            FormField("format", .radios, label: "Format", value: form.format, errors: errors, options: formats),
            FormField("name", .text, label: "Framework name (optional)", hint: "Replaces the name the document gives",
                      value: form.name, errors: errors),
            FormField("version", .text, label: "Version (optional)", hint: "Needed when the document does not state its version",
                      value: form.version, errors: errors, width: "10"),
        ]
        let view = FormView(action: StridePath.importFramework.template, fields: fields)
        return try await req.renderPage("frameworks/import", title: "Import a skills framework", view, errors: errors)
    }
}
