import Foundation
import StrideCore

/// The HR dashboard's figures as charts and tables, built once from the query for the page,
/// its CSV downloads and the API alike.
struct OrganisationDashboard: Sendable {
    /// The states of a form, grouped as the charts show them, in the order of the workflow.
    static let stateGroups: [(name: String, states: [AppraisalState])] = [
        ("In progress", [.draft, .selfAssessed, .inDiscussion, .staffSigned]),
        ("Returned", [.returned]),
        ("Signed", [.signed]),
        ("At the Reports Board", [.atReportsBoard]),
        ("Reviewed", [.reviewed]),
    ]
    static let completedEnd: Set<AppraisalState> = [.signed, .atReportsBoard, .reviewed]

    let query: OrganisationDashboardQuery

    /// `{kind: {state: count}}`, every kind and state present, zeros included.
    var formsByState: [AppraisalFormKind: [AppraisalState: Int]] {
        var counts = Dictionary(uniqueKeysWithValues: AppraisalFormKind.allCases.map { kind in
            (kind, Dictionary(uniqueKeysWithValues: AppraisalState.allCases.map { ($0, 0) }))
        })
        for tally in query.tallies { counts[tally.kind]?[tally.state, default: 0] += tally.n }
        return counts
    }

    /// `{rating: count}` over End of Cycle forms both have signed.
    var overallRatings: [OverallRating: Int] {
        var counts = Dictionary(uniqueKeysWithValues: OverallRating.allCases.map { ($0, 0) })
        for tally in query.tallies where tally.kind == .end && Self.completedEnd.contains(tally.state) {
            if let rating = OverallRating(rawValue: tally.rating) { counts[rating, default: 0] += tally.n }
        }
        return counts
    }

    var overdueTotal: Int { query.overdue.values.reduce(0, +) }

    private var groupNames: [String] { query.groups.groups.map(\.name) }

    private func byGroup<Key: Hashable>(_ filter: (OrganisationDashboardQuery.Tally) -> Key?) -> [Int: [Key: Int]] {
        query.groups.sum(query.tallies.compactMap { tally in filter(tally).map { (unit: tally.unit_id, key: $0, n: tally.n) } })
    }

    var formsChart: Chart {
        let counts = formsByState
        let kinds = AppraisalFormKind.allCases.filter { kind in counts[kind]?.values.contains { $0 > 0 } == true }
        let totals = kinds.map { kind in Self.stateGroups.map { group in group.states.map { counts[kind]?[$0] ?? 0 }.reduce(0, +) } }
        let inProgress = totals.map { $0[0] + $0[1] }.reduce(0, +), all = totals.flatMap { $0 }.reduce(0, +)
        return Chart.stackedBar(
            id: "forms-by-state", title: "Forms by phase and state",
            takeaway: all == 0 ? "No forms yet." : "\(DisplayPercent.of(Double(inProgress) / Double(all))) of the forms are not yet signed by both.",
            series: Self.stateGroups.map(\.name), categories: zip(kinds, totals).map { ($0.displayName, $1.map(Double.init)) },
            valueName: "Forms", categoryName: "Phase")
    }

    var completionChart: Chart {
        let phases: [AppraisalFormKind] = [.beginning, .midterm, .end]
        let done = byGroup { phases.contains($0.kind) && $0.state.isSigned ? $0.kind : nil }
        let all = byGroup { phases.contains($0.kind) ? $0.kind : nil }
        let values = query.groups.groups.indices.map { index in
            phases.map { phase -> Double? in
                guard let total = all[index]?[phase], total > 0 else { return nil }
                return Double(done[index]?[phase] ?? 0) / Double(total)
            }
        }
        let cells = query.groups.groups.indices.map { index in
            phases.map { phase in all[index]?[phase].map { "\(done[index]?[phase] ?? 0) of \($0)" } ?? "—" }
        }
        var chart = Chart.heatmap(id: "completion-by-unit", title: "Phases completed by unit",
                                  takeaway: "The share of each phase's forms that both have signed; darker is further along.",
                                  rowName: "Unit", rows: groupNames, columns: phases.map(\.displayName), values: values, highest: 1) {
            DisplayPercent.of($0)
        }
        chart = chart.withTable(ChartTable(caption: chart.title, columns: ["Unit"] + phases.map { "\($0.displayName) signed" },
                                           rows: zip(groupNames, cells).map { ChartTable.Row(header: $0, cells: $1) }))
        return chart
    }

