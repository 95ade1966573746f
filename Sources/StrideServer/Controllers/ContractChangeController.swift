import Fluent
import StrideCore
import Vapor

/// HR's recording of a change of contract type. Registered in the HR-only group.
struct ContractChangeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.contractChange(.key), use: new)
        routes.post(.contractChange(.key), use: record)
        routes.post(.withdrawContractChange(.key), use: withdraw)
    }

    struct WithdrawForm: Content {
        /// The day the change being withdrawn takes effect: the page names the change it shows.
        var effectiveOn: String?
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

    @Sendable func withdraw(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        try req.authorize(.edit, try req.staffSubject(staff))
        let form = try req.content.decode(WithdrawForm.self)
        guard let date = form.effectiveOn.flatMap(CalendarDate.init(iso:)) else {
            throw StrideError.badRequest("effectiveOn: send the date of the change to withdraw, as YYYY-MM-DD")
        }
        switch try await ContractChangeService.withdraw(changeOn: date, for: try staff.requireID(), in: req.services) {
        case .failure(let refused):
            return try await render(req, staff: staff, form: ContractChangeForm(), errors: [FieldError("withdraw", refused.reason)],
                                    status: .conflict)
        case .success(let withdrawn):
            req.flash(withdrawn.summary)
            return req.redirect(to: .staffMember(try staff.requireID()))
        }
    }

    private func render(_ req: Request, staff: StaffMember, form: ContractChangeForm, errors: [FieldError],
                        status: HTTPStatus? = nil) async throws -> Response {
        let (history, cycles) = try await ContractHistories.standing(of: staff, on: req.db)
        let model = ContractChangeModel(staff: staff, history: history, opened: cycles.map(\.scheduled), today: req.clock.today(),
                                        form: form, errors: errors)
        return try await req.renderPage("staff/contract-change", title: "\(model.heading): \(staff.name)", model, errors: errors,
                                        status: status)
    }
}
