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

    static func charts(_ query: TeamDashboardQuery) -> [Chart] {
        let kinds = AppraisalFormKind.allCases.filter { kind in query.forms.contains { $0.kind == kind } }
        let phases = Chart.stackedBar(
            id: "team-phases", title: "Your team's forms by phase and state",
            takeaway: "\(DisplayNumber.counted(query.forms.filter { !$0.state.isSigned }.count, "form")) not yet signed by both, "
                + "\(query.forms.filter(query.isOverdue).count) of them overdue.",
            series: OrganisationDashboard.stateGroups.map(\.name),
            categories: kinds.map { kind in
                (kind.displayName, OrganisationDashboard.stateGroups.map { group in
                    Double(query.forms.filter { $0.kind == kind && group.states.contains($0.state) }.count)
                })
            }, valueName: "Forms", categoryName: "Phase")
        let short = Dictionary(grouping: query.gaps.values.flatMap { $0.filter { !$0.isMet } }, by: \.skill.name)
        let gaps = Chart.bar(
            id: "team-gaps", title: "Skills gaps in your team",
            takeaway: short.isEmpty ? "Nobody in your team falls short of their role's levels."
                : "People short of their role's level, by skill; the most common gap is \(short.max { $0.value.count < $1.value.count }!.key).",
            categories: short.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { ($0.key, Double($0.value.count)) },
            valueName: "People short of the level", categoryName: "Skill")
        return [phases, gaps]
    }

    static func tables(_ query: TeamDashboardQuery) -> [String: ChartTable] {
        var tables = Dictionary(uniqueKeysWithValues: charts(query).map { ($0.id, $0.table) })
        tables["team-overdue"] = ChartTable(
            caption: "Overdue forms", columns: ["Staff member", "Form", "State", "Due"],
            rows: query.forms.filter(query.isOverdue).map { form in
                ChartTable.Row(header: query.name(form.staff_member_id), cells: [form.kind.displayName, form.state.displayName,
                                                                               form.due_on.map(DisplayDate.long) ?? ""],
                               href: StridePath.appraisalForm(form.id).href)
            }, numeric: false)
        tables["team-objectives"] = ChartTable(
            caption: "Objectives your people own", columns: ["Objective", "Owner", "Due", "Progress", "Status"],
            rows: query.objectives.map { loaded in
                ChartTable.Row(header: loaded.objective.title, cells: [
                    query.name(loaded.objective.$owner.id), DisplayDate.long(loaded.objective.dueOn), DisplayPercent.of(loaded.standing.progress),
                    loaded.standing.status.displayName + (loaded.standing.isOverridden ? " (set by the lead)" : ""),
                ], href: StridePath.objective(loaded.id).href)
            }, numeric: false)
        tables["team-plans"] = ChartTable(
            caption: "Open improvement plans", columns: ["Staff member", "Started", "Six-month review due", "Stage"],
            rows: query.plans.map { plan in
                ChartTable.Row(header: query.name(plan.$staffMember.id), cells: [
                    DisplayDate.long(plan.startsOn), DisplayDate.long(plan.reviewDueOn),
                    plan.stage == .open ? "Open" : "Reviewed, waiting for the Reports Board",
                ], href: StridePath.improvementPlan(plan.id!).href)
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

    init(_ query: TeamDashboardQuery) {
        hasTeam = !query.team.isEmpty
        let direct = query.team.filter { $0.supervisor_id == query.managerID }.count
        facts = [
            Fact(key: "People you supervise", value: "\(DisplayNumber.grouped(query.team.count)) (\(direct) directly)"),
            Fact(key: "Forms overdue", value: DisplayNumber.grouped(query.forms.filter(query.isOverdue).count)),
            Fact(key: "Objectives off track or at risk", value: DisplayNumber.grouped(query.objectives.filter { $0.standing.status != .onTrack }.count)),
            Fact(key: "Open improvement plans", value: DisplayNumber.grouped(query.plans.count)),
            Fact(key: "Skill levels to confirm", value: DisplayNumber.grouped(query.waiting.count)),
        ]
        charts = Self.charts(query).map { chart in
            var chart = chart
            chart.csvHref = StridePath.teamDashboardExport.href + "?table=\(chart.id)"
            return chart
        }
        let tables = Self.tables(query)
        self.tables = Self.tableOrder.compactMap { id in
            tables[id].map { DashboardTable(table: $0, csvHref: StridePath.teamDashboardExport.href + "?table=\(id)") }
        }
    }
}
