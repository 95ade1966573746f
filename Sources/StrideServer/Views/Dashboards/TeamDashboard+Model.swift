import Foundation
import StrideCore

/// The model of `dashboards/team.leaf`: a manager's people, their appraisal phases and what is
/// overdue, the objectives they own, their skills gaps, open improvement plans, and the skill
/// levels waiting for the manager's confirmation.
struct TeamDashboardModel: Encodable {
    let facts: [Fact]
    let charts: [Chart]
    let tables: [DashboardTable]
    let hasTeam: Bool
    /// When the figures were computed, when they are not computed for each request.
    let asOf: String?

    static func charts(_ query: TeamDashboardQuery) -> [Chart] {
        let kinds = AppraisalFormKind.allCases.filter { (query.formCounts[$0]?.values.reduce(0, +) ?? 0) > 0 }
        let phases = Chart.stackedBar(
            id: "team-phases", title: "Your team's forms by phase and state",
            takeaway: "\(DisplayNumber.counted(query.formsNotSigned, "form")) not yet signed by both, "
                + "\(DisplayNumber.grouped(query.overdue.total)) of them overdue.",
            series: OrganisationDashboard.stateGroups.map(\.name),
            categories: kinds.map { kind in
                (kind.displayName, OrganisationDashboard.stateGroups.map { group in
                    Double(group.states.map { query.formCounts[kind]?[$0] ?? 0 }.reduce(0, +))
                })
            }, valueName: "Forms", categoryName: "Phase")
        let gaps = Chart.bar(
            id: "team-gaps", title: "Skills gaps in your team",
            takeaway: query.skillGaps.first.map { "People short of their role's level, by skill; the most common gap is \($0.skill)." }
                ?? "Nobody in your team falls short of their role's levels.",
            categories: query.skillGaps.map { ($0.skill, Double($0.peopleShort)) },
            valueName: "People short of the level", categoryName: "Skill")
        return [phases, gaps]
    }

    static func tables(_ query: TeamDashboardQuery) -> [String: ChartTable] {
        var tables = Dictionary(uniqueKeysWithValues: charts(query).map { ($0.id, $0.table) })
        tables["team-overdue"] = ChartTable(
            caption: "Overdue forms", columns: ["Staff member", "Form", "State", "Due"],
            rows: query.overdue.items.map { form in
                ChartTable.Row(header: form.staff_name, cells: [form.kind.displayName, form.state.displayName, DisplayDate.long(form.due_on)],
                               href: StridePath.appraisalForm(form.id).href)
            }, numeric: false)
        tables["team-objectives"] = ChartTable(
            caption: "Objectives your people own", columns: ["Objective", "Owner", "Due", "Progress", "Status"],
            rows: query.objectives.items.map { objective in
                ChartTable.Row(header: objective.title, cells: [
                    objective.ownerName, DisplayDate.long(objective.dueOn), DisplayPercent.of(objective.standing.progress),
                    objective.standing.status.displayName + (objective.standing.isOverridden ? " (set by the lead)" : ""),
                ], href: StridePath.objective(objective.id).href)
            }, numeric: false)
        tables["team-plans"] = ChartTable(
            caption: "Open improvement plans", columns: ["Staff member", "Started", "Six-month review due", "Stage"],
            rows: query.plans.items.map { plan in
                ChartTable.Row(header: plan.staff_name, cells: [
                    DisplayDate.long(plan.starts_on), DisplayDate.long(plan.review_due_on),
                    plan.stage == .open ? "Open" : "Reviewed, waiting for the Reports Board",
                ], href: StridePath.improvementPlan(plan.id).href)
            }, numeric: false)
        tables["team-confirmations"] = ChartTable(
            caption: "Skill levels waiting for your confirmation", columns: ["Staff member", "Skill", "Level proposed", "Proposed"],
            rows: query.waiting.map { waiting in
                ChartTable.Row(header: waiting.staff_name, cells: [waiting.skill, String(waiting.level), DisplayDate.instant(waiting.proposed_at)],
                               href: StridePath.staffSkills(waiting.staff_id).href)
            }, numeric: false)
        return tables
    }

    static let tableOrder = ["team-overdue", "team-objectives", "team-plans", "team-confirmations"]

    /// - Parameter asOf: when the figures were computed, if they may be a little old (`Refreshed.asOf`).
    init(_ query: TeamDashboardQuery, asOf: String? = nil) {
        hasTeam = query.people > 0
        self.asOf = asOf
        facts = [
            Fact(key: "People you supervise", value: "\(DisplayNumber.grouped(query.people)) (\(DisplayNumber.grouped(query.directReports)) directly)"),
            Fact(key: "Forms overdue", value: DisplayNumber.grouped(query.overdue.total)),
            Fact(key: "Objectives off track or at risk", value: DisplayNumber.grouped(query.objectivesNotOnTrack)),
            Fact(key: "Open improvement plans", value: DisplayNumber.grouped(query.plans.total)),
            Fact(key: "Skill levels to confirm", value: DisplayNumber.grouped(query.waiting.count)),
        ]
        charts = Self.charts(query).map { chart in
            var chart = chart
            chart.csvHref = StridePath.teamDashboardExport.href + "?table=\(chart.id)"
            return chart
        }
        let tables = Self.tables(query)
        let notes = ["team-overdue": DashboardTable.note(shown: query.overdue.items.count, of: query.overdue.total, "due longest ago"),
                     "team-objectives": DashboardTable.note(shown: query.objectives.items.count, of: query.objectives.total, "due soonest"),
                     "team-plans": DashboardTable.note(shown: query.plans.items.count, of: query.plans.total, "due for review soonest")]
        self.tables = Self.tableOrder.compactMap { id in
            tables[id].map { DashboardTable(table: $0, csvHref: StridePath.teamDashboardExport.href + "?table=\(id)", note: notes[id] ?? nil) }
        }
    }
}
