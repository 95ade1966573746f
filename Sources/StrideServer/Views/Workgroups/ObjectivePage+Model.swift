import Foundation
import StrideCore

extension ObjectiveStatus {
    /// The tag's colour: never the only signal, as the tag also says the status in words.
    var tagColour: String {
        switch self {
        case .onTrack: "green"
        case .atRisk: "yellow"
        case .offTrack: "red"
        }
    }
}

/// How a share is read: "62 %".
enum DisplayPercent {
    static func of(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
}

/// A fact about a record, as a summary list's row: its key, its value, and a link when the
/// value names something the viewer may open.
struct Fact: Encodable, Sendable {
    let key: String
    let value: String
    var href: String? = nil
}

/// An objective's standing as lists and the alignment tree show it.
struct ObjectiveStandingView: Encodable {
    let status: String
    let statusColour: String
    let progress: String
    let elapsed: String
    /// "Set by the lead: …" when the status shown is an override.
    let override: String?

    init(_ standing: ObjectiveStanding) {
        status = standing.status.displayName
        statusColour = standing.status.tagColour
        progress = DisplayPercent.of(standing.progress)
        elapsed = DisplayPercent.of(standing.derived?.elapsed ?? 0)
        override = standing.isOverridden
            ? "Set by the lead (the figures give \(standing.derived?.status.displayName.lowercased() ?? "no status")): \(standing.override?.reason ?? "")"
            : nil
    }
}

/// The model of `workgroups/objective.leaf`: an objective, each criterion with its trend chart
/// and readings, and the forms to record progress and override the status.
struct ObjectivePageModel: Encodable {
    struct CriterionView: Encodable {
        let indicator: String
        let measure: String
        let due: String
        let latest: String
        let progress: String
        let status: String
        let statusColour: String
        let chart: Chart
    }

    let workgroupName: String
    let workgroupHref: String
    let title: String
    let description: String?
    let facts: [Fact]
    let standing: ObjectiveStandingView
    let criteria: [CriterionView]
    let tasks: [TaskRow]
    let editHref: String?
    let readingAction: String?
    let readingFields: [FormField]
    let statusAction: String?
    let statusFields: [FormField]
    let canClearOverride: Bool

    /// A criterion's trend: the readings against the planned path from baseline to target.
    static func chart(_ criterion: ObjectiveQueries.Criterion, index: Int, today: CalendarDate) -> Chart {
        let c = criterion.criterion
        let planned = Chart.Series(name: "Planned", points: [(c.startsOn, c.baseline), (c.dueOn, c.target)], markers: false)
        let recorded = Chart.Series(name: "Recorded", points: criterion.readings.map { ($0.on, $0.value) }, markers: true)
        let measured = criterion.measured
        let takeaway = criterion.readings.isEmpty ? "No reading yet."
            : "Latest \(ChartScale.label(criterion.latest ?? 0)) \(c.unit): \(DisplayPercent.of(measured.progress)) of the way to the target "
                + "with \(DisplayPercent.of(measured.elapsed)) of the time gone."
        return Chart.line(id: "criterion-\(index + 1)-trend", title: c.indicator, takeaway: takeaway, series: [recorded, planned],
                          from: c.startsOn, to: max(c.dueOn, min(today, c.dueOn.adding(days: 92))), valueName: c.unit)
    }

    static func criterionView(_ criterion: ObjectiveQueries.Criterion, index: Int, today: CalendarDate) -> CriterionView {
        let c = criterion.criterion
        return CriterionView(
            indicator: c.indicator,
            measure: "From \(ChartScale.label(c.baseline)) to \(ChartScale.label(c.target)) \(c.unit)\(c.weight == 1 ? "" : ", weight \(Int(c.weight))")",
            due: DisplayDate.long(c.dueOn), latest: criterion.latest.map { "\(ChartScale.label($0)) \(c.unit)" } ?? "No reading yet",
            progress: DisplayPercent.of(criterion.measured.progress), status: criterion.measured.status.displayName,
            statusColour: criterion.measured.status.tagColour, chart: chart(criterion, index: index, today: today))
    }
}
