/// How far an output or a competency's indicators of success were achieved (ILO PMF note Q&A:
/// "fully met, partially met, or whether the expected results have been exceeded").
public enum ElementRating: String, CaseIterable, Codable, Sendable {
    case exceeded
    case fullyMet = "fully_met"
    case partiallyMet = "partially_met"

    public var displayName: String {
        switch self {
        case .exceeded: "Exceeded"
        case .fullyMet: "Fully met"
        case .partiallyMet: "Partially met"
        }
    }
}

/// The overall assessment at the End of Cycle: one of three levels.
public enum OverallRating: String, CaseIterable, Codable, Sendable {
    case consistentlyExceeds = "consistently_exceeds"
    case fullyMeets = "fully_meets"
    case doesNotFullyMeet = "does_not_fully_meet"

    public var displayName: String {
        switch self {
        case .consistentlyExceeds: "Consistently exceeds performance requirements"
        case .fullyMeets: "Fully meets performance requirements"
        case .doesNotFullyMeet: "Does not fully meet performance requirements"
        }
    }
}

/// Whether an overall rating agrees with the ratings of the outputs and competencies it sums up.
///
/// The rule, over every rated output and competency:
/// - **Consistently exceeds** needs at least half of them exceeded and none partially met.
/// - **Fully meets** is inconsistent when most of them (more than half) were only partially
///   met, or when every one was exceeded.
/// - **Does not fully meet** needs at least one partially met.
///
/// An inconsistent overall rating is not forbidden (the manager may know better), but it needs
/// a written justification before the form can be submitted, so the Reports Board sees why.
public enum RatingConsistency {
    /// Why the overall rating does not follow from the element ratings, or nil when it does
    /// (or when nothing is rated yet).
    public static func inconsistency(overall: OverallRating, elements: [ElementRating]) -> String? {
        guard !elements.isEmpty else { return nil }
        let exceeded = elements.filter { $0 == .exceeded }.count
        let partial = elements.filter { $0 == .partiallyMet }.count
        let total = elements.count
        switch overall {
        case .consistentlyExceeds:
            if partial > 0 { return "\(counted(partial, of: total)) partially met, yet the overall rating is that performance consistently exceeds requirements" }
            if exceeded * 2 < total { return "only \(counted(exceeded, of: total)) exceeded, yet the overall rating is that performance consistently exceeds requirements" }
        case .fullyMeets:
            if partial * 2 > total { return "\(counted(partial, of: total)) partially met, yet the overall rating is that performance fully meets requirements" }
            if exceeded == total { return "every output and competency was exceeded, yet the overall rating is only that performance fully meets requirements" }
        case .doesNotFullyMeet:
            if partial == 0 { return "no output or competency was rated partially met, yet the overall rating is that performance does not fully meet requirements" }
        }
        return nil
    }

    private static func counted(_ n: Int, of total: Int) -> String {
        "\(n) of the \(total) outputs and competencies \(n == 1 ? "was" : "were")"
    }
}
