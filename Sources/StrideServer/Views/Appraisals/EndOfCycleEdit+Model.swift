import StrideCore

/// The End of Cycle's edit page, for one party: the staff member's self-assessment, or the
/// manager's ratings beside the self-assessment they rate.
enum EndOfCycleEditModel {
    static func make(loaded: LoadedAppraisalForm, setting: EndOfCyclePages.Setting, part: EndOfCyclePart, form: EndOfCycleForm,
                     stored: EndOfCycle, version: Int?, errors: [FieldError]) -> SectionedEditModel {
        let rating = part == .managerAssessment
        func text(_ id: String, _ label: String, hint: String? = nil) -> FormField {
            FormField(id, .textarea, label: label, hint: hint, value: form.value(id), errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 4)
        }
        func elementFields(_ prefix: String, _ index: Int) -> [FormField] {
            let id = { RepeatedGroup.fieldID(prefix, index, $0) }
            guard rating else { return [text(id("self"), "Your self-assessment")] }
            return [
                FormField(id("rating"), .radios, label: "Rating", value: nil, errors: errors,
                          options: FormField.options(ElementRating.self, selected: form.value(id("rating"))) { $0.displayName }),
                text(id("comment"), "Your comment"),
            ]
        }
        func selfRow(_ assessment: ElementAssessment) -> [ReadOnlyForm.Row] {
            rating ? [.text("Staff member's self-assessment", assessment.selfAssessment)] : []
        }
        var blocks = setting.outputs.enumerated().map { offset, output in
            SectionedEditModel.Block(
                id: "output-\(offset + 1)", heading: "Output \(offset + 1) of \(setting.outputs.count)",
                rows: [.text("Expected output", output.current?.description), .text("Measures of success", output.current?.measuresOfSuccess)]
                    + selfRow(stored.outputs[offset].assessment),
                fields: elementFields("output", offset + 1))
        }
        blocks += setting.context.competencySkills.enumerated().map { offset, skill in
            SectionedEditModel.Block(id: "competency-\(offset + 1)", heading: "Competency: \(setting.competencyName(skill))",
                                     rows: [.text("How it should be demonstrated",
                                                  setting.plan.beginning?.competencies.first { $0.skillID == skill }?.demonstration)]
                                         + selfRow(stored.competencies[offset].assessment),
                                     fields: elementFields("competency", offset + 1))
        }
        let objective = setting.plan.beginning?.developmentalObjective.objective
        if rating {
            blocks.append(.init(id: "objective", heading: "Developmental objective",
                                rows: [.text("Objective", objective), .text("Staff member's self-assessment", stored.objectiveSelfAssessment)],
                                fields: [text("objective-assessment", "Your assessment")]))
            blocks.append(.init(id: "challenges", heading: "Challenges and lessons learned",
                                rows: [.text("Challenges", stored.challenges), .text("Lessons learned", stored.lessonsLearned)]))
            if setting.context.managesOthers {
                blocks.append(.init(id: "accountabilities", heading: "Managerial accountabilities",
                                    rows: [.text("Agreed", setting.plan.beginning?.managerialAccountabilities.map {
                                        "\($0.managingPerformance)\n\($0.developingStaff)\n\($0.organisationalTargets)" })],
                                    fields: [text("accountabilities-assessment", "Your assessment")]))
            }
            let inconsistency = EndOfCycleRules.inconsistency(form.content(context: setting.context).withSelfAssessment(from: stored),
                                                              context: setting.context)
            blocks.append(.init(id: "overall", heading: "Overall rating", fields: [
                FormField("overall-rating", .radios, label: "Overall rating", value: nil, errors: errors,
                          options: FormField.options(OverallRating.self, selected: form.value("overall-rating")) { $0.displayName }),
                text("justification", "Justification (needed when the overall rating does not follow from the ratings above)",
                     hint: inconsistency.map { "As the form stands, \($0)." }),
            ]))
        } else {
            blocks.append(.init(id: "objective", heading: "Developmental objective", rows: [.text("Objective", objective)],
                                fields: [text("objective-self", "Your self-assessment")]))
            blocks.append(.init(id: "challenges", heading: "Challenges and lessons learned",
                                fields: [text("challenges", "Challenges you met"), text("lessons-learned", "Lessons learned")]))
        }
        let main = rating ? FormButton("Save and submit for signature", value: "submit", style: .primary)
            : FormButton("Save and hand in my self-assessment", value: "submit", style: .primary)
        let intro = rating
            ? ["Rate each output and competency, with a comment, then give the overall rating. Due by \(DisplayDate.long(loaded.cycle.endDue))."]
            : ["Assess your own work on each output and competency, your developmental objective, and the cycle's challenges and lessons. "
               + "Your manager rates once you hand it in. Due by \(DisplayDate.long(loaded.cycle.endDue))."]
        // Once submitted, the manager's changes are saved as they are (and withdraw any signature).
        let submits = rating ? [.selfAssessed, .returned].contains(loaded.form.state) : true
        return SectionedEditModel(loaded: loaded, intro: intro, version: version, blocks: blocks,
                                  buttons: FormButtons(submits ? [main, FormButton("Save as draft", value: "save-draft")]
                                                               : [FormButton("Save changes", value: "save-draft", style: .primary)],
                                                       cancel: .init(label: "Cancel", href: StridePath.appraisalForm(loaded.formID).href)))
    }
}
