import Fluent
import StrideCore
import Vapor

/// Recognition: anyone gives it to a colleague, and sees what they received and gave.
struct RecognitionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.recognition, use: show)
        routes.post(.recognition, use: give)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, typed: [:], errors: [])
    }

    @Sendable func give(req: Request) async throws -> Response {
        let sent = try req.content.decode([String: String].self)
        switch try await RecognitionService.give(to: sent["colleague"], text: sent["text"], output: sent["output"],
                                                 as: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure):
            return try await render(req, typed: sent, errors: failure.errors)
        case .success(let recognition):
            let name = try await StaffMember.find(recognition.$receiver.id, on: req.db)?.name ?? "your colleague"
            req.flash("Recognition sent: \(name) and their manager see it.")
            return req.redirect(to: .recognition)
        }
    }

    private func render(_ req: Request, typed: [String: String], errors: [FieldError]) async throws -> Response {
        let viewer = try req.requireUser().viewer
        // Opened for a colleague (from their profile or the team page): their name, and their outputs when the viewer sees them.
        var colleague: StaffMember?
        if let id = req.query[String.self, at: "for"].flatMap(UUID.init(uuidString:)) { colleague = try await StaffMember.find(id, on: req.db) }
        var outputs: [(key: UUID, text: String)] = []
        if let colleague, try await RecognitionService.mayLinkOutputs(viewer, to: colleague, on: req.db) {
            outputs = try await RecognitionQueries.currentOutputs(of: colleague.id!, today: req.clock.today(), on: req.db).outputs
        }
        let model = RecognitionModel(colleague: colleague?.staffNumber, colleagueName: colleague?.name, outputs: outputs, typed: typed,
                                     received: try await RecognitionQueries.received(by: viewer.staffID, on: req.db),
                                     given: try await RecognitionQueries.given(by: viewer.staffID, on: req.db), errors: errors)
        return try await req.renderPage("feedback/recognition", title: "Recognition", model, errors: errors)
    }
}
