import Fluent
import StrideCore
import Vapor

/// Workgroups: the list and a workgroup's page with its members.
struct WorkgroupController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.workgroups, use: index)
        routes.get(.workgroup(.key), use: show)
    }

    @Sendable func index(req: Request) async throws -> Response {
        try req.authorize(.view, WorkgroupDirectory())
        var rows = try await WorkgroupQueries.listed(on: req.db).map(\.row)
        let openable = try await req.openableStaff(rows.map(\.leadID))
        for index in rows.indices where openable.contains(rows[index].leadID) {
            rows[index].leadHref = StridePath.staffMember(rows[index].leadID).href
        }
        let model = WorkgroupIndexModel(workgroups: rows,
                                        canAdd: req.isAllowed(.form, WorkgroupDirectory()), newHref: StridePath.newWorkgroup.href)
        return try await req.page("workgroups/index", title: "Workgroups", model)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.view, try Self.subject(group))
        return try await Self.render(req, group: group, memberForm: MemberForm(), errors: [])
    }

    static func subject(_ group: Workgroup) throws -> WorkgroupSubject {
        WorkgroupSubject(workgroupID: try group.requireID(), leadID: group.$lead.id)
    }

    /// The workgroup's page; also shown again, with its errors, when adding a member fails.
    static func render(_ req: Request, group: Workgroup, memberForm: MemberForm, errors: [FieldError]) async throws -> Response {
        let record = try group.record()
        let subject = try subject(group)
        let lead = try await group.$lead.get(on: req.db)
        let members = try await WorkgroupQueries.members(of: record.id, on: req.db)
        let openable = try await req.openableStaff(members.map(\.staff.id) + [record.leadID])
        let canManage = req.isAllowed(.manageMembers, subject)
        let tasks = try await WorkTaskQueries.inWorkgroup(record.id, on: req.db)
        let objectives = try await ObjectiveQueries.inWorkgroup(record.id, today: req.clock.today(), on: req.db)
        let owners = try await StaffMember.query(on: req.db).filter(\.$id ~~ Set(objectives.map(\.objective.$owner.id))).all()
        let ownerNames = Dictionary(uniqueKeysWithValues: try owners.map { (try $0.requireID(), $0.name) })
        let model = WorkgroupShowModel(
            name: record.details.name, kind: record.details.kind.displayName, purpose: record.details.purpose,
            startDate: record.details.startDate.map(DisplayDate.long), endDate: record.details.endDate.map(DisplayDate.long), leadName: lead.name,
            leadHref: openable.contains(record.leadID) ? StridePath.staffMember(record.leadID).href : nil,
            members: members.map { member in
                let isLead = member.staff.id == record.leadID
                return .init(person: PersonSummary(member.staff, unitName: nil, canOpen: openable.contains(member.staff.id)),
                             role: member.role, isLead: isLead,
                             removeAction: canManage && !isLead
                                 ? StridePath.removeWorkgroupMember(workgroup: record.id, staff: member.staff.id).href : nil)
            },
            tasks: tasks.map { .init($0, today: req.clock.today()) },
            objectives: objectives.map { loaded in
                .init(title: loaded.objective.title, href: StridePath.objective(loaded.id).href,
                      ownerName: ownerNames[loaded.objective.$owner.id] ?? "", due: DisplayDate.long(loaded.objective.dueOn),
                      standing: ObjectiveStandingView(loaded.standing))
            },
            newObjectiveHref: req.isAllowed(.allocate, subject) ? StridePath.newObjective(record.id).href : nil,
            formationHref: canManage ? StridePath.workgroupFormation(record.id).href : nil,
            feedbackHref: StridePath.workgroupFeedback(record.id).href,
            skillsHref: req.isAllowed(.viewSkills, subject) ? StridePath.workgroupSkills(record.id).href : nil,
            newTaskHref: req.isAllowed(.allocate, subject) ? StridePath.newWorkTask(record.id).href : nil,
            editHref: req.isAllowed(.edit, subject) ? StridePath.editWorkgroup(record.id).href : nil,
            addMemberAction: canManage ? StridePath.workgroupMembers(record.id).href : nil,
            addMemberFields: memberForm.fields(errors: errors))
        return try await req.renderPage("workgroups/show", title: record.details.name, model, errors: errors)
    }
}
