import Foundation
import StrideCore

/// The model of `feedback/admin.leaf`: HR's view of every round, with the response count of the
/// open ones (a number, never who), opening a round by hand and those now due, and the template.
struct UpwardFeedbackAdminModel: Encodable {
    struct Row: Encodable {
        let chief: String
        let unit: String?
        let href: String
        let opens: String
        let closes: String
        let isOpen: Bool
        let invited: String
        let responses: String
        /// Closed below the threshold: nothing was released.
        let withheld: Bool
    }

    let rounds: [Row]
    let threshold: Int
    let templateHref: String
    let openDueAction: String
    let openAction: String
    let fields: [FormField]

    init(rounds: [UpwardFeedbackQueries.Listed], template: UpwardFeedbackTemplate, form: UpwardFeedbackAdminController.OpenForm,
         chiefs: [(id: UUID, name: String)], errors: [FieldError]) {
        self.rounds = rounds.map { listed in
            let round = listed.round
            return Row(chief: listed.chiefName, unit: listed.unitName, href: StridePath.upwardFeedbackRound(round.id!).href,
                       opens: DisplayDate.long(round.opensOn), closes: DisplayDate.long(round.closesOn), isOpen: round.isOpen,
                       invited: DisplayNumber.grouped(round.invitedCount), responses: DisplayNumber.grouped(round.responseCount),
                       withheld: round.compiledReport.map { !$0.released } ?? false)
        }
        threshold = template.threshold.value
        templateHref = StridePath.upwardFeedbackTemplate.href
        openDueAction = StridePath.openDueUpwardFeedbackRounds.href
        openAction = StridePath.upwardFeedbackAdmin.href
        let chosen = form.chief?.lowercased()
        fields = [
            FormField("chief", .select, label: "Responsible chief", value: form.chief, errors: errors,
                      options: [.init(value: "", label: "Choose a chief", selected: false)] + chiefs.map {
                          .init(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == chosen)
                      }),
            FormField("closesOn", .text, label: "Closing date",
                      hint: "The last day responses are accepted, at least \(UpwardFeedbackRoundInput.minimumDays) days from today, like 2027-02-28",
                      value: form.closesOn, errors: errors, width: "10"),
        ]
    }

    /// HR's template as a form: the threshold, who is invited, the questions one per line.
    static func templateForm(_ form: UpwardFeedbackAdminController.TemplateForm, errors: [FieldError]) -> EditFormView {
        let subUnits = form.includeSubUnits ?? "yes"
        return EditFormView(heading: "Upward feedback questions", action: StridePath.upwardFeedbackTemplate.href, fields: [
            FormField("threshold", .text, label: "Anonymity threshold",
                      hint: "The fewest responses a report, or any question in it, is shown on; never below \(AnonymityThreshold.minimum)",
                      value: form.threshold, errors: errors, width: "3"),
            FormField("includeSubUnits", .radios, label: "Who is invited", value: subUnits, errors: errors, options: [
                .init(value: "yes", label: "The staff of the chief's units and of every unit below them", selected: subUnits == "yes"),
                .init(value: "no", label: "Only the staff of the units the chief heads", selected: subUnits == "no"),
            ]),
            FormField("values", .textarea, label: "Questions on values", hint: "One question per line, rated from 1 to 5",
                      value: form.values, errors: errors, rows: 5),
            FormField("competencies", .textarea, label: "Questions on competencies", hint: "One question per line, rated from 1 to 5",
                      value: form.competencies, errors: errors, rows: 6),
            FormField("overall", .textarea, label: "Overall effectiveness", hint: "Usually one question", value: form.overall,
                      errors: errors, rows: 2),
        ], cancelHref: StridePath.upwardFeedbackAdmin.href)
    }
}
