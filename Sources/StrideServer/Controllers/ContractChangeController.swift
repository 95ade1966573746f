import Fluent
import StrideCore
import Vapor

/// HR's recording of a change of contract type. Registered in the HR-only group.
struct ContractChangeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.contractChange(.key), use: new)
        routes.post(.contractChange(.key), use: record)
    }

    @Sendable func new(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        try req.authorize(.edit, try req.staffSubject(staff))
        return try await render(req, staff: staff, form: ContractChangeForm(), errors: [])
    }

    @Sendable func record(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        try req.authorize(.edit, try req.staffSubject(staff))
        let form = try req.content.decode(ContractChangeForm.self)
        switch try await ContractChangeService.record(form.input, for: try staff.requireID(), in: req.services) {
        case .failure(let failure):
            return try await render(req, staff: staff, form: form, errors: failure.errors)
        case .success(let recorded):
            req.flash(recorded.summary)
            return req.redirect(to: .staffMember(try staff.requireID()))
        }
    }

    private func render(_ req: Request, staff: StaffMember, form: ContractChangeForm, errors: [FieldError]) async throws -> Response {
        let (history, cycles) = try await ContractHistories.standing(of: staff, on: req.db)
        let model = ContractChangeModel(staff: staff, history: history, opened: cycles.map(\.scheduled), today: req.clock.today(),
                                        form: form, errors: errors)
        return try await req.renderPage("staff/contract-change", title: "\(model.heading): \(staff.name)", model, errors: errors)
    }
}
