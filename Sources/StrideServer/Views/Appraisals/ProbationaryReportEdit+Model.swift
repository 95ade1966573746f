import StrideCore

/// The probationary report's edit page, the manager's: performance and competencies over the
/// probation, the designated colleagues' feedback, and the recommendation.
enum ProbationaryReportEditModel {
    static func make(loaded: LoadedAppraisalForm, form: ProbationaryReportForm, errors: [FieldError]) -> SectionedEditModel {
        func text(_ id: String, _ label: String, hint: String? = nil, rows: Int = 5) -> FormField {
            FormField(id, .textarea, label: label, hint: hint, value: form.value(id), errors: errors, maxLength: BeginningOfCycleRules.longText, rows: rows)
        }
        let chosen = form.value("recommendation") ?? ""
        let blocks: [SectionedEditModel.Block] = [
            .init(id: "performance-block", heading: "Performance over the probation", fields: [
                text("performance", "Performance", hint: "Against the outputs agreed in each probation cycle so far."),
                text("competencies", "Competencies", hint: "How the competencies agreed have been demonstrated."),
            ]),
            .init(id: "colleagues", heading: "Colleagues' feedback", fields: [
                text("colleagueFeedback", "What the colleagues said",
                     hint: "The three to five colleagues or service recipients designated at the six-month review."),
            ]),
            .init(id: "recommendation-block", heading: "Recommendation", fields: [
                FormField("recommendation", .radios, label: "What do you recommend?", value: nil, errors: errors,
                          options: ProbationRecommendation.allCases.map { .init(value: $0.rawValue, label: $0.displayName, selected: chosen == $0.rawValue) }),
                FormField("extensionMonths", .text, label: "Extension, in months (for an extension)",
                          hint: "From \(ProbationaryReportRules.extensionMonths.lowerBound) to \(ProbationaryReportRules.extensionMonths.upperBound).",
                          value: form.value("extensionMonths"), errors: errors, width: "4"),
                text("reasons", "Reasons", hint: "Needed for an extension or when the appointment should not be confirmed.", rows: 4),
            ]),
        ]
        let main = FormButton("Save and submit for signature", value: "submit", style: .primary)
        let submits = [.draft, .returned].contains(loaded.form.state)
        let due = loaded.cycle.probationReportDate.map { " Due by \(DisplayDate.long($0))." } ?? ""
        return SectionedEditModel(
            loaded: loaded,
            intro: ["The probationary report is established after 21 months of service. The staff member reads it, "
                    + "may add a statement, and signs; then you sign, and it goes to the Reports Board." + due],
            version: form.version, blocks: blocks,
            buttons: FormButtons(submits ? [main, FormButton("Save as draft", value: "save-draft")]
                                         : [FormButton("Save changes", value: "save-draft", style: .primary)],
                                 cancel: .init(label: "Cancel", href: StridePath.appraisalForm(loaded.formID).href)))
    }
}
