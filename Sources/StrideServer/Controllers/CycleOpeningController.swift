import StrideCore
import Vapor

/// HR opens the cycles due as of a date for everyone. Registered in the HR-only group. The
/// opening runs in the background (`CycleOpeningRuns`); its page shows the progress, then the
/// summary.
struct CycleOpeningController: RouteCollection {
    /// How long the request waits for the run before showing its progress instead: a small
    /// organisation sees the summary straight away.
    static let wait: Duration = .seconds(3)

    struct OpenForm: Content {
        var asOf: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.openCycles, use: form)
        routes.post(.openCycles, use: open)
        routes.get(.cycleOpeningRun(.key), use: run)
    }

    @Sendable func form(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        // While a run goes on there is nothing to start: show where it has got.
        if let running = try await CycleOpeningRuns.running(on: req.db, now: req.clock.now()) {
            return req.redirect(to: .cycleOpeningRun(try running.requireID()))
        }
        return try await render(req, asOf: req.clock.today().iso, errors: [])
    }

    @Sendable func open(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        let form = try req.content.decode(OpenForm.self)
        var check = FieldChecker()
        guard let date = check.date("asOf", form.asOf, name: "Date", missing: "Enter the date to open cycles as of, like 2026-01-01") else {
            return try await render(req, asOf: form.asOf, errors: check.errors)
        }
        switch try await CycleOpeningRuns.start(asOf: date, in: req.services, background: req.application.serviceContext(),
                                                work: req.application.backgroundWork, logger: req.application.logger) {
        case .alreadyRunning(let id):
            req.flash("Another opening of cycles is still running: here is how far it has got. Start yours once it has finished.")
            return req.redirect(to: .cycleOpeningRun(id))
        case .started(let id):
            _ = await req.application.backgroundWork.wait(for: id, upTo: Self.wait)
            return req.redirect(to: .cycleOpeningRun(id))
        }
    }

    @Sendable func run(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        let run = try await req.find(CycleOpeningRun.self, .runID, "The opening of cycles")
        let view = try CycleOpeningRunView(run, now: req.clock.now())
        return try await req.page("cycles/opened", title: view.heading, view)
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
