import Foundation
import StrideCore

/// Rated questions as form fields: one set of radios per question (a scale from 1 to 5 and
/// "cannot judge"), side by side where there is room, named `UpwardFeedbackAnswers.field(for:)`.
enum RatingFields {
    /// Scale labels for statements of how often ("Explains decisions…").
    static let frequency = ["1 – Rarely", "2 – Sometimes", "3 – Usually", "4 – Almost always", "5 – Always"]
    /// Scale labels for judgements of quality ("Quality of their work").
    static let quality = ["1 – Poor", "2 – Fair", "3 – Good", "4 – Very good", "5 – Excellent"]

    static func fields(_ questions: [(id: UUID, text: String)], scale: [String], sent: [String: String], errors: [FieldError]) -> [FormField] {
        let options = zip(1...5, scale).map { (String($0), $1) } + [(UpwardFeedbackAnswers.cannotJudge, "Cannot judge")]
        return questions.map { question in
            let id = UpwardFeedbackAnswers.field(for: question.id)
            var field = FormField(id, .radios, label: question.text, value: sent[id], errors: errors,
                                  options: options.map { .init(value: $0.0, label: $0.1, selected: sent[id] == $0.0) })
            field.inline = true
            return field
        }
    }

    /// The answers a form sent, question by question, for the core's checks.
    static func answers(_ questions: [(id: UUID, text: String)], from sent: [String: String]) -> [(questionID: String, rating: String)] {
        questions.compactMap { question in sent[UpwardFeedbackAnswers.field(for: question.id)].map { (question.id.uuidString, $0) } }
    }
}
