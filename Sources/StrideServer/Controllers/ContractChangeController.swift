import Fluent
import StrideCore
import Vapor

/// HR's recording of a change of contract type. Registered in the HR-only group.
struct ContractChangeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.contractChange(.key), use: new)
        routes.post(.contractChange(.key), use: record)
        routes.get(.withdrawContractChange(.key), use: confirmWithdrawal)
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

    /// Withdrawing undoes a record, so it is confirmed on a page of its own (UI.md §2).
    @Sendable func confirmWithdrawal(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        try req.authorize(.edit, try req.staffSubject(staff))
        let id = try staff.requireID()
        let (history, cycles) = try await ContractHistories.standing(of: staff, on: req.db)
        guard let last = history.changes.last else { throw StrideError.notFound("A change of contract type") }
        if case .failure(let refused) = ContractChangeRules.withdrawal(of: last, history: history, opened: cycles.map(\.scheduled),
                                                                        endOfCycleSigned: { _ in true }, policies: [:]) {
            throw StrideError.conflict(refused.reason + ".")
        }
        let before = history.type(on: last.effectiveOn.adding(days: -1)).displayName.lowercased()
        let model = ConfirmModel(
            heading: "Withdraw the change to \(last.type.displayName.lowercased()) from \(DisplayDate.long(last.effectiveOn))?",
            explanation: "\(staff.name)'s contract will be \(before) again, as if the change had never been recorded, and the cycle "
                + "it closed runs to its scheduled end again unless both have signed its End of Cycle. The audit trail keeps both steps.",
            action: StridePath.withdrawContractChange(id).href, fields: [.init(name: "effectiveOn", value: last.effectiveOn.iso)],
            button: "Withdraw the change", cancelHref: StridePath.contractChange(id).href)
        return try await req.page("confirm", title: model.heading, model)
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
