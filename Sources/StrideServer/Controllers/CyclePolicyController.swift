import StrideCore
import Vapor

/// HR's cycle policies, one per contract type. Registered in the HR-only group.
struct CyclePolicyController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.cyclePolicies, use: index)
        for contract in ContractType.allCases {
            routes.get(.cyclePolicy(contract)) { try await edit(req: $0, contract: contract) }
            routes.post(.cyclePolicy(contract)) { try await update(req: $0, contract: contract) }
        }
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.enter, Administration())
        return try await req.page("cycles/policies", title: "Cycle policies", CyclePoliciesModel(try await CyclePolicyService.all(on: req.db)))
    }

    func edit(req: Request, contract: ContractType) async throws -> Response {
        try req.authorize(.enter, Administration())
        let row = try await CyclePolicyService.record(for: contract, on: req.db)
        return try await render(req, contract: contract, form: CyclePolicyForm(row.policy, version: row.recordVersion), errors: [])
    }

    func update(req: Request, contract: ContractType) async throws -> Response {
        try req.authorize(.enter, Administration())
        let form = try req.content.decode(CyclePolicyForm.self)
        switch try await CyclePolicyService.update(contract, with: form.input, version: form.version, in: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            let row = try await CyclePolicyService.record(for: contract, on: req.db)
            let saved = CyclePolicyForm(row.policy, version: row.recordVersion)
            let stale = try StaleEdit.resubmission(typed: form, saved: saved, fields: saved.fields(errors: []))
            return try await render(req, contract: contract, form: stale.form, errors: stale.errors, status: .conflict)
        case .failure(let failure):
            return try await render(req, contract: contract, form: form, errors: failure.errors)
        case .success:
            req.flash("The \(contract.displayName.lowercased()) cycle policy is saved. Cycles opened from now on follow it.")
            return req.redirect(to: .cyclePolicies)
        }
    }

    private func render(_ req: Request, contract: ContractType, form: CyclePolicyForm, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let model = EditFormView(
            heading: "\(contract.displayName) cycle policy",
            action: StridePath.cyclePolicy(contract).href,
            fields: form.fields(errors: errors),
            cancelHref: StridePath.cyclePolicies.href,
            hidden: form.version.map { [.init(name: "version", value: String($0))] } ?? [])
        return try await req.renderPage("form", title: model.heading, model, errors: errors, status: status)
    }
}
