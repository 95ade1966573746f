import Fluent
import StrideCore
import Vapor

/// HR administrators upload a staff CSV; the page shows every bad row or what was imported.
struct StaffImportController: RouteCollection {
    /// Large enough for tens of thousands of staff rows.
    static let maxUpload = ByteCount(value: CSRFMiddleware.maxUploadBytes)

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.importStaff, use: show)
        routes.upload(.importStaff, maxSize: Self.maxUpload, use: upload)
    }

    static let columns: [StaffImportModel.Column] = [
        .init(name: "staff_id", required: true, description: "The organisation's staff ID; rows with an existing staff ID update that person"),
        .init(name: "name", required: true, description: "Full name"),
        .init(name: "email", required: true, description: "Email address; unique"),
        .init(name: "grade", required: true, description: "Grade, like P3 or G5"),
        .init(name: "job_title", required: true, description: "Job title"),
        .init(name: "entry_on_duty", required: true, description: "Entry on duty date, YYYY-MM-DD"),
        .init(name: "contract_type", required: true, description: "regular, probation or technical_cooperation"),
        .init(name: "unit", required: false, description: "Unit code; empty for no unit"),
        .init(name: "supervisor", required: false, description: "Supervisor's staff ID or email, in the file or already in Stride"),
        .init(name: "status", required: false, description: "active (the default) or separated"),
        .init(name: "contract_end", required: false,
              description: "Contract end or separation date, YYYY-MM-DD; empty for none. Cycles are cut there; a later date extends them"),
        .init(name: "role", required: false, description: "The name of a job role (Skills → Job roles), any case; empty for none"),
    ]

    @Sendable func show(req: Request) async throws -> Response {
        try req.authorize(.importCSV, StaffDirectory())
        return try await render(req, problems: [], errors: [])
    }

    @Sendable func upload(req: Request) async throws -> Response {
        try req.authorize(.importCSV, StaffDirectory())
        let form = try req.content.decode(StaffImportForm.self)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return try await render(req, problems: [], errors: [FieldError("file", "Select a CSV file to import")])
        }
        // Strict UTF-8: a spreadsheet saved as Windows-1252 would otherwise import "José" as "Jos�".
        guard let text = String(data: Data(buffer: file.data), encoding: .utf8), !text.contains("\u{0}") else {
            return try await render(req, problems: [], errors: [FieldError("file", "The selected file must be a CSV text file saved as UTF-8")])
        }
        switch try await StaffImporter.run(csv: text, in: req.services) {
        case .rejected(let problems):
            let message = "The file has \(counted(problems.count, "problem")); nothing was imported"
            return try await render(req, problems: problems.map(\.description), errors: [FieldError("file", message)])
        case .imported(let created, let updated, let unchanged, let notices):
            req.flash(([StaffImporter.summary(created: created, updated: updated, unchanged: unchanged)] + notices).joined(separator: " "))
            return req.redirect(to: .staff)
        }
    }

    private func render(_ req: Request, problems: [String], errors: [FieldError]) async throws -> Response {
        let view = StaffImportModel(
            action: StridePath.importStaff.href,
            fields: [FormField("file", .file, label: "CSV file", hint: "UTF-8, comma-separated, with a header row", value: nil,
                                errors: errors, accept: ".csv,text/csv")],
            problems: problems, problemCount: problems.count, problemHeading: counted(problems.count, "problem") + " found", columns: Self.columns)
        return try await req.renderPage("admin/import-staff", title: "Import staff", view, errors: errors)
    }
}