    var overdueChart: Chart {
        let counts = query.groups.sum(query.overdue.map { (unit: $0.key, key: 0, n: $0.value) })
        let categories = query.groups.groups.indices.map { (groupNames[$0], Double(counts[$0]?[0] ?? 0)) }
        let worst = categories.max { $0.1 < $1.1 }
        return Chart.bar(id: "overdue-by-unit", title: "Overdue forms by unit",
                         takeaway: overdueTotal == 0 ? "No form is overdue." : "\(DisplayNumber.counted(overdueTotal, "form")) overdue"
                             + (worst.map { $0.1 > 0 ? "; most in \($0.0)." : "." } ?? "."),
                         categories: categories, valueName: "Overdue forms", categoryName: "Unit")
    }

    var ratingsChart: Chart {
        let counts = overallRatings, total = counts.values.reduce(0, +)
        return Chart.bar(id: "overall-ratings", title: "Overall ratings",
                         takeaway: total == 0 ? "No End of Cycle form is signed yet."
                             : "\(DisplayNumber.counted(total, "signed End of Cycle form")); \(DisplayPercent.of(Double(counts[.fullyMeets] ?? 0) / Double(total))) fully meet.",
                         categories: OverallRating.allCases.map { ($0.shortName, Double(counts[$0] ?? 0)) }, valueName: "Forms", categoryName: "Rating")
    }

    var ratingsByUnitChart: Chart {
        let counts = byGroup { $0.kind == .end && Self.completedEnd.contains($0.state) ? OverallRating(rawValue: $0.rating) : nil }
        return Chart.stackedBar(id: "ratings-by-unit", title: "Overall ratings by unit",
                                takeaway: "Each unit's signed End of Cycle forms by overall rating, left to right from the highest.",
                                series: OverallRating.allCases.map(\.shortName),
                                categories: query.groups.groups.indices.map { index in
                                    (groupNames[index], OverallRating.allCases.map { Double(counts[index]?[$0] ?? 0) })
                                }, valueName: "Forms", categoryName: "Unit")
    }

    var coverageChart: Chart {
        let values = query.coverage.map { skill in
            query.groups.groups.indices.map { index -> Double? in
                guard let needed = skill.needed[index], needed > 0 else { return nil }
                return Double(skill.met[index] ?? 0) / Double(needed)
            }
        }
        let cells = query.coverage.map { skill in
            query.groups.groups.indices.map { index in skill.needed[index].map { "\(skill.met[index] ?? 0) of \($0)" } ?? "—" }
        }
        let chart = Chart.heatmap(id: "skills-coverage", title: "Skills coverage",
                                  takeaway: "For the skills most required by people's roles: the share of those who need each with a confirmed level at or above it.",
                                  rowName: "Skill", rows: query.coverage.map(\.skillName), columns: groupNames, values: values, highest: 1) {
            DisplayPercent.of($0)
        }
        return chart.withTable(ChartTable(caption: chart.title, columns: ["Skill"] + groupNames,
                                          rows: zip(query.coverage.map(\.skillName), cells).map { ChartTable.Row(header: $0, cells: $1) }))
    }

    /// Milestones the page lists; the CSV download has them all.
    static let probationShown = 20

    /// The probation milestones, soonest first: the first `limit`, or all of them.
    func probationTable(unitNames: [UUID: String], limit: Int? = nil) -> ChartTable {
        ChartTable(caption: "Probation milestones in the next 90 days", columns: ["Staff member", "Unit", "Milestone", "Date"],
                   rows: query.probation.prefix(limit ?? query.probation.count).map { row in
                       ChartTable.Row(header: row.name, cells: [row.unitID.flatMap { unitNames[$0] } ?? "", row.milestone.displayName, DisplayDate.long(row.on)],
                                      href: StridePath.staffMember(row.staffID).href)
                   }, numeric: false)
    }

    var upwardTable: ChartTable {
        ChartTable(caption: "Upward feedback response rates", columns: ["Responsible chief", "Closes", "Status", "Invited", "Responded", "Rate"],
                   rows: query.rounds.map { round in
                       ChartTable.Row(header: round.chief_name, cells: [
                           DisplayDate.long(round.closes_on), round.status == "open" ? "Open" : "Closed", String(round.invited_count),
                           String(round.response_count),
                           round.invited_count == 0 ? "—" : DisplayPercent.of(Double(round.response_count) / Double(round.invited_count)),
                       ])
                   }, numeric: false)
    }
}

extension Chart {
    /// The same chart with another table (a heatmap's cells say "3 of 5" where its shades are shares).
    func withTable(_ table: ChartTable) -> Chart {
        var copy = self
        copy.replaceTable(table)
        return copy
    }
}
