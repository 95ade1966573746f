import Foundation

/// One anonymous response to an upward feedback round: a rating (1–5) or "cannot judge" (nil) per
/// question, and an optional comment. It carries nothing about who gave it.
public struct UpwardFeedbackResponse: Sendable, Equatable {
    public let ratings: [UUID: Int?]
    public let comment: String?

    public init(ratings: [UUID: Int?], comment: String?) {
        self.ratings = ratings
        self.comment = comment
    }
}

/// The compiled report of a closed round: the only form in which upward feedback is ever shown.
/// It is compiled once, at the close, and never again, so no reader can subtract one version
/// from the next.
public struct UpwardFeedbackReport: Sendable, Equatable, Codable {
    public struct Question: Sendable, Equatable, Codable {
        public let id: UUID
        /// Ratings given (not "cannot judge").
        public let count: Int
        /// nil when `count` is below the threshold: "not enough responses".
        public let mean: Double?
        /// How many gave each rating 1–5, in that order; nil when below the threshold.
        public let distribution: [Int]?

        public init(id: UUID, count: Int, mean: Double?, distribution: [Int]?) {
            self.id = id
            self.count = count
            self.mean = mean
            self.distribution = distribution
        }
    }

    /// Whether the round had enough responses to show anything.
    public let released: Bool
    public let responses: Int
    public let questions: [Question]
    /// The comments in an order that says nothing of who wrote them or when; empty when not released.
    public let comments: [String]

    /// - Parameters:
    ///   - questions: the round's questions, in their order.
    ///   - order: shuffles the comments (an injected generator, so tests can fix it).
    public static func compile<G: RandomNumberGenerator>(questions: [UUID], responses: [UpwardFeedbackResponse],
                                                         threshold: AnonymityThreshold, order: inout G) -> UpwardFeedbackReport {
        guard threshold.allows(responses.count) else {
            return UpwardFeedbackReport(released: false, responses: responses.count,
                                        questions: questions.map { Question(id: $0, count: 0, mean: nil, distribution: nil) },
                                        comments: [])
        }
        let compiled = questions.map { id in
            let ratings = responses.compactMap { $0.ratings[id] ?? nil }.filter { (1...5).contains($0) }
            guard threshold.allows(ratings.count) else { return Question(id: id, count: ratings.count, mean: nil, distribution: nil) }
            let mean = (Double(ratings.reduce(0, +)) / Double(ratings.count) * 100).rounded() / 100
            return Question(id: id, count: ratings.count, mean: mean, distribution: (1...5).map { rating in ratings.filter { $0 == rating }.count })
        }
        let comments = responses.compactMap { $0.comment?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return UpwardFeedbackReport(released: true, responses: responses.count, questions: compiled,
                                    comments: comments.shuffled(using: &order))
    }
}

/// When a chief's upward feedback round runs: from the chief's Mid-term Review date until three
/// months before the end of the chief's cycle ("submitted three months prior to the end of cycle
/// discussion"; CYCLES.md).
public enum UpwardFeedbackWindow {
    /// The round's opening and closing days, or nil when the cycle leaves no time between them.
    public static func dates(midtermReview: CalendarDate, cycleEnd: CalendarDate) -> (opens: CalendarDate, closes: CalendarDate)? {
        let closes = cycleEnd.adding(months: -3)
        return midtermReview < closes ? (midtermReview, closes) : nil
    }
}
