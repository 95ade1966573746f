import Foundation
import StrideCore

/// The model of `feedback/round.leaf`: one round as the viewer may see it. Those invited get the
/// anonymous form (or word that they have answered); the chief and two levels of supervisors get
/// the compiled report once the round has closed; HR gets the count while open, the invitees and
/// the close.
struct UpwardFeedbackRoundModel: Encodable {
    struct QuestionGroup: Encodable {
        let heading: String
        let fields: [FormField]
    }

    struct Invitee: Encodable {
        let name: String
        let responded: Bool
    }

    let chief: String
    let summary: SummaryList
    let threshold: Int
    /// The form, when the viewer may respond.
    let respondAction: String?
    let groups: [QuestionGroup]
    /// The comment box, when the viewer may respond (a list, for the field partial's loop).
    let commentFields: [FormField]
    let responded: Bool
    let isOpen: Bool
    let closes: String
    /// The report, when the viewer reads it and the round has closed.
    let report: UpwardFeedbackReportModel?
    let readsReport: Bool
    let invitees: [Invitee]?
    let closeHref: String?
    let backHref: String

    init(_ loaded: UpwardFeedbackQueries.Loaded, mayRespond: Bool, readsReport: Bool, administers: Bool,
         invitees: [(person: StaffRows.Person, responded: Bool)], sent: [String: String], errors: [FieldError]) {
        let round = loaded.round
        chief = loaded.chief.record.details.name
        var rows: [SummaryList.Row] = [
            .answer("Responsible chief", "\(chief), \(loaded.chief.record.details.jobTitle)", changeHref: nil, context: "chief"),
            .answer("Unit", loaded.chief.unitName, changeHref: nil, context: "unit", required: false),
            .answer("Status", round.isOpen ? "Open until the end of \(DisplayDate.long(round.closesOn))"
                    : "Closed on \(round.closedAt.map(DisplayDate.instant) ?? DisplayDate.long(round.closesOn))",
                    changeHref: nil, context: "status"),
            .answer("Opened", DisplayDate.long(round.opensOn), changeHref: nil, context: "opening"),
            .answer("Invited", DisplayNumber.counted(round.invitedCount, "person", "people"), changeHref: nil, context: "invited"),
        ]
        if administers || (!round.isOpen && readsReport) {
            rows.append(.answer(round.isOpen ? "Responses so far" : "Responses", DisplayNumber.grouped(round.responseCount),
                                changeHref: nil, context: "responses"))
        }
        summary = SummaryList(rows: rows)
        threshold = round.threshold
        respondAction = mayRespond ? StridePath.upwardFeedbackResponses(round.id!).href : nil
        let questions = round.questionList
        groups = mayRespond ? UpwardFeedbackCategory.allCases.compactMap { category in
            let asked = questions.filter { $0.category == category }
            guard !asked.isEmpty else { return nil }
            return QuestionGroup(heading: category.displayName,
                                 fields: RatingFields.fields(asked.map { ($0.id, $0.text) }, scale: RatingFields.frequency, sent: sent, errors: errors))
        } : []
        commentFields = !mayRespond ? [] : [FormField("comment", .textarea, label: "Comments (optional)",
                                         hint: "What the chief does well, and what they could do better. Do not write anything that would identify you.",
                                         value: sent["comment"], errors: errors, maxLength: UpwardFeedbackAnswers.maxCommentLength, rows: 6)]
        responded = loaded.subject.invitation == .responded
        isOpen = round.isOpen
        closes = DisplayDate.long(round.closesOn)
        self.readsReport = readsReport
        report = readsReport ? round.compiledReport.map { UpwardFeedbackReportModel($0, questions: questions, threshold: round.threshold) } : nil
        self.invitees = administers ? invitees.map { Invitee(name: $0.person.name, responded: $0.responded) } : nil
        closeHref = administers && round.isOpen ? StridePath.closeUpwardFeedbackRound(round.id!).href : nil
        backHref = StridePath.feedback.href
    }
}

/// A compiled report as pages show it: per question its count, mean and distribution, or "not
/// enough responses"; the comments in their stored (random) order.
struct UpwardFeedbackReportModel: Encodable {
    struct Row: Encodable {
        let category: String
        let text: String
        let count: Int
        let mean: String?
        let distribution: [Int]?
        /// The mean's share of the 1–5 scale, for the bar (0–100).
        let meanPercent: Int?
    }

    let released: Bool
    let responses: String
    let threshold: Int
    let rows: [Row]
    let comments: [String]

    init(_ report: UpwardFeedbackReport, questions: [UpwardFeedbackQuestion], threshold: Int) {
        released = report.released
        responses = DisplayNumber.counted(report.responses, "response")
        self.threshold = threshold
        let byID = Dictionary(uniqueKeysWithValues: questions.map { ($0.id, $0) })
        rows = report.questions.compactMap { compiled in
            byID[compiled.id].map { question in
                Row(category: question.category.displayName, text: question.text, count: compiled.count,
                    mean: compiled.mean.map { String(format: "%.2f", $0) }, distribution: compiled.distribution,
                    meanPercent: compiled.mean.map { Int((($0 - 1) / 4 * 100).rounded()) })
            }
        }
        comments = report.comments
    }
}
