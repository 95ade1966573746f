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

    /// A workgroup objective an output may contribute to.
    struct Objective: Sendable {
        let id: UUID
        let title: String
        let workgroupName: String
    }

    let outcomes: [Outcome]
    /// The objectives of the person's workgroups (as member or lead) running during the cycle.
    var objectives: [Objective] = []
    let competencies: [CompetencyFramework.Competency]
    let managesOthers: Bool
    /// The developmental objective the person's skills gaps suggest, if they hold a job role with a gap.
    var suggestedObjective: String? = nil

    var rulesContext: BeginningOfCycleRules.Context {
        .init(unitOutcomes: Set(outcomes.map(\.id)), competencySkills: Set(competencies.map(\.id)), managesOthers: managesOthers,
              objectives: Set(objectives.map(\.id)))
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
        return BeginningOfCycleChoices(outcomes: outcomes, objectives: try await objectives(of: loaded.staff.record.id, cycle: cycle, on: db),
                                       competencies: try await CompetencyFramework.competencies(on: db),
                                       managesOthers: try await AppraisalFormChecks.managesOthers(loaded, on: db),
                                       suggestedObjective: try await SkillGapsQuery.load(staffID: loaded.staff.record.id,
                                                                                         roleID: loaded.staff.roleID, on: db).suggestedObjective)
    }

    private static func objectives(of staffID: UUID, cycle: AppraisalCycle, on db: any Database) async throws -> [Objective] {
        let groups = try await WorkgroupMembership.query(on: db).filter(\.$staffMember.$id == staffID).all(\.$workgroup.$id)
            + Workgroup.query(on: db).filter(\.$lead.$id == staffID).all(\.$id)
        guard !groups.isEmpty else { return [] }
        return try await WorkgroupObjective.query(on: db).filter(\.$workgroup.$id ~~ Set(groups))
            .filter(\.$startsOn < cycle.endDate).filter(\.$dueOn >= cycle.startDate)
            .join(Workgroup.self, on: \WorkgroupObjective.$workgroup.$id == \Workgroup.$id)
            .sort(Workgroup.self, \.$name).sort(\.$title).all()
            .map { Objective(id: try $0.requireID(), title: $0.title, workgroupName: try $0.joined(Workgroup.self).name) }
    }
}
