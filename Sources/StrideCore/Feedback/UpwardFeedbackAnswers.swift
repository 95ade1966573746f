import Foundation

/// A response as the form or the API sends it: for each question its id and either a rating
/// "1"–"5" or `cannotJudge`, and an optional comment.
public struct UpwardFeedbackAnswers: Sendable, Equatable {
    /// How "cannot judge" is sent.
    public static let cannotJudge = "cannot-judge"
    public static let maxCommentLength = 4000

    public var answers: [(questionID: String, rating: String)]
    public var comment: String?

    public init(answers: [(questionID: String, rating: String)], comment: String?) {
        self.answers = answers
        self.comment = comment
    }

    /// The field of one question's answer, where its problem is shown.
    public static func field(for question: UUID) -> String { "answer-" + question.uuidString.lowercased() }

    public static func == (a: Self, b: Self) -> Bool {
        a.comment == b.comment && a.answers.map { [$0.questionID, $0.rating] } == b.answers.map { [$0.questionID, $0.rating] }
    }

    /// The anonymous response, or the problems: on `answers`, a question not of the round or
    /// answered twice; on each question's own field (`field(for:)`), a missing answer or one that is
    /// neither a rating from 1 to 5 nor "cannot judge"; on `comment`, its length.
    public func validate(questions: [UpwardFeedbackQuestion]) -> Validated<UpwardFeedbackResponse> {
        var check = FieldChecker()
        let ratings = RatedAnswers.read(answers, questions: questions.map { ($0.id, $0.text) }, into: &check)
        let comment = check.optional("comment", comment, name: "Comment", maxLength: Self.maxCommentLength, multiline: true)
        return check.result(UpwardFeedbackResponse(ratings: ratings, comment: comment))
    }
}

/// Ratings from 1 to 5 or "cannot judge", one per question, as feedback forms take them.
public enum RatedAnswers {
    /// The ratings by question (nil for "cannot judge"), adding the problems: on `answers`, a
    /// question not asked or answered twice; on each question's own field
    /// (`UpwardFeedbackAnswers.field(for:)`), a missing answer or one that is neither a rating from
    /// 1 to 5 nor "cannot judge".
    public static func read(_ answers: [(questionID: String, rating: String)], questions: [(id: UUID, text: String)],
                            into check: inout FieldChecker) -> [UUID: Int?] {
        var ratings: [UUID: Int?] = [:]
        var unknown = false, repeated = false, seen: Set<UUID> = []
        for answer in answers {
            guard let id = UUID(uuidString: answer.questionID.trimmingCharacters(in: .whitespaces)),
                  questions.contains(where: { $0.id == id }) else { unknown = true; continue }
            if !seen.insert(id).inserted { repeated = true; continue }
            let raw = answer.rating.trimmingCharacters(in: .whitespaces)
            if raw == UpwardFeedbackAnswers.cannotJudge {
                ratings[id] = .some(nil)
            } else if let rating = Int(raw), (1...5).contains(rating) {
                ratings[id] = rating
            }
        }
        if unknown { check.add("answers", "Answer only the questions asked") }
        if repeated { check.add("answers", "Answer each question once") }
        for question in questions where ratings[question.id] == nil {
            check.add(UpwardFeedbackAnswers.field(for: question.id), "Rate \u{201C}\(question.text)\u{201D} from 1 to 5, or choose cannot judge")
        }
        return ratings
    }
}

/// Where a round stands. A round is open from its opening day to the end of its closing day;
/// after that it is due to close, and closing compiles its report.
public enum UpwardFeedbackStatus: String, Sendable, Codable, CaseIterable {
    case open
    case closed

    /// Whether an open round closing on `closesOn` should be closed by `today`.
    public static func isDueToClose(closesOn: CalendarDate, today: CalendarDate) -> Bool {
        today > closesOn
    }
}

/// HR opening a round for a chief outside the automatic window (a chief whose cycle runs to
/// other dates, or a unit that asks for it earlier): the chief, and the closing day.
public struct UpwardFeedbackRoundInput: Sendable, Equatable {
    public var chief: String?
    public var closesOn: String?

    public init(chief: String?, closesOn: String?) {
        self.chief = chief
        self.closesOn = closesOn
    }

    /// Shortest time a round stays open: people need time to answer.
    public static let minimumDays = 14

    /// The chief and closing day, or the problems on `chief` (a responsible chief heading a
    /// unit, with no round open) and `closesOn` (at least two weeks from today).
    public func validate(chiefs: Set<UUID>, withOpenRounds: Set<UUID>, today: CalendarDate) -> Validated<(chief: UUID, closesOn: CalendarDate)> {
        var check = FieldChecker()
        let chosen = chief.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
        if let chosen, chiefs.contains(chosen) {
            if withOpenRounds.contains(chosen) { check.add("chief", "This chief's round is already open; close it before opening another") }
        } else {
            check.add("chief", "Choose a responsible chief who heads a unit")
        }
        let closes = check.date("closesOn", closesOn, name: "Closing date", missing: "Enter the date the round closes")
        if let closes, closes < today.adding(days: Self.minimumDays) {
            check.add("closesOn", "The round must stay open at least \(Self.minimumDays) days: close it on \(today.adding(days: Self.minimumDays).iso) or later")
        }
        return check.result((chosen!, closes!))
    }
}
