import Fluent
import Foundation
import StrideAPI
import StrideCore
import Vapor

/// The dashboards' figures through the API: the same queries as the pages.
extension StrideAPIController {
    func getOrganisationDashboard(_ input: Operations.GetOrganisationDashboard.Input) async throws -> Operations.GetOrganisationDashboard.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.view, DashboardSubject.organisation)
        let filters = DashboardFilters(unit: input.query.unit, cycles: input.query.cycles?.rawValue)
        if let unit = input.query.unit {
            let found = try await filters.unit.asyncMap { try await OrganisationalUnit.find($0, on: req.db) } ?? nil
            if found == nil { throw StrideError.invalid([FieldError("unit", "No unit has the id \(unit)")]) }
        }
        // The same for every HR officer until the figures are refreshed: built once per refresh.
        let caches = req.application.figureCaches
        let answer = try await caches.organisation(filters, kept: caches.organisationAnswers, for: req) { figures in
            Self.organisationDashboard(figures, filters: filters)
        }
        return .ok(.init(body: .json(answer)))
    }

    private static func organisationDashboard(_ figures: Refreshed<OrganisationDashboardFigures>,
                                              filters: DashboardFilters) -> Components.Schemas.OrganisationDashboard {
        let dashboard = OrganisationDashboard(query: figures.value.query)
        let query = dashboard.query
        let byGroupTallies = Dictionary(grouping: query.tallies, by: { query.groups.groupOf[$0.unit_id] ?? -1 })
        let overdue = query.groups.sum(query.overdue.map { (unit: $0.key, key: 0, n: $0.value) })
        return .init(
            unitId: filters.unit?.uuidString.lowercased(), scope: query.groups.scoped ? query.groups.scope?.name ?? "" : "The organisation",
            cycles: filters.allCycles ? .all : .current, formsByState: .init(dashboard.formsByState),
            overallRatings: .init(dashboard.overallRatings), overdue: dashboard.overdueTotal,
            units: query.groups.groups.enumerated().map { index, group in
                let part = OrganisationDashboard(query: .init(groups: query.groups, tallies: byGroupTallies[index] ?? [], overdue: [:], probation: [],
                                                              rounds: [], coverage: []))
                return .init(unitId: group.id.uuidString.lowercased(), name: group.name, formsByState: .init(part.formsByState),
                             overdue: overdue[index]?[0] ?? 0, overallRatings: .init(part.overallRatings))
            },
            asOf: figures.computedAt, probationTotal: query.probation.count,
            probation: query.probation.prefix(OrganisationDashboard.probationShown).map {
                .init(staffId: $0.staffID.uuidString.lowercased(), name: $0.name, months: .init(rawValue: $0.milestone.rawValue)!, on: $0.on.iso)
            },
            upwardFeedback: query.rounds.map {
                .init(roundId: $0.id.uuidString.lowercased(), chiefName: $0.chief_name, closesOn: $0.closes_on.iso,
                      status: $0.status == "open" ? .open : .closed, invited: $0.invited_count, responded: $0.response_count)
            },
            skillsCoverage: query.coverage.map {
                .init(skillId: $0.skillID.uuidString.lowercased(), skill: $0.skillName, needed: $0.needed.values.reduce(0, +),
                      met: $0.met.values.reduce(0, +))
            })
    }

    func getTeamDashboard(_ input: Operations.GetTeamDashboard.Input) async throws -> Operations.GetTeamDashboard.Output {
        let req = try APIRequest.signedIn()
        try req.authorize(.view, DashboardSubject.team)
        let figures = try await req.application.figureCaches.team(of: try req.requireUser().viewer.staffID, for: req)
        let query = figures.value
        func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
        return .ok(.init(body: .json(.init(
            people: query.people, asOf: figures.computedAt, directReports: query.directReports, formsByState: .init(query.formCounts),
            overdue: query.overdue.items.map {
                .init(formId: id($0.id), staffId: id($0.staff_member_id), staffName: $0.staff_name, kind: $0.kind.rawValue,
                      state: $0.state.rawValue, dueOn: $0.due_on.iso)
            },
            overdueTotal: query.overdue.total,
            objectives: query.objectives.items.map {
                .init(objectiveId: id($0.id), title: $0.title, ownerName: $0.ownerName, status: .init(rawValue: $0.standing.status.rawValue)!,
                      progress: $0.standing.progress)
            },
            objectivesTotal: query.objectives.total, objectivesNotOnTrack: query.objectivesNotOnTrack,
            skillGaps: query.skillGaps.map { .init(skill: $0.skill, peopleShort: $0.peopleShort) },
            improvementPlans: query.plans.items.map {
                .init(planId: id($0.id), staffName: $0.staff_name, reviewDueOn: $0.review_due_on.iso, stage: $0.stage.rawValue)
            },
            improvementPlansTotal: query.plans.total,
            pendingConfirmations: query.waiting.map { .init(assessmentId: id($0.id), staffName: $0.staff_name, skill: $0.skill, level: $0.level) }))))
    }
}

extension Components.Schemas.FormsByState {
    init(_ counts: [AppraisalFormKind: [AppraisalState: Int]]) {
        func states(_ kind: AppraisalFormKind) -> Components.Schemas.StateCounts {
            let row = counts[kind] ?? [:]
            return .init(draft: row[.draft] ?? 0, selfAssessed: row[.selfAssessed] ?? 0, inDiscussion: row[.inDiscussion] ?? 0,
                         staffSigned: row[.staffSigned] ?? 0, signed: row[.signed] ?? 0, atReportsBoard: row[.atReportsBoard] ?? 0,
                         reviewed: row[.reviewed] ?? 0, returned: row[.returned] ?? 0)
        }
        self.init(beginning: states(.beginning), midterm: states(.midterm), end: states(.end), probationReport: states(.probationReport))
    }
}

extension Components.Schemas.RatingCounts {
    init(_ counts: [OverallRating: Int]) {
        self.init(consistentlyExceeds: counts[.consistentlyExceeds] ?? 0, fullyMeets: counts[.fullyMeets] ?? 0,
                  doesNotFullyMeet: counts[.doesNotFullyMeet] ?? 0)
    }
}
