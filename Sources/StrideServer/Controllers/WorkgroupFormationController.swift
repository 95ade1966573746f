import Fluent
import StrideCore
import Vapor

/// Forming a workgroup for its work: the lead (or HR) sees who would cover the skills the work
/// needs, and adds the people chosen with their roles, all or none.
struct WorkgroupFormationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.workgroupFormation(.key), use: show)
        routes.post(.workgroupFormation(.key), use: add)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let group = try await authorizedGroup(req)
        return try await render(req, group, posted: nil, errors: [])
    }

    @Sendable func add(req: Request) async throws -> Response {
        let group = try await authorizedGroup(req)
        let posted = try req.content.decode([String: String].self)
        let query = try await load(req, group)
        let offered = Set(query.suggestion.members.map(\.candidate.id))
        let ticked = posted.keys.filter { $0.hasPrefix("add-") }.sorted().map { key in
            let id = String(key.dropFirst(4))
            return (id: id, role: posted["role-\(id)"])
        }
        let picks = TeamFormation.picks(ticked, offered: offered)
        guard let chosen = picks.value else { return try await render(req, group, posted: posted, errors: picks.errors) }
        // One transaction: a refusal for anyone adds nobody.
        let names = try await req.services.transaction { context in
            var names: [String] = []
            for pick in chosen {
                switch try await WorkgroupService.addMember(.init(member: pick.staffID.uuidString, role: pick.role), to: group, in: context) {
                case .success(let name): names.append(name)
                case .failure(let failure): throw StrideError.invalid(failure.errors)
                }
            }
            return names
        }
        req.flash("\(names.joined(separator: ", ")) added to \(group.name).")
        return req.redirect(to: .workgroup(try group.requireID()))
    }

    private func authorizedGroup(_ req: Request) async throws -> Workgroup {
        let group = try await req.find(Workgroup.self, .workgroupID, "The workgroup")
        try req.authorize(.manageMembers, try WorkgroupController.subject(group))
        return group
    }

    private func load(_ req: Request, _ group: Workgroup) async throws -> FormationQuery {
        try await FormationQuery.load(group, openable: { try await req.openableStaff($0) }, on: req.db)
    }

    private func render(_ req: Request, _ group: Workgroup, posted: [String: String]?, errors: [FieldError]) async throws -> Response {
        let model = try FormationModel(group: group, query: try await load(req, group), posted: posted, errors: errors)
        return try await req.renderPage("workgroups/formation", title: "Form \(group.name)", model, errors: errors)
    }
}
