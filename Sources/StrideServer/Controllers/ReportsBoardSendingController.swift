import StrideCore
import Vapor

/// HR's bulk action: send every signed form that goes to the Reports Board. Registered in the
/// HR-only group.
struct ReportsBoardSendingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.sendToReportsBoard, use: show)
        routes.post(.sendToReportsBoard, use: send)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        let ready = try await ReportsBoardSending.ready(on: req.db).count
        let model = ConfirmModel(
            heading: "Send signed forms to the Reports Board",
            explanation: ready == 0 ? "No signed form is waiting to be sent to the Reports Board."
                : "\(ready) signed \(ready == 1 ? "form goes" : "forms go") to the Reports Board and \(ready == 1 ? "has" : "have") not been sent: "
                    + "the Beginning and End of Cycle forms of everyone, and the Mid-term Reviews of staff on probation. Each is sent as if by hand, with its history and audit event.",
            action: StridePath.sendToReportsBoard.href, fields: [], button: "Send \(ready) to the Reports Board",
            cancelHref: StridePath.cyclePolicies.href, destructive: false)
        return try await req.page("confirm", title: model.heading, model)
    }

    @Sendable func send(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        let result = try await ReportsBoardSending.sendAll(viewer: try req.requireUser().viewer, in: req.services)
        req.flash("Sent \(result.sent) \(result.sent == 1 ? "form" : "forms") to the Reports Board."
                  + (result.leftAsTheyWere > 0 ? " \(result.leftAsTheyWere) changed meanwhile and were left as they were." : ""))
        return req.redirect(to: .reportsBoardQueue)
    }
}
