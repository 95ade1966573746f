import Foundation
import StrideCore
import Vapor

/// The End of Cycle and the next Beginning of Cycle in one sitting: from an End of Cycle, the
/// staff member or the appraiser opens the next cycle, choosing which outputs carry over.
struct NextCycleController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.nextCycle(.key), use: show)
        routes.post(.nextCycle(.key), use: open)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let (loaded, candidates) = try await prepare(req)
        return try await req.page("appraisals/next-cycle", title: "Open the next cycle", NextCycleModel(loaded: loaded, candidates: candidates))
    }

    @Sendable func open(req: Request) async throws -> Response {
        let (loaded, candidates) = try await prepare(req)
        struct Posted: Content { var carry: [String]? }
        let chosen = Set((try req.content.decode(Posted.self).carry ?? []).compactMap(UUID.init(uuidString:)))
        let ids = req.application.dependencies.ids
        let beginning = CarryOver.beginning(carrying: candidates.map(\.output).filter { chosen.contains($0.key) }, newKey: { ids.next() })
        let next = try await CycleOpener.openNext(for: loaded.staff.record.id, after: loaded.cycle.endDate, beginning: beginning, in: req.services)
        req.flash(next.opened ? "The next cycle is open, with \(beginning.outputs.count) outputs carried over into its Beginning of Cycle."
                              : "The next cycle was already open: nothing was carried over.")
        return req.redirect(to: .appraisalForm(next.formID))
    }

    /// The End of Cycle, if the signed-in person may open the next cycle from it, and the
    /// outputs it offers to carry over.
    private func prepare(_ req: Request) async throws -> (LoadedAppraisalForm, [(output: Output, suggested: Bool)]) {
        guard let loaded = try await AppraisalFormLookup.load(try req.parameter(.formID), on: req.db, today: req.clock.today()) else {
            throw StrideError.notFound("The form")
        }
        try req.authorize(.view, loaded.subject)
        try req.authorize(.openNextCycle, loaded.subject)
        let plan = try await CyclePlan.load(cycleID: loaded.cycle.id!, on: req.db)
        let end = try JSONDecoder().decode(EndOfCycle.self, from: Data(loaded.form.content.utf8))
        return (loaded, CarryOver.candidates(plan.outputs, endOfCycle: end))
    }
}
