import StrideCore
import Vapor

/// Responsible chiefs' (and HR's) delegations of appraisals: listed with their dates, granted,
/// revoked.
struct DelegationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.delegations, use: index)
        routes.post(.delegations, use: grant)
        routes.post(.revokeDelegation(.key), use: revoke)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.list, DelegationSubject(staffUnitID: nil))
        return try await render(req, form: DelegationInput(startsOn: req.clock.today().iso), errors: [])
    }

    @Sendable func grant(req: Request) async throws -> Response {
        try req.authorize(.list, DelegationSubject(staffUnitID: nil))
        let input = try req.content.decode(DelegationInput.self)
        switch try await DelegationService.grant(input, viewer: try req.requireUser().viewer, in: req.services) {
        case .failure(let failure): return try await render(req, form: input, errors: failure.errors)
        case .success:
            req.flash("Delegation recorded.")
            return req.redirect(to: .delegations)
        }
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        try req.authorize(.list, DelegationSubject(staffUnitID: nil))
        try await DelegationService.revoke(try req.parameter(.delegationID), viewer: try req.requireUser().viewer, in: req.services)
        req.flash("Delegation revoked.")
        return req.redirect(to: .delegations)
    }

    private func render(_ req: Request, form: DelegationInput, errors: [FieldError]) async throws -> Response {
        let user = try req.requireUser()
        let rows = try await DelegationList.rows(for: user.viewer, on: req.db)
        let model = DelegationsModel(rows: rows, viewer: user.viewer, form: form, errors: errors, today: req.clock.today())
        return try await req.renderPage("appraisals/delegations", title: "Delegations", model, errors: errors)
    }
}
