import Fluent
import StrideCore
import Vapor

/// HR administrators upload a staff CSV; the page shows every bad row or what was imported.
/// They download every record in the same columns, to edit and import again.
struct StaffImportController: RouteCollection {
    /// Large enough for tens of thousands of staff rows.
    static let maxUpload = ByteCount(value: CSRFMiddleware.maxUploadBytes)

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.importStaff, use: show)
        routes.upload(.importStaff, maxSize: Self.maxUpload, use: upload)
        routes.get(.exportStaff, use: export)
    }

    @Sendable func export(req: Request) async throws -> Response {
        try req.authorize(.exportCSV, StaffDirectory())
        let db = req.db
        let response = Response.csv("", filename: "staff-\(req.clock.today().iso).csv")
        response.body = .init(managedAsyncStream: { writer in
            for try await chunk in StaffExportChunks(db: db) { try await writer.write(.buffer(ByteBuffer(bytes: chunk))) }
        })
        return response
    }

    static let columns: [CSVImportModel.Column] = [
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
        let text: String
        switch CSVImportModel.text(of: form.file) {
        case .failure(let failure): return try await render(req, problems: [], errors: failure.errors)
        case .success(let read): text = read
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
        let view = CSVImportModel(
            heading: "Import staff",
            explanation: "Upload a CSV file with one row per person. Stride checks every row first: if any row has a problem, nothing is "
                + "imported and every problem is listed. Rows whose staff ID already exists update that person.",
            action: StridePath.importStaff.href, problems: problems, errors: errors, columns: Self.columns)
        return try await req.renderPage("csv-import", title: "Import staff", view, errors: errors)
    }
}
