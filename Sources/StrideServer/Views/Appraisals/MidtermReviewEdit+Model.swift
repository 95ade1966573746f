import StrideCore

/// The Mid-term Review's edit page: each agreed output with its progress and adjustment, the
/// outputs added now, and the developmental objective.
enum MidtermReviewEditModel {
    static func make(loaded: LoadedAppraisalForm, plan: CyclePlan, form: MidtermReviewForm, errors: [FieldError]) -> SectionedEditModel {
        let agreed = plan.beginning?.outputs ?? []
        func text(_ id: String, _ label: String, hint: String? = nil, rows: Int = 3) -> FormField {
            FormField(id, .textarea, label: label, hint: hint, value: form.value(id), errors: errors, maxLength: BeginningOfCycleRules.longText, rows: rows)
        }
        func line(_ id: String, _ label: String) -> FormField {
            FormField(id, .text, label: label, value: form.value(id), errors: errors, width: "20")
        }
        let main = FormButton("Save and submit for signature", value: "submit", style: .primary)
        var blocks = agreed.enumerated().map { offset, output in
            let id = { RepeatedGroup.fieldID("output", offset + 1, $0) }
            return SectionedEditModel.Block(
                id: "output-\(offset + 1)", heading: "Output \(offset + 1) of \(agreed.count)",
                rows: [.text("Agreed at the beginning", output.description), .text("Measures of success", output.measuresOfSuccess),
                       .text("Timeline", output.timeline)],
                fields: [
                    text(id("progress"), "Progress made"),
                    FormField(id("adjustment"), .radios, label: "Adjustment", value: nil, errors: errors, options: [
                        .init(value: "keep", label: "Keep it as agreed", selected: (form.value(id("adjustment")) ?? "keep") == "keep"),
                        .init(value: "change", label: "Change it", selected: form.value(id("adjustment")) == "change",
                              hint: "Write the output as it now reads below; the agreed text stays beside it."),
                        .init(value: "drop", label: "Drop it", selected: form.value(id("adjustment")) == "drop"),
                    ]),
                    text(id("description"), "The output as it now reads (if changed)"),
                    text(id("measures"), "Measures of success (if changed)", rows: 2),
                    line(id("timeline"), "Timeline (if changed)"),
                    text(id("resources"), "Resources (if changed)", rows: 2),
                    text(id("reason"), "Reason for the change or drop", rows: 2),
                ])
        }
        let added = RepeatedGroup.make(name: "added", itemLabel: "New output", values: Array(0..<form.addedCount), min: 0,
                                       max: BeginningOfCycleRules.outputs.upperBound, hint: "Add an output agreed now, with the reason.",
                                       plural: "new outputs", errors: errors, enterKeyButton: main) { index, _ in
            let id = { RepeatedGroup.fieldID("added", index, $0) }
            return [FormField(id("key"), .hidden, label: "", value: form.value(id("key")), errors: []),
                    text(id("description"), "Expected output"), text(id("measures"), "Measures of success", rows: 2),
                    line(id("timeline"), "Timeline"), text(id("resources"), "Resources", rows: 2), text(id("progress"), "Progress so far", rows: 2),
                    text(id("reason"), "Reason for adding it", rows: 2)]
        }
        blocks.append(.init(id: "added-outputs", heading: "Outputs added at the mid-term", groups: [added]))
        blocks.append(.init(id: "objective", heading: "Developmental objective",
                            rows: [.text("Objective", plan.beginning?.developmentalObjective.objective),
                                   .text("Planned actions", plan.beginning?.developmentalObjective.plannedActions)],
                            fields: [text("objective-progress", "Progress made")]))
        blocks.append(.init(id: "other", heading: "Comments", fields: [text("comments", "Comments (optional)")]))
        let submits = [.draft, .returned].contains(loaded.form.state)
        return SectionedEditModel(
            loaded: loaded,
            intro: ["Review the progress on each output agreed at the beginning of the cycle and record any adjustment with its reason. "
                    + "Due by \(DisplayDate.long(loaded.cycle.midtermDue))."],
            version: form.version, blocks: blocks,
            buttons: FormButtons(submits ? [main, FormButton("Save as draft", value: "save-draft")]
                                         : [FormButton("Save changes", value: "save-draft", style: .primary)],
                                 cancel: .init(label: "Cancel", href: StridePath.appraisalForm(loaded.formID).href)))
    }
}
