import Fluent
import StrideCore
import Vapor

/// HR administrators' account work: one-time passwords (one, or a batch as CSV), disabling
/// accounts, and granting roles.
struct AccountAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(StridePath.oneTimePassword.components, use: issue)
        routes.get(StridePath.oneTimePassword.components, use: showIssued)
        routes.get(StridePath.accountStatus.components, use: confirmDisable)
        routes.post(StridePath.accountStatus.components, use: setStatus)
        routes.post(StridePath.roles.components, use: setRoles)
        routes.get(StridePath.accounts.components, use: index)
        routes.post(StridePath.oneTimePasswordBatch.components, use: batch)
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let staff = try await req.find(StaffMember.self, "staffID", "The staff member")
        guard staff.status == .active else {
            throw StrideError.conflict("\(staff.name) has separated and cannot be given a password.")
        }
        let issued = try await Accounts.issueOneTimePasswords(for: [staff], by: user.staffID, app: req.application, on: req.db)
        // Shown once on the next page, for this person only, then gone from the session.
        let staffID = try staff.requireID()
        req.session.data[SessionKeys.oneTimePassword] = issued.first.map { "\(staffID.uuidString) \($0.1)" }
        return req.redirect(to: StridePath.oneTimePassword.link(try staff.requireID()), redirectType: .normal)
    }

    struct IssuedView: Encodable {
        let name: String
        let email: String
        let password: String?
        let profileHref: String
    }

    @Sendable func showIssued(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        let staff = try await req.find(StaffMember.self, "staffID", "The staff member")
        var password: String?
        if let pending = req.session.data[SessionKeys.oneTimePassword]?.split(separator: " "), pending.count == 2,
           pending[0] == (try staff.requireID()).uuidString {
            password = String(pending[1])
            req.session.data[SessionKeys.oneTimePassword] = nil
        }
        let view = IssuedView(name: staff.name, email: staff.email, password: password,
                              profileHref: StridePath.staffMember.link(try staff.requireID()))
        return try await req.page("staff/one-time-password", title: "One-time password for \(staff.name)", view)
    }

    struct ConfirmView: Encodable {
        let heading: String
        let explanation: String
        let action: String
        let fields: [HiddenField]
        let button: String
        let cancelHref: String
    }

    struct HiddenField: Encodable {
        let name: String
        let value: String
    }

    /// Disabling is destructive, so it is asked for on a page of its own (UI.md §2).
    @Sendable func confirmDisable(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        let staff = try await req.find(StaffMember.self, "staffID", "The staff member")
        let id = try staff.requireID()
        let view = ConfirmView(
            heading: "Disable \(staff.name)'s account?",
            explanation: "\(staff.name) will be signed out at once and cannot sign in until an HR administrator enables the account again. Their records are kept.",
            action: StridePath.accountStatus.link(id), fields: [HiddenField(name: "disabled", value: "true")],
            button: "Disable account", cancelHref: StridePath.staffMember.link(id))
        return try await req.page("confirm", title: view.heading, view)
    }

    struct StatusForm: Content { var disabled: String? }

    @Sendable func setStatus(req: Request) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let staff = try await req.find(StaffMember.self, "staffID", "The staff member")
        let form = try req.content.decode(StatusForm.self)
        guard let value = form.disabled, ["true", "false"].contains(value) else {
            throw StrideError.badRequest("disabled must be true or false")
        }
        if value == "true", staff.id == user.staffID {
            throw StrideError.conflict("You cannot disable your own account.")
        }
        try await Accounts.setDisabled(value == "true", staff: staff, by: user.staffID, app: req.application, on: req.db)
        req.flash(value == "true" ? "\(staff.name)'s account is disabled." : "\(staff.name)'s account is enabled.")
        return req.redirect(to: StridePath.staffMember.link(try staff.requireID()), redirectType: .normal)
    }

    struct RolesForm: Content { var roles: [String]? }

    @Sendable func setRoles(req: Request) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let staff = try await req.find(StaffMember.self, "staffID", "The staff member")
        let form = try req.content.decode(RolesForm.self)
        var roles: Set<Role> = []
        for raw in form.roles ?? [] {
            guard let role = Role(rawValue: raw), role.isGrantable else {
                throw StrideError.badRequest("roles: \(raw) is not a role that can be given")
            }
            roles.insert(role)
        }
        if staff.id == user.staffID, !roles.contains(.hrAdministrator) {
            throw StrideError.conflict("You cannot remove your own HR administrator role; ask another HR administrator.")
        }
        try await Accounts.setGrantedRoles(roles, staff: staff, by: user.staffID, app: req.application, on: req.db)
        req.flash("Roles updated for \(staff.name).")
        return req.redirect(to: StridePath.staffMember.link(try staff.requireID()), redirectType: .normal)
    }

    struct IndexView: Encodable {
        let withoutPassword: Int
        let oneTimeIssued: Int
        let disabled: Int
        let active: Int
        let batchAction: String
        let units: [FormField.Option]
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        let counts = try await AccountQueries.stateCounts(on: req.db)
        let units = try await OrganisationalUnit.query(on: req.db).sort(\.$name).all()
        let view = IndexView(
            withoutPassword: counts.withoutPassword, oneTimeIssued: counts.oneTimeIssued, disabled: counts.disabled,
            active: counts.active, batchAction: StridePath.oneTimePasswordBatch.template,
            units: FormField.unitOptions(units, selected: nil, none: "All units"))
        return try await req.page("admin/accounts", title: "Accounts", view)
    }

    struct BatchForm: Content {
        var unit: String?
        var scope: String?
        var confirmed: String?
    }

    /// One-time passwords for everyone active who has no usable password yet (or, with
    /// scope=all, everyone active in the chosen unit), returned as CSV to hand out.
    @Sendable func batch(req: Request) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let form = try req.content.decode(BatchForm.self)
        let query = StaffMember.query(on: req.db).filter(\.$status == .active).sort(\.$name)
        if let raw = form.unit, !raw.isEmpty {
            guard let unitID = UUID(uuidString: raw) else { throw StrideError.badRequest("unit: select a unit from the list") }
            query.filter(\.$unit.$id == unitID)
        }
        // Never the person asking: they would lose the password they are signed in with.
        var staff = try await query.filter(\.$id != user.staffID).all()
        if form.scope != "all" {
            let usable = Set(try await Account.query(on: req.db).filter(\.$passwordHash != nil).all().map(\.$staffMember.id))
            staff = staff.filter { !usable.contains($0.id!) }
        }
        // Replacing passwords people already use is destructive: ask first, on a page of its own.
        if form.scope == "all", form.confirmed != "yes" {
            let view = ConfirmView(
                heading: "Replace \(staff.count) people's passwords?",
                explanation: "Everyone chosen will need the new one-time password from the file to sign in again; the passwords they use now stop working.",
                action: StridePath.oneTimePasswordBatch.template,
                fields: [HiddenField(name: "unit", value: form.unit ?? ""), HiddenField(name: "scope", value: "all"),
                         HiddenField(name: "confirmed", value: "yes")],
                button: "Replace passwords and download", cancelHref: StridePath.accounts.template)
            return try await req.page("confirm", title: view.heading, view)
        }
        let issued = try await Accounts.issueOneTimePasswords(for: staff, by: user.staffID, app: req.application, on: req.db)
        var csv = CSV.row(["staff_id", "name", "email", "one_time_password"])
        for (person, password) in issued { csv += CSV.row([person.staffNumber, person.name, person.email, password]) }
        let response = Response(status: .ok, body: .init(string: csv))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        let stamp = req.clock.today().iso
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"one-time-passwords-\(stamp).csv\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

}
