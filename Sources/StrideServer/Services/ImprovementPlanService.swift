import Fluent
import Foundation
import StrideCore

/// Opening and keeping performance improvement plans: every change checked against the plan's
/// policy under the appraisal lock, and written with its audit event.
enum ImprovementPlanService {
    /// Opens a plan for `staffID`, starting when the manager says, its review due six months on.
    static func open(for staffID: UUID, _ input: ImprovementPlanInput, endOfCycleForm: UUID?, as viewer: Viewer,
                     in context: ServiceContext) async throws -> Result<ImprovementPlanRecord, FieldErrors> {
        let validated = input.validate(today: context.clock.today())
        return try await context.exclusiveTransaction(lock: .appraisalForms) { context in
            guard let staff = try await StaffRows.personAndSupervisor(staffID, on: context.db)?.person else {
                throw StrideError.notFound("The staff member")
            }
            let subject = ImprovementPlanSubject(staff: StaffSubject(staffID: staffID, unitID: staff.record.unitID, supervisorChain: staff.path.ancestors))
            try ImprovementPlanPolicy.decide(viewer, .manage, subject).enforce()
            guard let content = validated.value else { return .failure(FieldErrors(validated.errors)) }
            let plan = ImprovementPlanRecord()
            plan.id = context.newID()
            plan.openedAt = context.now
            plan.openedBy = context.actor
            plan.recordVersion = 0
            plan.stage = .open
            plan.$staffMember.id = staffID
            // Only an End of Cycle of this person's is kept as the plan's reason; any other id is ignored.
            if let endOfCycleForm {
                plan.$endOfCycleForm.id = try await AppraisalForm.query(on: context.db)
                    .join(AppraisalCycle.self, on: \AppraisalForm.$cycle.$id == \AppraisalCycle.$id)
                    .filter(\.$id == endOfCycleForm).filter(\.$kind == .end).filter(AppraisalCycle.self, \.$staffMember.$id == staffID)
                    .first()?.id
            }
            try write(content, to: plan, in: context)
            try await plan.create(on: context.db)
            try await context.audit(.create, .improvementPlan, id: plan.id,
                                    "Opened an improvement plan for \(staff.record.details.name) from \(content.startsOn.iso), review due \(plan.reviewDueOn.iso)")
            return .success(plan)
        }
    }

    /// Saves the manager's part of an open plan, refusing a save made from an older version.
    static func update(_ planID: UUID, _ input: ImprovementPlanInput, version: Int?, as viewer: Viewer,
                       in context: ServiceContext) async throws -> Result<ImprovementPlanRecord, FieldErrors> {
        let validated = input.validate(today: context.clock.today())
        return try await change(planID, .manage, as: viewer, in: context) { loaded, context in
            if let version, version != loaded.plan.recordVersion { return .failure(FieldErrors(stale: loaded.plan.recordVersion)) }
            guard let content = validated.value else { return .failure(FieldErrors(validated.errors)) }
            try write(content, to: loaded.plan, in: context)
            try await loaded.plan.update(on: context.db)
            try await context.audit(.update, .improvementPlan, id: planID, "Changed the improvement plan of \(loaded.staff.record.details.name)")
            return .success(loaded.plan)
        }
    }

    /// The staff member's own view of the plan, and their concerns about the support received.
    static func giveOwnView(_ planID: UUID, view: String?, supportConcerns: String?, as viewer: Viewer,
                            in context: ServiceContext) async throws -> Result<ImprovementPlanRecord, FieldErrors> {
        let validated = ImprovementPlanOwnView.validate(view: view, supportConcerns: supportConcerns)
        return try await change(planID, .giveOwnView, as: viewer, in: context) { loaded, context in
            guard let own = validated.value else { return .failure(FieldErrors(validated.errors)) }
            let plan = loaded.plan
            (plan.ownView, plan.supportConcerns, plan.ownViewAt) = (own.view, own.supportConcerns, context.now)
            plan.updatedAt = context.now
            plan.recordVersion += 1
            try await plan.update(on: context.db)
            try await context.audit(.update, .improvementPlan, id: planID, "Wrote their own view of their improvement plan")
            return .success(plan)
        }
    }

