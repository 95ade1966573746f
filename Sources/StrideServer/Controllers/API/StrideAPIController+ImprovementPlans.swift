import Fluent
import Foundation
import StrideAPI
import StrideCore
import Vapor

/// Performance improvement plans through the API, under the same policy as the pages.
extension StrideAPIController {
    func listImprovementPlans(_ input: Operations.ListImprovementPlans.Input) async throws -> Operations.ListImprovementPlans.Output {
        let req = try APIRequest.signedIn()
        guard let id = UUID(uuidString: input.path.staffID), let staff = try await StaffRows.personAndSupervisor(id, on: req.db)?.person else {
            throw StrideError.notFound("The staff member")
        }
        try req.authorize(.view, ImprovementPlanSubject(staff: req.staffSubject(staff)))
        var plans: [Components.Schemas.ImprovementPlan] = []
        for plan in try await ImprovementPlanQueries.plans(of: id, on: req.db) {
            plans.append(try await Self.planBody(.init(plan: plan, staff: staff), req))
        }
        let page = try Self.page(plans, cursor: input.query.cursor, limit: input.query.limit, descending: true, key: \.startsOn, id: \.id)
        return .ok(.init(body: .json(.init(plans: page.items, next: page.next?.token))))
    }

    func openImprovementPlan(_ input: Operations.OpenImprovementPlan.Input) async throws -> Operations.OpenImprovementPlan.Output {
        let req = try APIRequest.signedIn()
        guard let id = UUID(uuidString: input.path.staffID) else { throw StrideError.notFound("The staff member") }
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"startsOn\", \"areas\", \"objectives\"}") }
        let plan = try Self.planResult(try await ImprovementPlanService.open(
            for: id, Self.planInput(body), endOfCycleForm: body.endOfCycleFormId.flatMap(UUID.init(uuidString:)),
            as: try req.requireUser().viewer, in: req.services))
        return .created(.init(body: .json(try await Self.planBody(plan.requireID(), req))))
    }

    func getImprovementPlan(_ input: Operations.GetImprovementPlan.Input) async throws -> Operations.GetImprovementPlan.Output {
        let req = try APIRequest.signedIn()
        return .ok(.init(body: .json(try await Self.planBody(try Self.planID(input.path.planID), req))))
    }

    func updateImprovementPlan(_ input: Operations.UpdateImprovementPlan.Input) async throws -> Operations.UpdateImprovementPlan.Output {
        let req = try APIRequest.signedIn()
        let id = try Self.planID(input.path.planID)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"startsOn\", \"areas\", \"objectives\", \"version\"}") }
        _ = try Self.planResult(try await ImprovementPlanService.update(id, Self.planInput(body), version: body.version,
                                                                         as: try req.requireUser().viewer, in: req.services))
        return .ok(.init(body: .json(try await Self.planBody(id, req))))
    }

    func giveImprovementPlanOwnView(_ input: Operations.GiveImprovementPlanOwnView.Input) async throws -> Operations.GiveImprovementPlanOwnView.Output {
        let req = try APIRequest.signedIn()
        let id = try Self.planID(input.path.planID)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"view\", \"supportConcerns\"}") }
        _ = try Self.planResult(try await ImprovementPlanService.giveOwnView(id, view: body.view, supportConcerns: body.supportConcerns,
                                                                              as: try req.requireUser().viewer, in: req.services))
        return .ok(.init(body: .json(try await Self.planBody(id, req))))
    }

    func addImprovementPlanCheckIn(_ input: Operations.AddImprovementPlanCheckIn.Input) async throws -> Operations.AddImprovementPlanCheckIn.Output {
        let req = try APIRequest.signedIn()
        let id = try Self.planID(input.path.planID)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"note\"}") }
        _ = try Self.planResult(try await ImprovementPlanService.checkIn(id, note: body.note, as: try req.requireUser().viewer, in: req.services))
        return .created(.init(body: .json(try await Self.planBody(id, req))))
    }

    func reviewImprovementPlan(_ input: Operations.ReviewImprovementPlan.Input) async throws -> Operations.ReviewImprovementPlan.Output {
        let req = try APIRequest.signedIn()
        let id = try Self.planID(input.path.planID)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"progress\", \"nextStep\", \"summary\"}") }
        _ = try Self.planResult(try await ImprovementPlanService.review(id, progress: body.progress.rawValue, nextStep: body.nextStep?.rawValue,
                                                                         summary: body.summary, as: try req.requireUser().viewer, in: req.services))
        return .ok(.init(body: .json(try await Self.planBody(id, req))))
    }

    func boardReviewImprovementPlan(_ input: Operations.BoardReviewImprovementPlan.Input) async throws -> Operations.BoardReviewImprovementPlan.Output {
        let req = try APIRequest.signedIn()
        let id = try Self.planID(input.path.planID)
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"comment\"}") }
        _ = try Self.planResult(try await ImprovementPlanService.boardReview(id, comment: body.comment, as: try req.requireUser().viewer, in: req.services))
        return .ok(.init(body: .json(try await Self.planBody(id, req))))
    }

    private static func planID(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw StrideError.notFound("The improvement plan") }
        return id
    }

    private static func planResult(_ result: Result<ImprovementPlanRecord, FieldErrors>) throws -> ImprovementPlanRecord {
        switch result {
        case .success(let plan): return plan
        case .failure(let failure):
            if let current = failure.staleSince {
                throw StrideError.conflict("The plan changed since version \(current - 1): read it again (version \(current)) and send your change again")
            }
            throw StrideError.invalid(failure.errors.map { FieldError($0.field.hasPrefix("objective-") ? "objectives" : $0.field, $0.message) })
        }
    }

    private static func planInput(_ body: Components.Schemas.ImprovementPlanWrite) -> ImprovementPlanInput {
        ImprovementPlanInput(startsOn: body.startsOn, areas: body.areas, training: body.training, coaching: body.coaching,
                             otherSupport: body.otherSupport, objectives: body.objectives.map { ($0.description, $0.timeline) })
    }

    private static func planBody(_ id: UUID, _ req: Request) async throws -> Components.Schemas.ImprovementPlan {
        guard let loaded = try await ImprovementPlanQueries.load(id, on: req.db) else { throw StrideError.notFound("The improvement plan") }
        try req.authorize(.view, loaded.subject)
        return try await planBody(loaded, req)
    }

    private static func planBody(_ loaded: ImprovementPlanQueries.Loaded, _ req: Request) async throws -> Components.Schemas.ImprovementPlan {
        let plan = loaded.plan, content = plan.planContent
        let checkIns = try await ImprovementPlanQueries.checkIns(of: plan.id!, on: req.db)
        return .init(
            id: plan.id!.uuidString.lowercased(), staffId: loaded.staff.record.id.uuidString.lowercased(), staffName: loaded.staff.record.details.name,
            stage: .init(rawValue: plan.stage.rawValue) ?? .open, startsOn: plan.startsOn.iso, reviewDueOn: plan.reviewDueOn.iso,
            areas: content?.areas ?? "", training: content?.training, coaching: content?.coaching, otherSupport: content?.otherSupport,
            objectives: (content?.objectives ?? []).map { .init(description: $0.description, timeline: $0.timeline) },
            endOfCycleFormId: plan.$endOfCycleForm.id?.uuidString.lowercased(), ownView: plan.ownView, supportConcerns: plan.supportConcerns,
            checkIns: checkIns.map { .init(writtenAt: $0.checkIn.writtenAt, authorName: $0.author, note: $0.checkIn.note) },
            review: plan.reviewProgress.flatMap { progress in
                plan.reviewedAt.map {
                    .init(progress: .init(rawValue: progress.rawValue) ?? .insufficient, nextStep: plan.reviewNextStep.flatMap { .init(rawValue: $0.rawValue) },
                          summary: plan.reviewSummary ?? "", reviewedAt: $0)
                }
            },
            boardReview: plan.boardReviewedAt.map { .init(comment: plan.boardComment, reviewedAt: $0) },
            version: plan.recordVersion)
    }
}
