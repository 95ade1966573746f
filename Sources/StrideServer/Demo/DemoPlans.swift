import Fluent
import Foundation
import StrideCore

/// Improvement plans in the demo, through the same service the pages use: Beatriz Costa's,
/// opened by Kenji Watanabe after her End of Cycle did not fully meet requirements, with her view
/// and a check-in; and Omar Haddad's, reviewed at six months and waiting for the Reports Board.
enum DemoPlans {
    static func load(staffIDs: [String: UUID], in context: ServiceContext) async throws {
        let today = context.clock.today()
        if let beatriz = staffIDs["S5006"], let kenji = staffIDs["S5001"] {
            let form = try await AppraisalForm.query(on: context.db).join(AppraisalCycle.self, on: \AppraisalForm.$cycle.$id == \AppraisalCycle.$id)
                .filter(AppraisalCycle.self, \.$staffMember.$id == beatriz).filter(\.$kind == .end).first()
            let opening = context.acting(as: kenji).at(today.adding(days: -40).start.addingTimeInterval(10 * 3600))
            let plan = try await open(for: beatriz, by: kenji, form: form?.id, in: opening, input: ImprovementPlanInput(
                startsOn: today.adding(days: -40).iso,
                areas: "Infrastructure changes reached production without the agreed review, twice causing outages; team priorities were not shared.",
                training: "Change management course (ITIL Foundation), by March.", coaching: "Fortnightly coaching with Kenji Watanabe.",
                otherSupport: nil,
                objectives: [("Every production change goes through the change board", "From now on, checked monthly"),
                             ("A quarterly plan for the infrastructure team, shared with the team", "First plan by the end of January")]))
            if let plan {
                let viewer = Viewer(staffID: beatriz, roles: [])
                _ = try await ImprovementPlanService.giveOwnView(
                    plan, view: "I agree the changes should have gone through review; the team was short of two people that quarter.",
                    supportConcerns: "The course dates clash with the data centre move.", as: viewer,
                    in: opening.acting(as: beatriz).at(today.adding(days: -38).start.addingTimeInterval(14 * 3600)))
                _ = try await ImprovementPlanService.checkIn(plan, note: "All four changes this month went through the change board.",
                                                             as: Viewer(staffID: kenji, roles: []),
                                                             in: opening.at(today.adding(days: -10).start.addingTimeInterval(11 * 3600)))
            }
        }
        if let omar = staffIDs["S2006"], let jean = staffIDs["S2002"] {
            let started = today.adding(months: -7)
            let opening = context.acting(as: jean).at(started.start.addingTimeInterval(9 * 3600))
            let manager = Viewer(staffID: jean, roles: [])
            if let plan = try await open(for: omar, by: jean, form: nil, in: opening, input: ImprovementPlanInput(
                startsOn: started.iso, areas: "Staff records are often updated days after the change, and errors reach payroll.",
                training: "Records management e-learning.", coaching: "Weekly check of the change log with Jean Dupont.", otherSupport: nil,
                objectives: [("Every change recorded within two working days", "Within three months")])) {
                _ = try await ImprovementPlanService.checkIn(plan, note: "Backlog down from 40 to 12 changes.", as: manager,
                                                             in: opening.at(started.adding(months: 3).start.addingTimeInterval(9 * 3600)))
                _ = try await ImprovementPlanService.review(plan, progress: "insufficient", nextStep: "extended_monitoring",
                                                            summary: "Much faster, but still a week behind at month end; three more months of monitoring.",
                                                            as: manager, in: opening.at(started.adding(months: 6).start.addingTimeInterval(9 * 3600)))
            }
        }
    }

    private static func open(for staff: UUID, by manager: UUID, form: UUID?, in context: ServiceContext,
                             input: ImprovementPlanInput) async throws -> UUID? {
        let result = try await ImprovementPlanService.open(for: staff, input, endOfCycleForm: form, as: Viewer(staffID: manager, roles: []), in: context)
        if case .success(let plan) = result { return plan.id }
        return nil
    }
}