    /// A monitoring check-in by the manager (or HR).
    static func checkIn(_ planID: UUID, note: String?, as viewer: Viewer, in context: ServiceContext) async throws -> Result<ImprovementPlanRecord, FieldErrors> {
        let validated = CheckInRules.validate(note)
        return try await change(planID, .manage, as: viewer, in: context) { loaded, context in
            guard let text = validated.value else { return .failure(FieldErrors(validated.errors)) }
            let checkIn = ImprovementPlanCheckIn()
            (checkIn.id, checkIn.writtenAt, checkIn.authorID, checkIn.note) = (context.newID(), context.now, viewer.staffID, text)
            checkIn.$plan.id = planID
            try await checkIn.create(on: context.db)
            try await context.audit(.create, .improvementPlan, id: planID,
                                    "Recorded a check-in on the improvement plan of \(loaded.staff.record.details.name)")
            return .success(loaded.plan)
        }
    }

    /// The six-month review: progress, and after insufficient progress the next step. The plan
    /// then no longer changes, and goes to the Reports Board.
    static func review(_ planID: UUID, progress: String?, nextStep: String?, summary: String?, as viewer: Viewer,
                       in context: ServiceContext) async throws -> Result<ImprovementPlanRecord, FieldErrors> {
        let validated = ImprovementPlanRules.reviewProblems(progress: progress, nextStep: nextStep, summary: summary)
        return try await change(planID, .manage, as: viewer, in: context) { loaded, context in
            guard let review = validated.value else { return .failure(FieldErrors(validated.errors)) }
            let plan = loaded.plan
            (plan.reviewProgress, plan.reviewNextStep, plan.reviewSummary) = (review.progress, review.nextStep, review.summary)
            (plan.reviewedAt, plan.reviewedBy, plan.stage, plan.updatedAt) = (context.now, viewer.staffID, .reviewed, context.now)
            plan.recordVersion += 1
            try await plan.update(on: context.db)
            try await context.audit(.transition, .improvementPlan, id: planID,
                                    "Reviewed the improvement plan of \(loaded.staff.record.details.name): progress \(review.progress.rawValue)"
                                    + (review.nextStep.map { ", next step \($0.displayName.lowercased())" } ?? "") + "; sent to the Reports Board")
            return .success(plan)
        }
    }

    /// A member of the Reports Board marks the reviewed plan as reviewed, with an optional comment.
    static func boardReview(_ planID: UUID, comment: String?, as viewer: Viewer, in context: ServiceContext) async throws -> Result<ImprovementPlanRecord, FieldErrors> {
        var check = FieldChecker()
        let text = check.optional("comment", comment, name: "Comment", maxLength: ImprovementPlanInput.maxTextLength, multiline: true)
        let errors = check.errors
        return try await change(planID, .reviewAsBoard, as: viewer, in: context) { loaded, context in
            guard errors.isEmpty else { return .failure(FieldErrors(errors)) }
            let plan = loaded.plan
            (plan.boardComment, plan.boardReviewedAt, plan.boardReviewedBy, plan.stage, plan.updatedAt) = (text, context.now, viewer.staffID, .closed, context.now)
            plan.recordVersion += 1
            try await plan.update(on: context.db)
            try await context.audit(.transition, .improvementPlan, id: planID,
                                    "The Reports Board reviewed the improvement plan of \(loaded.staff.record.details.name)")
            return .success(plan)
        }
    }

    /// Loads the plan under the lock, asks its policy, and runs `work`.
    private static func change(_ planID: UUID, _ action: ImprovementPlanPolicy.Action, as viewer: Viewer, in context: ServiceContext,
                               _ work: @Sendable @escaping (ImprovementPlanQueries.Loaded, ServiceContext) async throws -> Result<ImprovementPlanRecord, FieldErrors>)
        async throws -> Result<ImprovementPlanRecord, FieldErrors> {
        try await context.exclusiveTransaction(lock: .appraisalForms) { context in
            guard let loaded = try await ImprovementPlanQueries.load(planID, on: context.db) else { throw StrideError.notFound("The improvement plan") }
            try ImprovementPlanPolicy.decide(viewer, action, loaded.subject).enforce()
            return try await work(loaded, context)
        }
    }

    private static func write(_ content: ImprovementPlanContent, to plan: ImprovementPlanRecord, in context: ServiceContext) throws {
        plan.content = String(decoding: try JSONEncoder.stride.encode(content), as: UTF8.self)
        plan.startsOn = content.startsOn
        plan.reviewDueOn = ImprovementPlanRules.reviewDue(startingOn: content.startsOn)
        plan.updatedAt = context.now
        plan.recordVersion += 1
    }
}
