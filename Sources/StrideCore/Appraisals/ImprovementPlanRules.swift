import Foundation

/// The outcome of an improvement plan's six-month review, which goes to the Reports Board.
public enum ImprovementProgress: String, Sendable, Codable, CaseIterable {
    case sufficient
    case insufficient
}

/// What follows insufficient progress.
public enum ImprovementNextStep: String, Sendable, Codable, CaseIterable {
    case extendedMonitoring = "extended_monitoring"
    case referral

    public var displayName: String {
        switch self {
        case .extendedMonitoring: "Extended monitoring"
        case .referral: "Referral for further action"
        }
    }
}

/// The timing and the review of a performance improvement plan (CYCLES.md: the review is due six
/// months after the plan's start and goes to the Reports Board).
public enum ImprovementPlanRules {
    public static let reviewAfterMonths = 6

    /// When the six-month review is due.
    public static func reviewDue(startingOn start: CalendarDate) -> CalendarDate {
        start.adding(months: reviewAfterMonths)
    }

    /// Stride suggests a plan after an End of Cycle rated as not fully meeting requirements.
    public static func isSuggested(after rating: OverallRating?) -> Bool {
        rating == .doesNotFullyMeet
    }

    /// The review's problems by field: `progress` chosen, `summary` written, and after
    /// insufficient progress `nextStep` chosen (and none after sufficient progress).
    public static func reviewProblems(progress: String?, nextStep: String?, summary: String?) -> Validated<ImprovementReview> {
        var check = FieldChecker()
        let outcome: ImprovementProgress? = check.choice("progress", progress, missing: "Choose whether progress was sufficient")
        let written = check.required("summary", summary, name: "Summary", missing: "Summarise the progress against the plan's objectives",
                                     maxLength: 4000, multiline: true)
        var step: ImprovementNextStep?
        if outcome == .insufficient {
            step = check.choice("nextStep", nextStep, missing: "Choose the next step: extended monitoring or referral")
        } else if outcome == .sufficient, !(nextStep ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            check.add("nextStep", "Sufficient progress closes the plan: leave the next step empty")
        }
        return check.result(ImprovementReview(progress: outcome!, nextStep: step, summary: written))
    }
}

/// A plan's six-month review as recorded.
public struct ImprovementReview: Sendable, Equatable {
    public let progress: ImprovementProgress
    public let nextStep: ImprovementNextStep?
    public let summary: String

    public init(progress: ImprovementProgress, nextStep: ImprovementNextStep?, summary: String) {
        self.progress = progress
        self.nextStep = nextStep
        self.summary = summary
    }
}
