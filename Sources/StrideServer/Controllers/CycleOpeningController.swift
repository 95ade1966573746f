import StrideCore
import Vapor

/// HR opens the cycles due as of a date for everyone. Registered in the HR-only group.
struct CycleOpeningController: RouteCollection {
    struct OpenForm: Content {
        var asOf: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.openCycles, use: form)
        routes.post(.openCycles, use: open)
    }

    @Sendable func form(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        return try await render(req, asOf: req.clock.today().iso, errors: [])
    }

    @Sendable func open(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        let form = try req.content.decode(OpenForm.self)
        var check = FieldChecker()
        guard let date = check.date("asOf", form.asOf, name: "Date", missing: "Enter the date to open cycles as of, like 2026-01-01") else {
            return try await render(req, asOf: form.asOf, errors: check.errors)
        }
        let summary = try await CycleOpener.openCycles(asOf: date, in: req.services)
        return try await req.page("cycles/opened", title: "Cycles opened", OpenCyclesSummary(summary, asOf: date))
    }

    private func render(_ req: Request, asOf: String?, errors: [FieldError]) async throws -> Response {
        let model = EditFormView(
            heading: "Open appraisal cycles",
            action: StridePath.openCycles.href,
            fields: [FormField("asOf", .date, label: "Open the cycles due as of",
                               hint: "Everyone active gets the cycle their contract gives on this date, with its Beginning of Cycle form as a draft. People whose cycle is already open are left as they are.",
                               value: asOf, errors: errors, width: "10")],
            cancelHref: StridePath.cyclePolicies.href)
        return try await req.renderPage("form", title: model.heading, model, errors: errors)
    }
}
