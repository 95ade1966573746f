import Fluent
import StrideCore
import Vapor

/// HR administrators' account work: one-time passwords (one, or a batch as CSV), disabling
/// accounts, and granting roles. Registered in the HR-only group.
struct AccountAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.oneTimePassword(.key), use: issue)
        routes.get(.oneTimePassword(.key), use: showIssued)
        routes.get(.accountStatus(.key), use: confirmDisable)
        routes.post(.accountStatus(.key), use: setStatus)
        routes.post(.roles(.key), use: setRoles)
        routes.get(.accounts, use: index)
        routes.post(.oneTimePasswordBatch, use: batch)
    }

    private func account(_ staff: StaffMember) throws -> AccountSubject {
        AccountSubject(staffID: try staff.requireID(), name: staff.name, isActive: staff.status == .active)
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        try req.authorize(.issueOneTimePassword, try account(staff))
        let issued = try await AccountService.issueOneTimePasswords(for: [staff], in: req.services)
        // Shown once on the next page, to this browser and for this person only: the session
        // holds it sealed, the key is in a cookie for that page alone.
        let staffID = try staff.requireID()
        let response = req.redirect(to: .oneTimePassword(staffID))
        if let password = issued.first?.1 {
            let sealed = try SealedSecret.seal(password)
            req.session.data[SessionKeys.oneTimePassword] = "\(staffID.uuidString) \(sealed.box)"
            response.cookies[Self.revealCookie] = revealCookie(sealed.key, for: staffID, req: req, maxAge: 300)
        }
        return response
    }

    static let revealCookie = "stride_reveal"

    private func revealCookie(_ value: String, for staffID: UUID, req: Request, maxAge: Int) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, maxAge: maxAge, path: StridePath.oneTimePassword(staffID).href,
                          isSecure: req.application.strideConfig.secureCookies, isHTTPOnly: true, sameSite: .strict)
    }

    @Sendable func showIssued(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        try req.authorize(.view, try account(staff))
        let staffID = try staff.requireID()
        var password: String?
        var revealed = false
        if let pending = req.session.data[SessionKeys.oneTimePassword]?.split(separator: " "), pending.count == 2,
           pending[0] == staffID.uuidString {
            password = req.cookies[Self.revealCookie].flatMap { SealedSecret.open(box: String(pending[1]), key: $0.string) }
            req.session.data[SessionKeys.oneTimePassword] = nil
            revealed = true
        }
        let model = IssuedPasswordModel(name: staff.name, email: staff.email, password: password,
                                        profileHref: StridePath.staffMember(staffID).href)
        let response = try await req.page("staff/one-time-password", title: "One-time password for \(staff.name)", model)
        if revealed { response.cookies[Self.revealCookie] = revealCookie("", for: staffID, req: req, maxAge: 0) }
        return response
    }

    /// Disabling is destructive, so it is asked for on a page of its own (UI.md §2).
    @Sendable func confirmDisable(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        try req.authorize(.disable, try account(staff))
        let id = try staff.requireID()
        let model = ConfirmModel(
            heading: "Disable \(staff.name)'s account?",
            explanation: "\(staff.name) will be signed out at once and cannot sign in until an HR administrator enables the account again. Their records are kept.",
            action: StridePath.accountStatus(id).href, fields: [.init(name: "disabled", value: "true")],
            button: "Disable account", cancelHref: StridePath.staffMember(id).href)
        return try await req.page("confirm", title: model.heading, model)
    }

    @Sendable func setStatus(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        let form = try req.content.decode(AccountStatusForm.self)
        guard let value = form.disabled, ["true", "false"].contains(value) else {
            throw StrideError.badRequest("disabled must be true or false")
        }
        let disable = value == "true"
        try req.authorize(disable ? .disable : .enable, try account(staff))
        try await AccountService.setDisabled(disable, staff: staff, in: req.services)
        req.flash(disable ? "\(staff.name)'s account is disabled." : "\(staff.name)'s account is enabled.")
        return req.redirect(to: .staffMember(try staff.requireID()))
    }

    @Sendable func setRoles(req: Request) async throws -> Response {
        let staff = try await req.find(StaffMember.self, .staffID, "The staff member")
        let roles = try AccountService.grantableRoles(try req.content.decode(RolesForm.self).roles ?? [])
        try req.authorize(.setRoles(roles), try account(staff))
        try await AccountService.setGrantedRoles(roles, staff: staff, in: req.services)
        req.flash("Roles updated for \(staff.name).")
        return req.redirect(to: .staffMember(try staff.requireID()))
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.view, AccountDirectory())
        let counts = try await AccountQueries.stateCounts(on: req.db)
        let model = AccountsModel(
            withoutPassword: counts.withoutPassword, oneTimeIssued: counts.oneTimeIssued, disabled: counts.disabled,
            active: counts.active, batchAction: StridePath.oneTimePasswordBatch.href,
            units: FormField.unitOptions(try await UnitQueries.all(on: req.db), selected: nil, none: "All units"))
        return try await req.page("admin/accounts", title: "Accounts", model)
    }

    /// One-time passwords for everyone active who has no usable password yet (or, with
    /// scope=all, everyone active in the chosen unit), returned as CSV to hand out.
    @Sendable func batch(req: Request) async throws -> Response {
        let user = try req.requireUser()
        try req.authorize(.issueBatch, AccountDirectory())
        let form = try req.content.decode(PasswordBatchForm.self)
        var unitID: UUID?
        if let raw = form.unit, !raw.isEmpty {
            guard let id = UUID(uuidString: raw) else { throw StrideError.badRequest("unit: select a unit from the list") }
            unitID = id
        }
        // Never the person asking: they would lose the password they are signed in with.
        let staff = try await AccountQueries.batchCandidates(unit: unitID, includingUsable: form.scope == "all",
                                                              excluding: user.staffID, on: req.db)
        // Replacing passwords people already use is destructive: ask first, on a page of its own.
        if form.scope == "all", form.confirmed != "yes" {
            let model = ConfirmModel(
                heading: "Replace \(staff.count) people's passwords?",
                explanation: "Everyone chosen will need the new one-time password from the file to sign in again; the passwords they use now stop working.",
                action: StridePath.oneTimePasswordBatch.href,
                fields: [.init(name: "unit", value: form.unit ?? ""), .init(name: "scope", value: "all"),
                         .init(name: "confirmed", value: "yes")],
                button: "Replace passwords and download", cancelHref: StridePath.accounts.href)
            return try await req.page("confirm", title: model.heading, model)
        }
        let issued = try await AccountService.issueOneTimePasswords(for: staff, in: req.services)
        var csv = CSV.row(["staff_id", "name", "email", "one_time_password"])
        for (person, password) in issued { csv += CSV.row([person.staffNumber, person.name, person.email, password]) }
        return .csv(csv, filename: "one-time-passwords-\(req.clock.today().iso).csv")
    }
}
