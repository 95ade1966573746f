import Foundation

/// The probation milestones HR watches on its dashboard: the 6-month Mid-term Review (where
/// colleagues are designated), the 18-month Mid-term Review and the 21-month probationary report,
/// each counted in months of service from the start of probation (CYCLES.md).
public enum ProbationMilestone: Int, Sendable, CaseIterable, Comparable {
    case sixMonths = 6
    case eighteenMonths = 18
    case probationaryReport = 21

    public var displayName: String {
        switch self {
        case .sixMonths: "6-month review and colleagues designated"
        case .eighteenMonths: "18-month review"
        case .probationaryReport: "Probationary report (21 months)"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// Who on probation reaches a milestone within a window.
public enum ProbationPipeline {
    public static let windowDays = 90

    /// The milestones a probation that started on `start` reaches from `today` to `windowDays`
    /// later (both included), each with its date, in order.
    public static func upcoming(probationStart start: CalendarDate, today: CalendarDate,
                                window: Int = windowDays) -> [(milestone: ProbationMilestone, on: CalendarDate)] {
        let last = today.adding(days: window)
        return ProbationMilestone.allCases.compactMap { milestone in
            let date = start.adding(months: milestone.rawValue)
            return date >= today && date <= last ? (milestone, date) : nil
        }
    }
}
