/// How often each overall rating was given by one unit or one manager: the Reports Board
/// compares these to spot inconsistent rating practice (ILO PMF note, Q&A 8).
public struct RatingDistribution: Sendable, Equatable {
    public let counts: [OverallRating: Int]

    public init(counts: [OverallRating: Int]) {
        self.counts = counts
    }

    public var total: Int { counts.values.reduce(0, +) }

    public func count(_ rating: OverallRating) -> Int { counts[rating] ?? 0 }

    /// The share of `rating`, 0 to 1 (0 when nothing was rated).
    public func share(_ rating: OverallRating) -> Double {
        total == 0 ? 0 : Double(count(rating)) / Double(total)
    }

    /// The distributions summed, as for the whole organisation.
    public static func sum(_ distributions: [RatingDistribution]) -> RatingDistribution {
        RatingDistribution(counts: distributions.reduce(into: [:]) { sum, distribution in
            for (rating, count) in distribution.counts { sum[rating, default: 0] += count }
        })
    }
}

/// Which units or managers rate out of line with the organisation.
///
/// A group stands out when it has at least `minimumRatings` ratings and its share of
/// "consistently exceeds" or of "does not fully meet" differs from the organisation's by at
/// least `threshold` (a quarter, by default): a hint for the Board to look closer, not a verdict.
public enum RatingPractice {
    public static let minimumRatings = 3
    public static let threshold = 0.25

    /// Why a group stands out, or nil when it does not.
    public static func outlier(_ group: RatingDistribution, against organisation: RatingDistribution) -> String? {
        guard group.total >= minimumRatings, organisation.total > 0 else { return nil }
        for rating in [OverallRating.consistentlyExceeds, .doesNotFullyMeet] {
            let difference = group.share(rating) - organisation.share(rating)
            if abs(difference) >= threshold {
                return "\(percent(group.share(rating))) rated “\(rating.shortName.lowercased())”, against \(percent(organisation.share(rating))) across the organisation"
            }
        }
        return nil
    }

    /// 0.4 as "40 %", rounded to the nearest whole percent.
    public static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded())) %"
    }
}

extension OverallRating {
    /// The rating in a few words, for charts and tables.
    public var shortName: String {
        switch self {
        case .consistentlyExceeds: "Consistently exceeds"
        case .fullyMeets: "Fully meets"
        case .doesNotFullyMeet: "Does not fully meet"
        }
    }
}
