import Foundation

/// Feedback from a colleague or service recipient designated for a staff member on probation.
/// It is not anonymous (the form says so): the supervisor weighs it, knowing who gave it, in the
/// probationary report.
public struct ColleagueFeedback: Sendable, Equatable, Codable {
    /// Ratings by question id: 1–5, or nil for "cannot judge".
    public let ratings: [UUID: Int?]
    public let strengths: String
    public let development: String?

    public init(ratings: [UUID: Int?], strengths: String, development: String?) {
        self.ratings = ratings
        self.strengths = strengths
        self.development = development
    }
}

/// The questions a designated colleague answers, the due date, and the checks on an answer.
public enum ColleagueFeedbackForm {
    /// The rated questions, in order. Their ids are fixed, so stored answers always match them.
    public static let questions: [(id: UUID, text: String)] = [
        (UUID(uuidString: "6c1f7a30-9d2e-4b1a-8f00-000000000001")!, "Quality and reliability of their work"),
        (UUID(uuidString: "6c1f7a30-9d2e-4b1a-8f00-000000000002")!, "Working with others and sharing knowledge"),
        (UUID(uuidString: "6c1f7a30-9d2e-4b1a-8f00-000000000003")!, "Communicating clearly, in writing and in person"),
        (UUID(uuidString: "6c1f7a30-9d2e-4b1a-8f00-000000000004")!, "Responding to the needs of those they serve"),
        (UUID(uuidString: "6c1f7a30-9d2e-4b1a-8f00-000000000005")!, "Learning and adapting to the organisation"),
    ]

    public static let maxTextLength = 4000

    /// Feedback is due by the probationary report, 21 months into probation (CYCLES.md).
    public static func due(probationStart: CalendarDate) -> CalendarDate {
        probationStart.adding(months: 21)
    }

    /// The feedback, or the problems: the ratings (`RatedAnswers`), `strengths` (required) and
    /// `development`.
    public static func validate(_ answers: [(questionID: String, rating: String)], strengths: String?,
                                development: String?) -> Validated<ColleagueFeedback> {
        var check = FieldChecker()
        let ratings = RatedAnswers.read(answers, questions: questions, into: &check)
        let strengths = check.required("strengths", strengths, name: "Strengths",
                                       missing: "Describe what the staff member does well, with an example if you can",
                                       maxLength: maxTextLength, multiline: true)
        let development = check.optional("development", development, name: "Areas to develop", maxLength: maxTextLength, multiline: true)
        return check.result(ColleagueFeedback(ratings: ratings, strengths: strengths, development: development))
    }
}
