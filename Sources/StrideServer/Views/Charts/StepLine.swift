import StrideCore

/// A small step line of levels over time, such as a skill's confirmed levels: each level holds
/// until the next decision, drawn to today. The geometry is computed here and the SVG written by
/// `partials/step-line` (UI.md §7); as a sparkline in a table cell it is an image whose label
/// states its numbers.
struct StepLine: Encodable {
    struct Point: Encodable, Equatable {
        let x: Double
        let y: Double
    }

    static let width = 160.0, height = 40.0, padding = 4.0

    /// The line as an SVG path: moves right, then up or down, at each change.
    let path: String
    let points: [Point]
    /// Where a target level sits (the level a role requires), drawn dashed; nil without one.
    let targetY: Double?
    /// What the image says: every level with its date, and the target.
    let label: String

    /// - Parameters:
    ///   - steps: the levels with the day each was set, oldest first (at least one).
    ///   - scale: the framework's level numbers, which the height spans.
    ///   - target: the level needed, if any.
    ///   - today: where the line ends.
    init(steps: [(on: CalendarDate, level: Int)], scale: [Int], target: Int?, today: CalendarDate, subject: String) {
        let low = Double(scale.min() ?? 0), high = Double(max(scale.max() ?? 1, (scale.min() ?? 0) + 1))
        let first = steps.first?.on ?? today
        let span = Double(max(first.days(until: today), 1))
        func x(_ day: CalendarDate) -> Double {
            Self.padding + (Self.width - 2 * Self.padding) * Double(min(max(first.days(until: day), 0), Int(span))) / span
        }
        func y(_ level: Int) -> Double {
            let clamped = min(max(Double(level), low), high)
            return Self.height - Self.padding - (Self.height - 2 * Self.padding) * (clamped - low) / (high - low)
        }
        points = steps.map { Point(x: Self.rounded(x($0.on)), y: Self.rounded(y($0.level))) }
        var path = ""
        for (index, point) in points.enumerated() {
            path += index == 0 ? "M\(point.x) \(point.y)" : " H\(point.x) V\(point.y)"
        }
        if !points.isEmpty { path += " H\(Self.rounded(Self.width - Self.padding))" }
        self.path = path
        targetY = target.map { Self.rounded(y($0)) }
        let levels = steps.map { "level \($0.level) from \(DisplayDate.long($0.on))" }.joined(separator: ", ")
        label = "\(subject): \(levels.isEmpty ? "no level confirmed" : levels)" + (target.map { "; level \($0) needed" } ?? "")
    }

    private static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
