import Fluent
import StrideCore
import Vapor

/// Adding people to a workgroup and removing them: for HR administrators and the workgroup's lead.
struct WorkgroupMembershipController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.workgroupMembers(.key), use: addMember)
        routes.get(.removeWorkgroupMember(workgroup: .key, staff: .key), use: confirmRemoval)
        routes.post(.removeWorkgroupMember(workgroup: .key, staff: .key), use: removeMember)
    }

    @Sendable func addMember(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.manageMembers, try WorkgroupController.subject(group))
        let form = try req.content.decode(MemberForm.self)
        switch try await WorkgroupService.addMember(form.newMember, to: group, in: req.services) {
        case .failure(let failure):
            return try await WorkgroupController.render(req, group: group, memberForm: form, errors: failure.errors)
        case .success(let name):
            req.flash("\(name) added to \(group.name).")
            return req.redirect(to: .workgroup(try group.requireID()))
        }
    }

    /// Removing someone is asked for on a page of its own (UI.md §2).
    @Sendable func confirmRemoval(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.manageMembers, try WorkgroupController.subject(group))
        let member = try await req.find(StaffMember.self, .staffID, "The member")
        guard member.id != group.$lead.id else {
            throw StrideError.conflict("The lead cannot be removed; choose another lead first.")
        }
        guard try await WorkgroupQueries.isMember(try member.requireID(), of: try group.requireID(), on: req.db) else {
            throw StrideError.notFound("The membership")
        }
        let path = StridePath.removeWorkgroupMember(workgroup: try group.requireID(), staff: try member.requireID())
        let model = ConfirmModel(
            heading: "Remove \(member.name) from \(group.name)?",
            explanation: "\(member.name) will no longer be a member of \(group.name). You can add them again later.",
            action: path.href, fields: [], button: "Remove from workgroup",
            cancelHref: StridePath.workgroup(try group.requireID()).href)
        return try await req.page("confirm", title: model.heading, model)
    }

    @Sendable func removeMember(req: Request) async throws -> Response {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.manageMembers, try WorkgroupController.subject(group))
        let name = try await WorkgroupService.removeMember(try req.parameter(.staffID), from: group, in: req.services)
        req.flash("\(name) removed from \(group.name).")
        return req.redirect(to: .workgroup(try group.requireID()))
    }
}
