import Foundation

/// An agreed criterion an objective is monitored against (SFIA Performance management: "monitors
/// performance against agreed criteria"): what is measured, from where to where, by when.
public struct PerformanceCriterion: Sendable, Equatable, Codable {
    public var indicator: String
    public var unit: String
    public var baseline: Double
    public var target: Double
    /// When the criterion is measured from (the objective's start) and by when the target is due.
    public var startsOn: CalendarDate
    public var dueOn: CalendarDate
    /// Its share in the objective's progress, relative to the other criteria (1 by default).
    public var weight: Double

    public init(indicator: String, unit: String, baseline: Double, target: Double, startsOn: CalendarDate, dueOn: CalendarDate,
                weight: Double = 1) {
        self.indicator = indicator
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.startsOn = startsOn
        self.dueOn = dueOn
        self.weight = weight
    }

    /// How far a value has come from the baseline towards the target, 0 to 1 (a target below
    /// the baseline, such as fewer errors, counts downwards). A value past the target is 1; one
    /// that went the wrong way is 0.
    public func progress(of value: Double) -> Double {
        guard target != baseline else { return value == target ? 1 : 0 }
        return min(1, max(0, (value - baseline) / (target - baseline)))
    }

    /// The share of the time from start to due date elapsed by `today`, 0 to 1.
    public func elapsed(on today: CalendarDate) -> Double {
        let total = startsOn.days(until: dueOn)
        guard total > 0 else { return today >= dueOn ? 1 : 0 }
        return min(1, max(0, Double(startsOn.days(until: today)) / Double(total)))
    }
}

/// Where an objective or criterion stands against the time elapsed.
public enum ObjectiveStatus: String, Sendable, Codable, CaseIterable {
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"

    public var displayName: String {
        switch self {
        case .onTrack: "On track"
        case .atRisk: "At risk"
        case .offTrack: "Off track"
        }
    }
}

/// How status is derived and progress rolled up, documented here and on the alignment page.
///
/// - A criterion's **progress** is how far its latest value has come from the baseline towards
///   the target (0 to 1); with no value recorded it is 0.
/// - Its **status** compares progress with the share of its time elapsed: on track while progress
///   is no more than 10 points behind the time elapsed, at risk up to 25 points behind, off track
///   beyond. A criterion whose due date has passed is on track only if its target is met.
/// - An objective's progress is the **weighted mean** of its criteria's progress (their weights),
///   and its status the weighted mean's against the weighted mean of the time elapsed. An outcome's
///   progress is the mean of its contributing objectives' progress, each counting as much as its
///   own criteria's total weight, so an objective with more agreed criteria weighs more.
/// - The lead may override a derived status, with a reason, which the page shows beside it.
public enum ObjectiveRollup {
    public static let atRiskMargin = 0.10
    public static let offTrackMargin = 0.25

    public static func status(progress: Double, elapsed: Double, pastDue: Bool) -> ObjectiveStatus {
        if pastDue { return progress >= 1 ? .onTrack : .offTrack }
        let behind = elapsed - progress
        if behind <= atRiskMargin { return .onTrack }
        return behind <= offTrackMargin ? .atRisk : .offTrack
    }

    /// One criterion's measured state as of `today`.
    public struct Measured: Sendable, Equatable {
        public let weight: Double
        public let progress: Double
        public let elapsed: Double
        public let status: ObjectiveStatus

        public init(weight: Double, progress: Double, elapsed: Double, status: ObjectiveStatus) {
            self.weight = weight
            self.progress = progress
            self.elapsed = elapsed
            self.status = status
        }
    }

    public static func measure(_ criterion: PerformanceCriterion, latest value: Double?, today: CalendarDate) -> Measured {
        let progress = value.map(criterion.progress(of:)) ?? 0
        let elapsed = criterion.elapsed(on: today)
        return Measured(weight: criterion.weight, progress: progress, elapsed: elapsed,
                        status: status(progress: progress, elapsed: elapsed, pastDue: today > criterion.dueOn))
    }

    /// The weighted roll-up of several measured parts (criteria of an objective, or objectives of
    /// an outcome); nil when there is nothing to roll up.
    public static func combine(_ parts: [Measured]) -> Measured? {
        let total = parts.map(\.weight).reduce(0, +)
        guard total > 0 else { return nil }
        let progress = parts.map { $0.progress * $0.weight }.reduce(0, +) / total
        let elapsed = parts.map { $0.elapsed * $0.weight }.reduce(0, +) / total
        let pastDue = parts.allSatisfy { $0.elapsed >= 1 }
        return Measured(weight: total, progress: progress, elapsed: elapsed, status: status(progress: progress, elapsed: elapsed, pastDue: pastDue))
    }
}
