import Foundation
import StrideCore

/// The model of `feedback/colleagues.leaf`: the colleagues designated for a probationer, whether
/// each has answered, what they said (for those who read it, with their names), and the form to
/// designate them.
struct ColleagueFeedbackModel: Encodable {
    struct Row: Encodable {
        let colleague: String
        let status: String
        let given: Bool
        /// The feedback, for those who read it.
        let summary: SummaryList?
    }

    let staffName: String
    let due: String
    let rows: [Row]
    let readsFeedback: Bool
    /// The designation form, when the viewer may designate.
    let designateAction: String?
    /// Five boxes, filled with those designated (or what was typed).
    let entries: [String]
    let error: String?
    let backHref: String

    init(cycle: LoadedCycle, requests: [(request: ColleagueFeedbackRequest, colleague: String)], staffNumbers: [UUID: String],
         readsFeedback: Bool, designates: Bool, typed: [String]?, errors: [FieldError]) {
        staffName = cycle.staff.record.details.name
        due = DisplayDate.long(requests.first?.request.dueOn ?? ColleagueFeedbackForm.due(probationStart: cycle.cycle.startDate))
        rows = requests.map { request, colleague in
            let given = request.givenAt.map { "Given on \(DisplayDate.instant($0))" } ?? "Not yet given"
            return Row(colleague: colleague, status: given, given: request.isGiven,
                       summary: readsFeedback && request.isGiven ? Self.answers(request, by: colleague) : nil)
        }
        self.readsFeedback = readsFeedback
        designateAction = designates ? StridePath.colleagueFeedback(cycle.cycle.id!).href : nil
        let shown = typed ?? requests.compactMap { staffNumbers[$0.request.$colleague.id] }
        entries = (0..<ColleagueDesignation.count.upperBound).map { $0 < shown.count ? shown[$0] : "" }
        let messages = errors.filter { $0.field == "colleagues" }.map(\.message)
        error = messages.isEmpty ? nil : messages.joined(separator: ". ")
        backHref = StridePath.cycleTimeline(cycle.cycle.id!).href
    }

    /// One colleague's feedback as a card: each rating, their strengths and areas to develop.
    static func answers(_ request: ColleagueFeedbackRequest, by colleague: String) -> SummaryList {
        let ratings = request.ratingsByQuestion
        let rated: [SummaryList.Row] = ColleagueFeedbackForm.questions.map { question in
            let rating: String? = ratings[question.id].map { given in given.map { (1...5).contains($0) ? RatingFields.quality[$0 - 1] : String($0) } ?? "Cannot judge" }
            return SummaryList.Row.answer(question.text, rating, changeHref: nil, context: question.text, required: false)
        }
        let rows: [SummaryList.Row] = rated + [
            .answer("Strengths", request.strengths, changeHref: nil, context: "strengths", required: false),
            .answer("Areas to develop", request.development, changeHref: nil, context: "areas to develop", required: false),
        ]
        return SummaryList(title: colleague, rows: rows)
    }
}

/// The model of `feedback/colleague.leaf`: one colleague's feedback on a probationer, to give
/// (a form that says it is not anonymous) or as given.
struct ColleagueFeedbackGiveModel: Encodable {
    let staffName: String
    let due: String
    let action: String?
    let fields: [FormField]
    /// The feedback as given, once sent.
    let summary: SummaryList?
    let backHref: String

    init(_ loaded: ColleagueFeedbackQueries.Loaded, mayGive: Bool, sent: [String: String], errors: [FieldError]) {
        staffName = loaded.staff.record.details.name
        due = DisplayDate.long(loaded.request.dueOn)
        action = mayGive ? StridePath.colleagueFeedbackRequest(loaded.request.id!).href : nil
        fields = mayGive ? RatingFields.fields(ColleagueFeedbackForm.questions, scale: RatingFields.quality, sent: sent, errors: errors) + [
            FormField("strengths", .textarea, label: "Strengths", hint: "What \(staffName) does well, with an example if you can.",
                      value: sent["strengths"], errors: errors, maxLength: ColleagueFeedbackForm.maxTextLength, rows: 5),
            FormField("development", .textarea, label: "Areas to develop (optional)", hint: "What would help them do even better.",
                      value: sent["development"], errors: errors, maxLength: ColleagueFeedbackForm.maxTextLength, rows: 5),
        ] : []
        summary = loaded.request.isGiven ? ColleagueFeedbackModel.answers(loaded.request, by: "Your feedback") : nil
        backHref = StridePath.feedback.href
    }
}
