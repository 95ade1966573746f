import Fluent
import Foundation
import StrideCore

/// What follows the cycles, written through the services the pages use since there are few:
/// upward feedback rounds on the chiefs whose window is open, with some answers in, and
/// improvement plans after End of Cycle ratings below requirements.
struct GeneratedFollowUps: Sendable {
    let generator: OrganisationGenerator
    let opened: GeneratedAppraisals.Opened

    /// Answers per round, and plans per 200 staff: enough to show, few enough to stay quick.
    static let answersPerRound = 6
    static let staffPerPlan = 200

    func write() async throws {
        let context = generator.context
        let rounds = try await UpwardFeedbackService.openDueRounds(in: context)
        for (done, round) in rounds.enumerated() {
            guard let roundID = round.id else { continue }
            let invited = try await UpwardFeedbackInvitation.query(on: context.db).filter(\.$round.$id == roundID)
                .sort(\.$staffMember.$id).limit(Self.answersPerRound).all(\.$staffMember.$id)
            for (offset, person) in invited.enumerated() where offset % 3 != 2 {
                let answers = round.questionList.enumerated().map { ($0.element.id.uuidString, String(3 + ($0.offset + offset) % 3)) }
                _ = try await UpwardFeedbackService.respond(to: roundID, UpwardFeedbackAnswers(answers: answers, comment: nil),
                                                            as: Viewer(staffID: person, roles: []), in: context.acting(as: person))
            }
            generator.progress("Upward feedback", done + 1, rounds.count)
        }
        let plans = opened.belowRequirements.prefix(max(generator.blueprint.people.count / Self.staffPerPlan, 1))
        for (done, entry) in plans.enumerated() {
            guard let boss = generator.blueprint.people[entry.person].supervisor else { continue }
            let manager = generator.staffIDs[boss]
            let input = ImprovementPlanInput(
                startsOn: context.clock.today().iso, areas: "The quality and timeliness of the outputs rated partially met.",
                training: "A course on planning and reporting.", coaching: "Fortnightly meetings with the manager.", otherSupport: nil,
                objectives: [("Deliver the next two quarterly reports on time and complete", "Within three months"),
                             ("Agree milestones for each output and keep them", "Within six months")])
            _ = try await ImprovementPlanService.open(for: generator.staffIDs[entry.person], input, endOfCycleForm: entry.form,
                                                      as: Viewer(staffID: manager, roles: [.manager]), in: context.acting(as: manager))
            generator.progress("Improvement plans", done + 1, plans.count)
        }
    }
}
