/// What the manager recommends at the end of probation.
public enum ProbationRecommendation: String, CaseIterable, Codable, Sendable {
    case confirm
    /// Extend the probation, for a stated number of months, to give the official time to meet the requirements.
    case extend
    case doNotConfirm = "do_not_confirm"

    public var displayName: String {
        switch self {
        case .confirm: "Confirm the appointment"
        case .extend: "Extend the probation"
        case .doNotConfirm: "Do not confirm the appointment"
        }
    }
}

/// The probationary report, established after 21 months of service (ILO PMF Q&A 5): the
/// manager's account of the official's performance and conduct over the probation, what the
/// colleagues designated at the six-month review said, and a recommendation on confirmation.
/// The manager writes it; the staff member reads it, may add a statement, and signs.
public struct ProbationaryReport: Codable, Sendable, Equatable {
    /// Performance against the outputs agreed in each probation cycle so far.
    public var performance: String
    /// How the competencies have been demonstrated.
    public var competencies: String
    /// The feedback of the three to five colleagues (or service recipients) designated at the
    /// six-month Mid-term Review, as the manager summarises it.
    public var colleagueFeedback: String
    public var recommendation: ProbationRecommendation?
    /// Why, where the recommendation is anything but confirmation.
    public var reasons: String
    /// For an extension: by how many months.
    public var extensionMonths: Int?

    public init(performance: String = "", competencies: String = "", colleagueFeedback: String = "",
                recommendation: ProbationRecommendation? = nil, reasons: String = "", extensionMonths: Int? = nil) {
        self.performance = performance
        self.competencies = competencies
        self.colleagueFeedback = colleagueFeedback
        self.recommendation = recommendation
        self.reasons = reasons
        self.extensionMonths = extensionMonths
    }
}

/// The probationary report's rules: a draft saves with gaps, the submitted report is complete,
/// and a recommendation other than confirmation says why (an extension, for how long).
public enum ProbationaryReportRules {
    /// An extension runs at most this many months.
    public static let extensionMonths = 1...12

    /// The fields in page order, so problems list top to bottom.
    public static let fieldOrder = ["performance", "competencies", "colleagueFeedback", "recommendation", "extensionMonths", "reasons"]

    public static func storageProblems(_ report: ProbationaryReport) -> [FieldError] { problems(report, submitting: false) }

    public static func submissionProblems(_ report: ProbationaryReport) -> [FieldError] { problems(report, submitting: true) }

    private static func problems(_ report: ProbationaryReport, submitting: Bool) -> [FieldError] {
        var check = FieldChecker()
        func text(_ field: String, _ value: String, name: String, missing: String?) {
            check.content(field, value, name: name, missing: submitting ? missing : nil, maxLength: BeginningOfCycleRules.longText)
        }
        text("performance", report.performance, name: "Performance", missing: "Performance: describe the performance over the probation")
        text("competencies", report.competencies, name: "Competencies", missing: "Competencies: describe how they have been demonstrated")
        text("colleagueFeedback", report.colleagueFeedback, name: "Colleagues' feedback",
             missing: "Colleagues' feedback: summarise what the designated colleagues said")
        if submitting, report.recommendation == nil { check.add("recommendation", "Recommendation: choose one") }
        if let months = report.extensionMonths, !extensionMonths.contains(months) {
            check.add("extensionMonths", "Extension: from \(extensionMonths.lowerBound) to \(extensionMonths.upperBound) months")
        } else if submitting, report.recommendation == .extend, report.extensionMonths == nil {
            check.add("extensionMonths", "Extension: say by how many months")
        }
        let needsReasons = report.recommendation == .extend || report.recommendation == .doNotConfirm
        text("reasons", report.reasons, name: "Reasons",
             missing: needsReasons ? "Reasons: say why the appointment should \(report.recommendation == .extend ? "not be confirmed yet" : "not be confirmed")" : nil)
        return check.errors.inFieldOrder(fieldOrder)
    }
}
