import Fluent
import Foundation
import StrideAPI
import StrideCore
import Vapor

/// Workgroup objectives, their criteria and progress, and the alignment tree through the API,
/// under the same policies as the pages.
extension StrideAPIController {
    func listObjectives(_ input: Operations.ListObjectives.Input) async throws -> Operations.ListObjectives.Output {
        let req = try APIRequest.signedIn()
        let group = try await Self.workgroup(input.path.workgroupID, allowing: .view, req)
        let loaded = try await ObjectiveQueries.inWorkgroup(try group.requireID(), today: req.clock.today(), on: req.db)
        let page = try Self.page(try await Self.objectives(loaded, in: group, on: req.db), cursor: input.query.cursor, limit: input.query.limit,
                                 key: \.startsOn, id: \.id)
        return .ok(.init(body: .json(.init(objectives: page.items, next: page.next?.token))))
    }

    func createObjective(_ input: Operations.CreateObjective.Input) async throws -> Operations.CreateObjective.Output {
        let req = try APIRequest.signedIn()
        let group = try await Self.workgroup(input.path.workgroupID, allowing: .allocate, req)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"title\", \"startsOn\", \"dueOn\", \"unitOutcomeId\", \"ownerId\", \"criteria\"}") }
        switch try await ObjectiveService.save(Self.input(body), in: group, existing: nil, version: nil, context: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors.map(Self.objectiveField))
        case .success(let objective): return .created(.init(body: .json(try await Self.objective(try objective.requireID(), req))))
        }
    }

    func getObjective(_ input: Operations.GetObjective.Input) async throws -> Operations.GetObjective.Output {
        let req = try APIRequest.signedIn()
        let (loaded, _) = try await Self.objective(input.path.objectiveID, allowing: .view, req)
        return .ok(.init(body: .json(try await Self.objective(loaded.id, req))))
    }

    func updateObjective(_ input: Operations.UpdateObjective.Input) async throws -> Operations.UpdateObjective.Output {
        let req = try APIRequest.signedIn()
        let (loaded, group) = try await Self.objective(input.path.objectiveID, allowing: .manage, req)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send the objective as created, with its version") }
        switch try await ObjectiveService.save(Self.input(body), in: group, existing: loaded.objective, version: body.version, context: req.services) {
        case .failure(let failure) where failure.staleSince != nil:
            throw StrideError.conflict("The objective has changed since version \(body.version ?? 0): read it again (version \(failure.staleSince!)).")
        case .failure(let failure): throw StrideError.invalid(failure.errors.map(Self.objectiveField))
        case .success: return .ok(.init(body: .json(try await Self.objective(loaded.id, req))))
        }
    }

    func recordObjectiveReading(_ input: Operations.RecordObjectiveReading.Input) async throws -> Operations.RecordObjectiveReading.Output {
        let req = try APIRequest.signedIn()
        let (loaded, _) = try await Self.objective(input.path.objectiveID, allowing: .recordProgress, req)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"criterionId\", \"value\", \"on\"}") }
        switch try await ObjectiveService.record(value: String(body.value), on: body.on, comment: body.comment, criterionID: body.criterionId,
                                                 of: loaded, context: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors.map { FieldError($0.field == "criterion" ? "criterionId" : $0.field, $0.message) })
        case .success: return .created(.init(body: .json(try await Self.objective(loaded.id, req))))
        }
    }

    func setObjectiveStatus(_ input: Operations.SetObjectiveStatus.Input) async throws -> Operations.SetObjectiveStatus.Output {
        let req = try APIRequest.signedIn()
        let (loaded, _) = try await Self.objective(input.path.objectiveID, allowing: .overrideStatus, req)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"status\", \"reason\"}") }
        switch try await ObjectiveService.setStatus(status: body.status, reason: body.reason, clear: body.status == nil, of: loaded.objective,
                                                    context: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors)
        case .success: return .ok(.init(body: .json(try await Self.objective(loaded.id, req))))
        }
    }

    func getAlignment(_ input: Operations.GetAlignment.Input) async throws -> Operations.GetAlignment.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.view, OrganisationalOutcomes())
        let day = try Self.day(input.query.on, req)
        let notAUnit = StrideError.invalid([FieldError("unit", "unit must be a unit's id")])
        let unit = try input.query.unit.map { raw in
            guard let id = UUID(uuidString: raw) else { throw notAUnit }
            return id
        }
        let tree = try await req.application.figureCaches.alignment(on: day, including: unit, for: req)
        let query = tree.value
        if let unit, query.units[unit] == nil { throw notAUnit }
        let fold = query.fold(focus: unit)
        func id(_ uuid: UUID?) -> String? { uuid?.uuidString.lowercased() }
        var nodes: [Components.Schemas.AlignmentNode] = []
        func walk(_ node: AlignmentNode, parent: UUID?) {
            let rollup = node.rollup
            nodes.append(.init(id: id(node.id)!, parentId: id(parent), level: Self.level(node.level), title: node.title,
                               progress: rollup?.progress, status: rollup?.status.rawValue, unserved: node.level != .unit && node.hasNoContributingOutputs,
                               outputCount: node.outputCount, totalOutputs: node.totalOutputs))
            // A folded branch is one node: its outcomes are read by opening it.
            guard node.level != .unit else { return }
            for child in node.children { walk(child, parent: node.id) }
        }
        for tree in query.trees(fold) { walk(tree, parent: nil) }
        return .ok(.init(body: .json(.init(on: day.iso, asOf: tree.computedAt, nodes: nodes, unlinkedOutputs: query.unlinkedCount,
                                           unit: id(fold.focus), folded: fold.folds))))
    }

    func listAlignmentNodeOutputs(_ input: Operations.ListAlignmentNodeOutputs.Input) async throws -> Operations.ListAlignmentNodeOutputs.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.view, OrganisationalOutcomes())
        guard let nodeID = UUID(uuidString: input.path.nodeID), let info = try await AlignmentOutputsQuery.node(nodeID, db: req.db) else {
            throw StrideError.notFound("The outcome or objective")
        }
        let page = try await AlignmentOutputsQuery.page(of: info.node, on: try Self.day(input.query.on, req), after: try Self.cursor(input.query.cursor),
                                                        limit: try Self.limit(input.query.limit), db: req.db)
        let openable = try await req.openableStaff(page.rows.map(\.staffID))
        return .ok(.init(body: .json(.init(
            outputs: page.rows.map {
                .init(key: $0.key.uuidString.lowercased(), staffId: $0.staffID.uuidString.lowercased(), staffName: $0.staffName,
                      description: openable.contains($0.staffID) ? $0.description : nil)
            },
            next: page.next?.uuidString.lowercased()))))
    }

    private static func level(_ level: AlignmentNode.Level) -> Components.Schemas.AlignmentNode.LevelPayload {
        switch level {
        case .organisationalOutcome: .organisationalOutcome
        case .unitOutcome: .unitOutcome
        case .workgroupObjective: .workgroupObjective
        case .unit: .unit
        }
    }

    /// The `on` of the alignment's reads: today when left out.
    private static func day(_ raw: String?, _ req: Request) throws -> CalendarDate {
        guard let raw else { return req.clock.today() }
        guard let parsed = CalendarDate(iso: raw) else { throw StrideError.invalid([FieldError("on", "on must be a real date, like 2026-03-01")]) }
        return parsed
    }

    // MARK: - Helpers

    static func input(_ body: Components.Schemas.ObjectiveWrite) -> WorkgroupObjectiveInput {
        WorkgroupObjectiveInput(
            title: body.title, description: body.description, startsOn: body.startsOn, dueOn: body.dueOn, unitOutcome: body.unitOutcomeId,
            owner: body.ownerId, criteria: body.criteria.map {
                CriterionInput(indicator: $0.indicator, unit: $0.unit, baseline: String($0.baseline), target: String($0.target), dueOn: $0.dueOn,
                               weight: $0.weight.map(String.init))
            })
    }

    /// The API's names for the core's fields: `unitOutcomeId`, `ownerId`.
    static func objectiveField(_ error: FieldError) -> FieldError {
        switch error.field {
        case "unitOutcome": FieldError("unitOutcomeId", error.message)
        case "owner": FieldError("ownerId", error.message)
        default: error
        }
    }

    /// The objective at a path's id and its workgroup, if the signed-in person may take `action`.
    static func objective(_ text: String, allowing action: ObjectivePolicy.Action, _ req: Request) async throws -> (ObjectiveQueries.Loaded, Workgroup) {
        guard let id = UUID(uuidString: text), let loaded = try await ObjectiveQueries.one(id, today: req.clock.today(), on: req.db),
              let group = try await Workgroup.find(loaded.objective.$workgroup.id, on: req.db) else {
            throw StrideError.notFound("The objective")
        }
        try req.authorize(action, try await ObjectiveController.subject(loaded.objective, group, on: req.db))
        return (loaded, group)
    }

    private static func objective(_ id: UUID, _ req: Request) async throws -> Components.Schemas.Objective {
        guard let loaded = try await ObjectiveQueries.one(id, today: req.clock.today(), on: req.db),
              let group = try await Workgroup.find(loaded.objective.$workgroup.id, on: req.db),
              let body = try await objectives([loaded], in: group, on: req.db).first else { throw StrideError.notFound("The objective") }
        return body
    }

    private static func objectives(_ loaded: [ObjectiveQueries.Loaded], in group: Workgroup, on db: any Database) async throws -> [Components.Schemas.Objective] {
        let owners = try await StaffMember.query(on: db).filter(\.$id ~~ Set(loaded.map(\.objective.$owner.id))).all()
        let names = Dictionary(uniqueKeysWithValues: try owners.map { (try $0.requireID(), $0.name) })
        return try loaded.map { item in
            let objective = item.objective
            return .init(
                id: item.id.uuidString.lowercased(), workgroupId: try group.requireID().uuidString.lowercased(), workgroupName: group.name,
                title: objective.title, description: objective.description, startsOn: objective.startsOn.iso, dueOn: objective.dueOn.iso,
                unitOutcomeId: objective.$unitOutcome.id?.uuidString.lowercased(), ownerId: objective.$owner.id.uuidString.lowercased(),
                ownerName: names[objective.$owner.id] ?? "", status: .init(rawValue: item.standing.status.rawValue)!,
                derivedStatus: item.standing.derived?.status.rawValue, overrideReason: objective.overrideReason,
                progress: item.standing.progress, elapsed: item.standing.derived?.elapsed ?? 0, version: objective.recordVersion,
                criteria: item.criteria.map { criterion in
                    let c = criterion.criterion
                    return .init(id: criterion.id.uuidString.lowercased(), indicator: c.indicator, unit: c.unit, baseline: c.baseline, target: c.target,
                                 dueOn: c.dueOn.iso, weight: c.weight, progress: criterion.measured.progress, elapsed: criterion.measured.elapsed,
                                 status: .init(rawValue: criterion.measured.status.rawValue)!, latest: criterion.latest,
                                 readings: criterion.readings.map { .init(value: $0.value, on: $0.on.iso, comment: $0.comment) })
                })
        }
    }
}
