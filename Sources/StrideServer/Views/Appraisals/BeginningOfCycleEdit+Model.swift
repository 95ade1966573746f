import Foundation
import StrideCore

/// The model of `appraisals/beginning-edit.leaf`: the Beginning of Cycle as a form, its outputs
/// and competencies as repeated groups, the developmental objective and, for managers, the
/// managerial accountabilities.
struct BeginningOfCycleEditModel: Encodable {
    let heading: String
    /// "Ana Silva, cycle R3: 1 January 2026 to 1 January 2028".
    let caption: String
    let intro: [String]
    let action: String
    let cancelHref: String
    let version: String
    /// The outputs, then the competencies. Arrays here are bound with `#for`, as Leaf has no `#let`.
    let groups: [RepeatedGroup]
    /// The developmental objective and (for managers) the accountabilities.
    let fieldsets: [FormFieldset]
    /// One bar of buttons.
    let buttonBars: [FormButtons]

    init(loaded: LoadedAppraisalForm, form: BeginningOfCycleForm, choices: BeginningOfCycleChoices, errors: [FieldError],
         action: String, cancelHref: String) {
        let state = loaded.form.state
        let person = loaded.staff.record.details.name
        heading = AppraisalFormKind.beginning.displayName
        caption = "\(person), cycle \(loaded.cycle.label): \(DisplayDate.long(loaded.cycle.startDate)) to \(DisplayDate.long(loaded.cycle.endDate))"
        var intro = ["Agree 3 to 5 outputs linked to your unit's outcomes, 3 to 5 competencies and one developmental objective. "
            + "Due by \(DisplayDate.long(loaded.cycle.beginningDue)). You can save a draft at any time."]
        if state == .staffSigned {
            intro.append("The staff member has signed this form. Saving a change withdraws that signature, and they sign again.")
        }
        if choices.outcomes.isEmpty {
            intro.append("Your unit has no outcomes recorded for this period yet: ask your responsible chief or HR to add them.")
        }
        self.intro = intro
        self.action = action
        self.cancelHref = cancelHref
        version = form.version.map(String.init) ?? ""
        let submits = state == .draft || state == .returned
        let main = submits ? FormButton("Save and submit for signature", value: "submit", style: .primary)
            : FormButton("Save changes", value: "save-draft", style: .primary)
        let outcomeOptions = choices.outcomes.map { outcome in
            (outcome.id.uuidString.lowercased(),
             "\(outcome.details.title) (\(outcome.details.periodStart.year)–\(outcome.details.periodEnd.adding(days: -1).year))")
        }
        let objectiveOptions = choices.objectives.map { ($0.id.uuidString.lowercased(), "\($0.title) (\($0.workgroupName))") }
        let outputs = RepeatedGroup.make(name: "output", itemLabel: "Output", values: Array(0..<form.count(.output)), min: BeginningOfCycleRules.outputs.lowerBound,
                        max: BeginningOfCycleRules.outputs.upperBound, heading: "Outputs",
                        hint: "Add between 3 and 5 outputs. Make each specific, measurable, achievable, relevant and time-bound.",
                        errors: errors, enterKeyButton: main) { index, _ in
            let id = { RepeatedGroup.fieldID("output", index, $0) }
            return [
                FormField(id("key"), .hidden, label: "", value: form.value(id("key")), errors: []),
                FormField(id("description"), .textarea, label: "Expected output", hint: "What will be delivered.",
                          value: form.value(id("description")), errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 3),
                FormField(id("measures"), .textarea, label: "Measures of success", hint: "Which results will show it was met.",
                          value: form.value(id("measures")), errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 3),
                FormField(id("timeline"), .text, label: "Timeline", hint: "For example, by 30 June 2027",
                          value: form.value(id("timeline")), errors: errors, width: "20"),
                FormField(id("resources"), .textarea, label: "Resources", hint: "People, budget or tools it needs.",
                          value: form.value(id("resources")), errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 2),
                FormField(id("outcome"), .select, label: "Unit outcome it serves", value: nil, errors: errors,
                          options: Self.options(outcomeOptions, selected: form.value(id("outcome")), prompt: "Choose an outcome")),
            ] + (objectiveOptions.isEmpty ? [] : [
                FormField(id("workgroup-objective"), .select, label: "Workgroup objective it contributes to (optional)", value: nil,
                          errors: errors, options: Self.options(objectiveOptions, selected: form.value(id("workgroup-objective")), prompt: "None")),
            ])
        }
        let skillOptions = choices.competencies.map { skill in
            (skill.id.uuidString.lowercased(), skill.code.map { "\(skill.name) (\($0))" } ?? skill.name)
        }
        let competencies = RepeatedGroup.make(name: "competency", itemLabel: "Competency", values: Array(0..<form.count(.competency)),
                             min: BeginningOfCycleRules.competencies.lowerBound, max: BeginningOfCycleRules.competencies.upperBound,
                             heading: "Competencies", plural: "competencies", errors: errors) { index, _ in
            let id = { RepeatedGroup.fieldID("competency", index, $0) }
            return [
                FormField(id("skill"), .select, label: "Competency", value: nil, errors: errors,
                          options: Self.options(skillOptions, selected: form.value(id("skill")), prompt: "Choose a competency")),
                FormField(id("demonstration"), .textarea, label: "How it should be demonstrated", value: form.value(id("demonstration")),
                          errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 3),
            ]
        }
        var fieldsets = [FormFieldset(id: "developmental-objective", legend: "Developmental objective", legendSize: .m, legendHeading: .h2, fields: [
            FormField("objective", .textarea, label: "Objective",
                      hint: "The one thing to develop this cycle." + (choices.suggestedObjective.map {
                          " Suggested by the skills gaps against the job role: \($0)"
                      } ?? ""),
                      value: form.value("objective"), errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 3),
            FormField("planned-actions", .textarea, label: "Planned actions", hint: "Training, assignments or coaching towards it.",
                      value: form.value("planned-actions"), errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 3),
        ])]
        if choices.managesOthers || !(form.value("managing-performance") ?? "").isEmpty {
            fieldsets.append(FormFieldset(id: "managerial-accountabilities", legend: "Managerial accountabilities", hint: "For staff who manage others.",
                                          legendSize: .m, legendHeading: .h2, fields: [
                FormField("managing-performance", .textarea, label: "Managing performance in the unit", value: form.value("managing-performance"),
                          errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 3),
                FormField("developing-staff", .textarea, label: "Developing staff", value: form.value("developing-staff"),
                          errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 3),
                FormField("organisational-targets", .textarea, label: "Organisational targets",
                          hint: "Such as geographical representation and gender balance.", value: form.value("organisational-targets"),
                          errors: errors, maxLength: BeginningOfCycleRules.longText, rows: 3),
            ]))
        }
        self.fieldsets = fieldsets
        groups = [outputs, competencies]
        buttonBars = [FormButtons(submits ? [main, FormButton("Save as draft", value: "save-draft")] : [main],
                              cancel: .init(label: "Cancel", href: cancelHref))]
    }

    private static func options(_ choices: [(String, String)], selected: String?, prompt: String) -> [FormField.Option] {
        [FormField.Option(value: "", label: prompt, selected: (selected ?? "").isEmpty)]
            + choices.map { FormField.Option(value: $0.0, label: $0.1, selected: $0.0 == selected) }
    }
}
