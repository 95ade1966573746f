import Fluent
import StrideCore
import Vapor

/// The staff directory, staff profiles, and HR's creating and editing of staff records.
struct StaffController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        routes.get(StridePath.staff.components, use: index)
        routes.get(StridePath.newStaff.components, use: new)
        routes.post(StridePath.newStaff.components, use: create)
        routes.get(StridePath.staffMember.components, use: show)
        routes.get(StridePath.editStaff.components, use: edit)
        routes.post(StridePath.editStaff.components, use: update)
    }

    // MARK: directory

    struct IndexView: Encodable {
        let query: String
        let people: [PersonSummary]
        let total: Int
        let pagination: Pagination
        let canAdd: Bool
        let newHref: String
    }

    @Sendable func index(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let text = (req.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let query = StaffMember.query(on: req.db).with(\.$unit)
        if !text.isEmpty {
            query.group(.or) { group in
                group.filter(TextSearch.contains("name", text)).filter(TextSearch.contains("job_title", text))
                // Email and staff ID are not on the public organisation chart: only HR searches them.
                if user.isHRAdministrator {
                    group.filter(TextSearch.contains("email", text)).filter(\.$staffNumber == text)
                }
            }
        }
        if !user.isHRAdministrator { query.filter(\.$status == .active) }
        let total = try await query.count()
        let page = Pagination.clamp(req.query[String.self, at: "page"], pageSize: Self.pageSize, total: total)
        let staff = try await query.sort(\.$name).range((page - 1) * Self.pageSize ..< page * Self.pageSize).all()
        let scope = try await StaffAccessScope.load(for: user, on: req.db)
        let view = IndexView(
            query: text,
            people: staff.map { PersonSummary($0, unitName: $0.unit?.name, canOpen: scope.contains($0.id!)) },
            total: total,
            pagination: Pagination(page: page, pageSize: Self.pageSize, total: total, path: StridePath.staff.template,
                                   query: text.isEmpty ? [:] : ["q": text]),
            canAdd: user.isHRAdministrator, newHref: StridePath.newStaff.template)
        return try await req.page("staff/index", title: "Staff", view)
    }

    // MARK: profile

    struct ProfileView: Encodable {
        let id: String
        let name: String
        let email: String
        let staffNumber: String
        let grade: String
        let jobTitle: String
        let unit: PageLink?
        let supervisorName: String?
        let supervisorHref: String?
        let entryOnDuty: String
        let contractType: String
        let status: String
        let isSeparated: Bool
        let workgroups: [PageLink]
    }

    struct ShowView: Encodable {
        let profile: ProfileView
        let relation: String?
        let reports: [PersonSummary]
        let admin: AdminPanel?
    }

    /// What HR administrators see and can do on a profile.
    struct AdminPanel: Encodable {
        let editHref: String
        let accountState: String
        let accountTag: String
        let disabled: Bool
        let oneTimePasswordAction: String
        let accountStatusAction: String
        let rolesAction: String
        let grantableRoles: [FormField.Option]
    }

    @Sendable func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (staff, relation) = try await req.viewableStaff(try req.uuid("staffID"))
        let id = try staff.requireID()
        let reports = try await StaffMember.query(on: req.db).filter(\.$supervisor.$id == id).filter(\.$status == .active)
            .sort(\.$name).all()
        var admin: AdminPanel?
        if user.isHRAdministrator {
            let account = try await Account.query(on: req.db).filter(\.$staffMember.$id == id).first()
            let grants = try await RoleGrant.query(on: req.db).filter(\.$staffMember.$id == id).all().map(\.role)
            let (state, tag) = Self.accountState(account, staff: staff)
            admin = AdminPanel(
                editHref: StridePath.editStaff.link(id), accountState: state, accountTag: tag,
                disabled: account?.disabled ?? false,
                oneTimePasswordAction: StridePath.oneTimePassword.link(id),
                accountStatusAction: StridePath.accountStatus.link(id),
                rolesAction: StridePath.roles.link(id),
                grantableRoles: Role.grantable.map { .init(value: $0.rawValue, label: $0.displayName, selected: grants.contains($0)) })
        }
        let view = ShowView(
            profile: try await Self.profile(staff, relation: relation, on: req.db),
            relation: Self.describe(relation),
            reports: reports.map { PersonSummary($0, unitName: nil, canOpen: true) },
            admin: admin)
        return try await req.page("staff/show", title: staff.name, view)
    }

    static func describe(_ relation: StaffRelation) -> String? {
        switch relation {
        case .directManager: "You are this person's manager."
        case .indirectManager: "This person reports to you indirectly."
        case .responsibleChief: "This person works in a unit you head."
        default: nil
        }
    }

    static func accountState(_ account: Account?, staff: StaffMember) -> (String, String) {
        if staff.status == .separated { return ("Separated: cannot sign in", "grey") }
        guard let account, account.passwordHash != nil else { return ("No password issued", "yellow") }
        if account.disabled { return ("Disabled", "red") }
        if account.mustChangePassword { return ("One-time password issued", "blue") }
        return ("Active", "green")
    }

    static func profile(_ staff: StaffMember, relation: StaffRelation, on db: any Database) async throws -> ProfileView {
        let id = try staff.requireID()
        let unit = try await staff.$unit.get(on: db)
        let supervisor = try await staff.$supervisor.get(on: db)
        let memberships = try await WorkgroupMembership.query(on: db).with(\.$workgroup)
            .filter(\.$staffMember.$id == id).all()
        return ProfileView(
            id: id.uuidString, name: staff.name, email: staff.email, staffNumber: staff.staffNumber, grade: staff.grade,
            jobTitle: staff.jobTitle,
            unit: unit.map { .init(label: $0.name, href: StridePath.unit.link($0.id!)) },
            supervisorName: supervisor?.name,
            // Anyone who can see this record can follow the chain upwards only if they can see that record too.
            supervisorHref: supervisor.flatMap { sup in relation == .hrAdministrator || relation == .indirectManager ? StridePath.staffMember.link(sup.id!) : nil },
            entryOnDuty: DisplayDate.long(staff.entryOnDuty),
            contractType: staff.contractType.displayName, status: staff.status.displayName,
            isSeparated: staff.status == .separated,
            workgroups: memberships.map { .init(label: "\($0.workgroup.name) (\($0.role))", href: StridePath.workgroup.link($0.workgroup.id!)) }
                .sorted { $0.label < $1.label })
    }

    // MARK: editing (HR administrators)

    struct StaffForm: Content {
        var name: String?
        var email: String?
        var staffNumber: String?
        var grade: String?
        var jobTitle: String?
        var entryOnDuty: String?
        var contractType: String?
        var status: String?
        var unit: String?
        var supervisor: String?

        var input: StaffInput {
            StaffInput(name: name, email: email, staffNumber: staffNumber, grade: grade, jobTitle: jobTitle,
                       entryOnDuty: entryOnDuty, contractType: contractType, status: status)
        }
    }

    @Sendable func new(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        let form = StaffForm(entryOnDuty: req.clock.today().iso, status: EmploymentStatus.active.rawValue,
                             unit: req.query[String.self, at: "unit"])
        return try await renderForm(req, form: form, staff: nil, errors: [])
    }

    @Sendable func edit(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        let staff = try await req.find(StaffMember.self, "staffID", "The staff member")
        let supervisor = try await staff.$supervisor.get(on: req.db)
        let input = StaffInput(staff.details)
        let form = StaffForm(name: input.name, email: input.email, staffNumber: input.staffNumber, grade: input.grade,
                             jobTitle: input.jobTitle, entryOnDuty: input.entryOnDuty, contractType: input.contractType,
                             status: input.status, unit: staff.$unit.id?.uuidString, supervisor: supervisor?.staffNumber)
        return try await renderForm(req, form: form, staff: staff, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try await save(req, existing: nil)
    }

    @Sendable func update(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        return try await save(req, existing: try await req.find(StaffMember.self, "staffID", "The staff member"))
    }

    private func save(_ req: Request, existing: StaffMember?) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let form = try req.content.decode(StaffForm.self)
        let validated = form.input.validate()
        var errors = validated.errors
        let unitID = FormChoice.optionalID(form.unit, field: "unit", errors: &errors, message: "Select a unit from the list")
        let supervisor = try await Organisation.resolveStaff(form.supervisor, field: "supervisor", on: req.db, errors: &errors)
        guard errors.isEmpty, let details = validated.value else {
            return try await renderForm(req, form: form, staff: existing, errors: errors.inFieldOrder(Self.fieldOrder))
        }
        switch try await Organisation.saveStaff(details, unitID: unitID, supervisor: supervisor, existing: existing,
                                                by: user.staffID, app: req.application, on: req.db) {
        case .failure(let failure):
            return try await renderForm(req, form: form, staff: existing, errors: failure.errors.inFieldOrder(Self.fieldOrder))
        case .success(let staff):
            req.flash(existing == nil ? "\(staff.name) added." : "\(staff.name) updated.")
            return req.redirect(to: StridePath.staffMember.link(try staff.requireID()), redirectType: .normal)
        }
    }

    static let fieldOrder = ["name", "email", "staffNumber", "grade", "jobTitle", "unit", "supervisor", "entryOnDuty", "contractType", "status"]

    private func renderForm(_ req: Request, form: StaffForm, staff: StaffMember?, errors: [FieldError]) async throws -> Response {
        let units = try await OrganisationalUnit.query(on: req.db).sort(\.$name).all()
        let unitOptions = FormField.unitOptions(units, selected: form.unit, none: "No unit")
        let fields = [
            FormField("name", .text, label: "Full name", value: form.name, errors: errors, autocomplete: "off"),
            FormField("email", .email, label: "Email address", value: form.email, errors: errors, autocomplete: "off"),
            FormField("staffNumber", .text, label: "Staff ID", value: form.staffNumber, errors: errors, width: "10"),
            FormField("grade", .text, label: "Grade", hint: "For example P3, G5 or D1", value: form.grade, errors: errors, width: "10"),
            FormField("jobTitle", .text, label: "Job title", value: form.jobTitle, errors: errors),
            FormField("unit", .select, label: "Unit", value: form.unit, errors: errors, options: unitOptions),
            FormField("supervisor", .text, label: "Supervisor (optional)", hint: "The supervisor's staff ID or email address",
                      value: form.supervisor, errors: errors, width: "20"),
            FormField("entryOnDuty", .date, label: "Entry on duty date", hint: "For example 2026-03-01",
                      value: form.entryOnDuty, errors: errors, width: "10"),
            FormField("contractType", .radios, label: "Contract type", value: form.contractType, errors: errors,
                      options: FormField.options(ContractType.self, selected: form.contractType) { $0.displayName }),
            FormField("status", .radios, label: "Status", hint: "Separated staff keep their records but cannot sign in.",
                      value: form.status, errors: errors,
                      options: FormField.options(EmploymentStatus.self, selected: form.status) { $0.displayName }),
        ]
        let view = EditFormView(
            heading: staff == nil ? "Add a staff member" : "Edit \(staff!.name)",
            action: staff.map { StridePath.editStaff.link($0.id!) } ?? StridePath.newStaff.template,
            fields: fields,
            cancelHref: staff.map { StridePath.staffMember.link($0.id!) } ?? StridePath.staff.template)
        return try await req.renderPage("form", title: view.heading, view, errors: errors)
    }

}
