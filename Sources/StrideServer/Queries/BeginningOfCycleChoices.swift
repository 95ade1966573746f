import Fluent
import Foundation
import StrideCore

/// What a Beginning of Cycle chooses from: the outcomes of the staff member's unit for the
/// cycle's period, the organisation's competencies, and whether the person manages others
/// (which asks for their managerial accountabilities).
struct BeginningOfCycleChoices: Sendable {
    struct Outcome: Sendable {
        let id: UUID
        let details: UnitOutcomeDetails
    }

    let outcomes: [Outcome]
    let competencies: [CompetencyFramework.Competency]
    let managesOthers: Bool
    /// The developmental objective the person's skills gaps suggest, if they hold a job role with a gap.
    var suggestedObjective: String? = nil

    var rulesContext: BeginningOfCycleRules.Context {
        .init(unitOutcomes: Set(outcomes.map(\.id)), competencySkills: Set(competencies.map(\.id)), managesOthers: managesOthers)
    }

    static func load(for loaded: LoadedAppraisalForm, on db: any Database) async throws -> BeginningOfCycleChoices {
        let cycle = loaded.cycle
        var outcomes: [Outcome] = []
        if let unitID = loaded.staff.record.unitID {
            // Outcomes whose period overlaps the cycle's: a cycle may straddle two work plans.
            outcomes = try await UnitOutcome.query(on: db).filter(\.$unit.$id == unitID)
                .filter(\.$periodStart < cycle.endDate).filter(\.$periodEnd > cycle.startDate)
                .sort(\.$periodStart).sort(\.$title).all()
                .map { Outcome(id: try $0.requireID(), details: $0.details) }
        }
        return BeginningOfCycleChoices(outcomes: outcomes, competencies: try await CompetencyFramework.competencies(on: db),
                                       managesOthers: try await AppraisalFormChecks.managesOthers(loaded, on: db),
                                       suggestedObjective: try await SkillGapsQuery.load(staffID: loaded.staff.record.id,
                                                                                         roleID: loaded.staff.roleID, on: db).suggestedObjective)
    }
}
