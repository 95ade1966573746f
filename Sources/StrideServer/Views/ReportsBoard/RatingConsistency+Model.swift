import StrideCore

/// The model of `reports-board/consistency.leaf`: the organisation's figures first, then the
/// ratings per unit and per manager, each as a chart with its table.
struct RatingConsistencyModel: Encodable {
    struct Figure: Encodable {
        let label: String
        let value: String
    }

    let figures: [Figure]
    let charts: [RatingChart]
    let queueHref: String

    init(byUnit: [RatingPracticeQuery.Group], byManager: [RatingPracticeQuery.Group]) {
        let organisation = RatingDistribution.sum(byUnit.map(\.distribution))
        figures = [Figure(label: "End of Cycle forms rated and signed", value: String(organisation.total))]
            + OverallRating.allCases.map { Figure(label: $0.displayName, value: "\(organisation.count($0)) (\(RatingPractice.percent(organisation.share($0))))") }
        charts = [
            RatingChart(id: "by-unit", title: "Overall ratings by unit", groups: byUnit, organisation: organisation),
            RatingChart(id: "by-manager", title: "Overall ratings by manager", groups: byManager, organisation: organisation),
        ]
        queueHref = StridePath.reportsBoardQueue.href
    }
}
