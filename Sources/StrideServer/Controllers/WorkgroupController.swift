import Fluent
import StrideCore
import Vapor

/// Workgroups: the list, a workgroup's page with its members, and HR's forming and editing.
struct WorkgroupController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(StridePath.workgroups.components, use: index)
        routes.get(StridePath.newWorkgroup.components, use: new)
        routes.post(StridePath.newWorkgroup.components, use: create)
        routes.get(StridePath.workgroup.components, use: show)
        routes.get(StridePath.editWorkgroup.components, use: edit)
        routes.post(StridePath.editWorkgroup.components, use: update)
        routes.post(StridePath.workgroupMembers.components, use: addMember)
        routes.post(StridePath.removeWorkgroupMember.components, use: removeMember)
    }

    struct WorkgroupRow: Encodable {
        let name: String
        let href: String
        let kind: String
        let leadName: String
        let memberCount: Int
        let endDate: String?
    }

    /// Workgroup rows, optionally only those someone belongs to; members counted in one query.
    static func rows(on db: any Database, memberID: UUID? = nil) async throws -> [WorkgroupRow] {
        let query = Workgroup.query(on: db).with(\.$lead).sort(\.$name)
        if let memberID {
            let ids = try await WorkgroupMembership.query(on: db).filter(\.$staffMember.$id == memberID).all()
                .map(\.$workgroup.id)
            query.filter(\.$id ~~ ids)
        }
        let groups = try await query.all()
        let memberships = try await WorkgroupMembership.query(on: db).filter(\.$workgroup.$id ~~ groups.compactMap(\.id)).all()
        let counts = Dictionary(grouping: memberships, by: { $0.$workgroup.id }).mapValues(\.count)
        return groups.map { group in
            WorkgroupRow(name: group.name, href: StridePath.workgroup.link(group.id!), kind: group.kind.displayName,
                         leadName: group.lead.name, memberCount: counts[group.id!] ?? 0,
                         endDate: group.endDate.map(DisplayDate.long))
        }
    }

    struct IndexView: Encodable {
        let workgroups: [WorkgroupRow]
        let canAdd: Bool
        let newHref: String
    }

    @Sendable func index(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let view = IndexView(workgroups: try await Self.rows(on: req.db), canAdd: user.isHRAdministrator,
                             newHref: StridePath.newWorkgroup.template)
        return try await req.page("workgroups/index", title: "Workgroups", view)
    }

    struct MemberRow: Encodable {
        let person: PersonSummary
        let role: String
        let isLead: Bool
        let removeAction: String?
    }

    struct ShowView: Encodable {
        let name: String
        let kind: String
        let purpose: String
        let endDate: String?
        let leadName: String
        let members: [MemberRow]
        let editHref: String?
        let addMemberAction: String?
        let addMemberFields: [FormField]
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await renderShow(req, group: try await req.find(Workgroup.self, "workgroupID", "The workgroup"), memberForm: nil, errors: [])
    }

    struct MemberForm: Content {
        var member: String?
        var role: String?
    }

    private func renderShow(_ req: Request, group: Workgroup, memberForm: MemberForm?, errors: [FieldError]) async throws -> Response {
        let user = try req.requireUser()
        let id = try group.requireID()
        let lead = try await group.$lead.get(on: req.db)
        let memberships = try await WorkgroupMembership.query(on: req.db).filter(\.$workgroup.$id == id)
            .join(StaffMember.self, on: \WorkgroupMembership.$staffMember.$id == \StaffMember.$id)
            .sort(StaffMember.self, \.$name).all()
        let scope = try await StaffAccessScope.load(for: user, on: req.db)
        let canEdit = user.isHRAdministrator
        let members = try memberships.map { membership in
            let staff = try membership.joined(StaffMember.self)
            let isLead = staff.id == lead.id
            return MemberRow(person: PersonSummary(staff, unitName: nil, canOpen: scope.contains(staff.id!)),
                             role: membership.role, isLead: isLead,
                             removeAction: canEdit && !isLead ? StridePath.removeWorkgroupMember.link(id, staff.id!) : nil)
        }
        let view = ShowView(
            name: group.name, kind: group.kind.displayName, purpose: group.purpose,
            endDate: group.endDate.map(DisplayDate.long), leadName: lead.name, members: members,
            editHref: canEdit ? StridePath.editWorkgroup.link(id) : nil,
            addMemberAction: canEdit ? StridePath.workgroupMembers.link(id) : nil,
            addMemberFields: [
                FormField("member", .text, label: "Staff ID or email", value: memberForm?.member, errors: errors, width: "20"),
                FormField("role", .text, label: "Role in the workgroup", hint: "For example Analyst or Product owner",
                          value: memberForm?.role, errors: errors, width: "20"),
            ])
        return try await req.renderPage("workgroups/show", title: group.name, view, errors: errors)
    }

    @Sendable func addMember(req: Request) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let group = try await req.find(Workgroup.self, "workgroupID", "The workgroup")
        let form = try req.content.decode(MemberForm.self)
        var errors: [FieldError] = []
        if (form.member ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError("member", "Enter the staff ID or email of the person to add"))
        }
        let staff = try await Organisation.resolveStaff(form.member, field: "member", on: req.db, errors: &errors)
        errors += WorkgroupRole.validate(form.role).errors
        if let staff, try await WorkgroupMembership.query(on: req.db).filter(\.$workgroup.$id == group.id!)
            .filter(\.$staffMember.$id == staff.id!).first() != nil {
            errors.append(FieldError("member", "\(staff.name) is already a member of this workgroup"))
        }
        guard errors.isEmpty, let staff, let role = form.role?.trimmingCharacters(in: .whitespacesAndNewlines) else {
            return try await renderShow(req, group: group, memberForm: form, errors: errors)
        }
        let now = req.clock.now()
        try await req.db.transaction { db in
            try await WorkgroupMembership(workgroupID: group.id!, staffMemberID: staff.id!, role: role).create(on: db)
            try await db.audit("add_member", "workgroup", id: group.id, by: user.staffID, at: now,
                               "\(staff.name) joined \(group.name) as \(role)")
        }
        req.flash("\(staff.name) added to \(group.name).")
        return req.redirect(to: StridePath.workgroup.link(group.id!), redirectType: .normal)
    }

    @Sendable func removeMember(req: Request) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let group = try await req.find(Workgroup.self, "workgroupID", "The workgroup")
        let staffID = try req.uuid("staffID")
        guard staffID != group.$lead.id else {
            throw StrideError.conflict("The lead cannot be removed; choose another lead first.")
        }
        guard let membership = try await WorkgroupMembership.query(on: req.db).filter(\.$workgroup.$id == group.id!)
            .filter(\.$staffMember.$id == staffID).with(\.$staffMember).first() else {
            throw StrideError.notFound("The membership")
        }
        let now = req.clock.now()
        try await req.db.transaction { db in
            try await membership.delete(on: db)
            try await db.audit("remove_member", "workgroup", id: group.id, by: user.staffID, at: now,
                               "\(membership.staffMember.name) left \(group.name)")
        }
        req.flash("\(membership.staffMember.name) removed from \(group.name).")
        return req.redirect(to: StridePath.workgroup.link(group.id!), redirectType: .normal)
    }

    // MARK: forming and editing

    struct WorkgroupForm: Content {
        var name: String?
        var kind: String?
        var purpose: String?
        var endDate: String?
        var lead: String?
    }

    @Sendable func new(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        return try await renderForm(req, form: WorkgroupForm(), group: nil, errors: [])
    }

    @Sendable func edit(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        let group = try await req.find(Workgroup.self, "workgroupID", "The workgroup")
        let lead = try await group.$lead.get(on: req.db)
        let form = WorkgroupForm(name: group.name, kind: group.kind.rawValue, purpose: group.purpose,
                                 endDate: group.endDate?.iso, lead: lead.staffNumber)
        return try await renderForm(req, form: form, group: group, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try await save(req, existing: nil)
    }

    @Sendable func update(req: Request) async throws -> Response {
        try req.requireHRAdministrator()
        return try await save(req, existing: try await req.find(Workgroup.self, "workgroupID", "The workgroup"))
    }

    private func save(_ req: Request, existing: Workgroup?) async throws -> Response {
        let user = try req.requireHRAdministrator()
        let form = try req.content.decode(WorkgroupForm.self)
        let validated = WorkgroupInput(name: form.name, kind: form.kind, purpose: form.purpose, endDate: form.endDate).validate()
        var errors = validated.errors
        if (form.lead ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError("lead", "Enter the staff ID or email of the workgroup's lead"))
        }
        let lead = try await Organisation.resolveStaff(form.lead, field: "lead", on: req.db, errors: &errors)
        if let name = validated.value?.name,
           let clash = try await Workgroup.query(on: req.db).filter(\.$name == name).first(), clash.id != existing?.id {
            errors.append(FieldError("name", "A workgroup called \(name) already exists"))
        }
        guard errors.isEmpty, let details = validated.value, let lead, let leadID = lead.id else {
            return try await renderForm(req, form: form, group: existing,
                                        errors: errors.inFieldOrder(["name", "kind", "purpose", "lead", "endDate"]))
        }
        let group = existing ?? Workgroup()
        let previousLeadID = existing?.$lead.id
        group.apply(details)
        group.$lead.id = leadID
        let now = req.clock.now()
        try await req.db.transaction { db in
            try await group.save(on: db)
            let groupID = try group.requireID()
            // A lead who is replaced stays in the workgroup as a member.
            if let previous = previousLeadID, previous != leadID,
               let membership = try await WorkgroupMembership.query(on: db).filter(\.$workgroup.$id == groupID)
                .filter(\.$staffMember.$id == previous).first() {
                membership.role = WorkgroupRole.member
                try await membership.save(on: db)
            }
            // The lead is always a member, with the Lead role.
            if let membership = try await WorkgroupMembership.query(on: db).filter(\.$workgroup.$id == groupID)
                .filter(\.$staffMember.$id == leadID).first() {
                membership.role = WorkgroupRole.lead
                try await membership.save(on: db)
            } else {
                try await WorkgroupMembership(workgroupID: groupID, staffMemberID: leadID, role: WorkgroupRole.lead).create(on: db)
            }
            try await db.audit(existing == nil ? "create" : "update", "workgroup", id: groupID, by: user.staffID, at: now,
                               "\(existing == nil ? "Formed" : "Updated") workgroup \(details.name), led by \(lead.name)")
        }
        req.flash(existing == nil ? "Workgroup \(group.name) formed." : "Workgroup \(group.name) updated.")
        return req.redirect(to: StridePath.workgroup.link(try group.requireID()), redirectType: .normal)
    }

    private func renderForm(_ req: Request, form: WorkgroupForm, group: Workgroup?, errors: [FieldError]) async throws -> Response {
        let fields = [
            FormField("name", .text, label: "Name", value: form.name, errors: errors),
            FormField("kind", .radios, label: "Kind of workgroup", value: form.kind, errors: errors,
                      options: FormField.options(WorkgroupKind.self, selected: form.kind) { $0.displayName }),
            FormField("purpose", .textarea, label: "Purpose", hint: "The shared objectives the workgroup is formed to achieve.",
                      value: form.purpose, errors: errors, maxLength: 2000),
            FormField("lead", .text, label: "Lead", hint: "The lead's staff ID or email address", value: form.lead,
                      errors: errors, width: "20"),
            FormField("endDate", .date, label: "End date (optional)", hint: "For a squad formed for an outcome. For example 2027-06-30",
                      value: form.endDate, errors: errors, width: "10"),
        ]
        let view = EditFormView(
            heading: group == nil ? "Form a workgroup" : "Edit \(group!.name)",
            action: group.map { StridePath.editWorkgroup.link($0.id!) } ?? StridePath.newWorkgroup.template,
            fields: fields,
            cancelHref: group.map { StridePath.workgroup.link($0.id!) } ?? StridePath.workgroups.template)
        return try await req.renderPage("form", title: view.heading, view, errors: errors)
    }

}
