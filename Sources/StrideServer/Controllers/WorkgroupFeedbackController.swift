import Fluent
import StrideCore
import Vapor

/// Feedback in a workgroup: its lead gives it; each reader sees what the policy lets them.
struct WorkgroupFeedbackController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.workgroupFeedback(.key), use: show)
        routes.post(.workgroupFeedback(.key), use: give)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.view, try WorkgroupController.subject(group))
        return try await render(req, group, posted: [:], errors: [])
    }

    @Sendable func give(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        let posted = try req.content.decode([String: String].self)
        // Whether the viewer may give feedback at all (being the lead); whom to is the form's to check.
        try req.authorize(.give, Self.subject(member: UUID(), group: group, giver: nil))
        let input = WorkgroupFeedbackInput(member: posted["member"], kind: posted["kind"], text: posted["text"], task: posted["task"])
        switch try await WorkgroupFeedbackService.give(input, in: group, context: req.services) {
        case .failure(let failure): return try await render(req, group, posted: posted, errors: failure.errors)
        case .success(let name):
            req.flash("Feedback given to \(name).")
            return req.redirect(to: .workgroupFeedback(try group.requireID()))
        }
    }

    /// The feedback's subject in the group, where the member's managers are not at hand: the
    /// policy then lets the member, the giver and HR read it (managers read it on the timeline).
    static func subject(member: UUID, group: Workgroup, giver: UUID?) -> WorkgroupFeedbackSubject {
        WorkgroupFeedbackSubject(member: StaffSubject(staffID: member, unitID: nil, supervisorChain: []), leadID: group.$lead.id, giverID: giver)
    }

    private func render(_ req: Request, _ group: Workgroup, posted: [String: String], errors: [FieldError]) async throws -> Response {
        let groupID = try group.requireID()
        let items = try await WorkgroupFeedbackQueries.inWorkgroup(groupID, on: req.db).filter {
            req.isAllowed(.view, Self.subject(member: $0.member_id, group: group, giver: $0.giver_id))
        }
        let (members, tasks) = try await WorkgroupFeedbackService.recipients(of: group, on: req.db)
        let canGive = members.first.map { req.isAllowed(.give, Self.subject(member: $0.id, group: group, giver: nil)) } ?? false
        let member = posted["member"] ?? "", task = posted["task"] ?? ""
        let fields = canGive ? [
            FormField("member", .select, label: "For", value: member, errors: errors,
                      options: [.init(value: "", label: "Choose a member", selected: member.isEmpty)] + members.map {
                          .init(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == member.lowercased())
                      }),
            FormField("kind", .radios, label: "Kind of feedback", value: posted["kind"], errors: errors,
                      options: FormField.options(WorkgroupFeedbackKind.self, selected: posted["kind"]) { $0.displayName }),
            FormField("task", .select, label: "On a task (optional)", value: task, errors: errors,
                      options: [.init(value: "", label: "No particular task", selected: task.isEmpty)] + members.flatMap { person in
                          (tasks[person.id] ?? []).map {
                              .init(value: $0.id.uuidString.lowercased(), label: "\($0.title) (\(person.name))", selected: $0.id.uuidString.lowercased() == task.lowercased())
                          }
                      }),
            FormField("text", .textarea, label: "Feedback", hint: "Specific and about the work: what was done, and its effect.",
                      value: posted["text"], errors: errors, maxLength: 2000, rows: 4),
        ] : []
        let model = WorkgroupFeedbackModel(groupName: group.name, groupHref: StridePath.workgroup(groupID).href,
                                           feedbackItems: items.map { FeedbackItem($0, showMember: true) },
                                           action: canGive ? StridePath.workgroupFeedback(groupID).href : nil, fields: fields)
        return try await req.renderPage("workgroups/feedback", title: "Feedback in \(group.name)", model, errors: errors)
    }
}
