import StrideCore

/// A horizontal stacked bar per group, the three overall ratings side by side to 100 %, with
/// the geometry computed here and the SVG written by `partials/rating-chart` (UI.md §7). The same
/// figures are in `rows`, for the table under the chart.
struct RatingChart: Encodable {
    struct Segment: Encodable {
        let x: Int
        let width: Int
        let cssClass: String
        /// The count, written inside the segment when it is wide enough to hold it.
        let label: String?
        let labelX: Int
    }

    struct Bar: Encodable {
        let y: Int
        let textY: Int
        let label: String
        let segments: [Segment]
    }

    struct Row: Encodable {
        let name: String
        let total: Int
        /// Count and share of each rating, in the order of `OverallRating.allCases`.
        let cells: [String]
        let note: String?
    }

    let id: String
    let title: String
    let takeaway: String
    let height: Int
    let bars: [Bar]
    let rows: [Row]
    let columns: [String]

    static let width = 640, labelWidth = 240, rowHeight = 34, barHeight = 22

    init(id: String, title: String, groups: [RatingPracticeQuery.Group], organisation: RatingDistribution) {
        self.id = id
        self.title = title
        let plotWidth = Self.width - Self.labelWidth
        let classes: [OverallRating: String] = [.consistentlyExceeds: "exceeds", .fullyMeets: "meets", .doesNotFullyMeet: "below"]
        bars = groups.enumerated().map { index, group in
            var x = Self.labelWidth
            let segments = OverallRating.allCases.compactMap { rating -> Segment? in
                let count = group.distribution.count(rating)
                guard count > 0 else { return nil }
                let width = Int((Double(plotWidth) * group.distribution.share(rating)).rounded())
                defer { x += width }
                return Segment(x: x, width: width, cssClass: "st-chart__segment--\(classes[rating]!)", label: width >= 24 ? String(count) : nil,
                               labelX: x + width / 2)
            }
            let y = index * Self.rowHeight
            let name = group.name.count > 30 ? String(group.name.prefix(29)) + "…" : group.name
            return Bar(y: y + (Self.rowHeight - Self.barHeight) / 2, textY: y + Self.rowHeight / 2 + 5,
                       label: "\(name) (\(group.distribution.total))", segments: segments)
        }
        height = max(groups.count, 1) * Self.rowHeight
        columns = OverallRating.allCases.map(\.shortName)
        rows = groups.map { group in
            Row(name: group.name, total: group.distribution.total,
                cells: OverallRating.allCases.map { "\(group.distribution.count($0)) (\(RatingPractice.percent(group.distribution.share($0))))" },
                note: RatingPractice.outlier(group.distribution, against: organisation))
        }
        let outliers = zip(groups, rows).filter { $0.1.note != nil }.map(\.0.name)
        takeaway = outliers.isEmpty
            ? "No group rates far from the organisation as a whole."
            : "Out of line with the organisation: \(outliers.joined(separator: ", "))."
    }
}
