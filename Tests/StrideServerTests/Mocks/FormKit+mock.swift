@testable import StrideServer
import StrideCore

// Mock form-kit models (STYLE §3: a .mock per view model), shaped like the Beginning of Cycle form.

extension FormFieldset {
    static let mock = FormFieldset(
        id: "objectives", legend: "Objectives", hint: "Agree these with your manager.", legendSize: .l, legendHeading: .h1,
        fields: [
            FormField("objectives-summary", .textarea, label: "Summary", value: "Grow the team", errors: [],
                      maxLength: 500, rows: 3),
            FormField("objectives-skills", .checkboxes, label: "Skills used (optional)", value: nil, errors: [], options: [
                .init(value: "swift", label: "Swift", selected: true),
                .init(value: "mentoring", label: "Mentoring", selected: false, hint: "Coaching or pairing with a colleague"),
            ]),
        ])
}

extension RepeatedGroup {
    /// Outputs with a description and a rating each, 3 to 5 of them.
    static func mockOutputs(_ descriptions: [String], errors: [FieldError] = []) -> RepeatedGroup {
        .make(name: "output", itemLabel: "Output", values: descriptions, min: 3, max: 5, heading: "Outputs",
              errors: errors, enterKeyButton: FormButton("Save as draft", value: "save-draft")) { index, description in
            [
                FormField(fieldID("output", index, "description"), .textarea, label: "Description",
                          hint: "What you will deliver.", value: description, errors: errors, maxLength: 1000, rows: 4),
                FormField(fieldID("output", index, "rating"), .radios, label: "Rating", value: nil, errors: errors, options: [
                    .init(value: "2", label: "2 – Partly meets expectations", selected: false),
                    .init(value: "3", label: "3 – Meets expectations", selected: false, hint: "The most common rating."),
                ]),
            ]
        }
    }
}

extension FormButtons {
    static let mock = FormButtons(
        [FormButton("Save as draft", value: "save-draft"), FormButton("Save and continue", value: "submit", style: .primary)],
        cancel: .init(label: "Cancel", href: "/appraisals/42"))
}

extension SummaryList {
    static let mock = SummaryList(title: "Output 2 of 4", rows: [
        .answer("Description", "Mentor two new starters", changeHref: "/appraisals/42/outputs#output-2-description",
                context: "description of output 2"),
        .answer("Rating", nil, changeHref: "/appraisals/42/outputs#output-2-rating", context: "rating for output 2",
                missingLabel: "Select a rating for output 2"),
        .answer("Evidence", "  ", changeHref: "/appraisals/42/outputs#output-2-evidence", context: "evidence for output 2",
                required: false),
        .answer("Skills", lines: ["Swift", "Mentoring"], changeHref: nil, context: "skills for output 2"),
    ])
}

extension TaskList {
    static let mock = TaskList(sections: [
        .init("Beginning of cycle", items: [
            .init("Agree objectives", href: "/appraisals/42/objectives", status: .completed),
            .init("Describe outputs", href: "/appraisals/42/outputs", status: .inProgress, hint: "Between 3 and 5"),
            .init("Choose skills", href: "/appraisals/42/skills", status: .notStarted),
            .init("Sign", href: "/appraisals/42/sign", status: .cannotStartYet),
        ]),
    ])
}

extension SignatureBlock {
    static let mock = SignatureBlock(
        signatures: [
            .init(name: "Jane Doe", role: "Appraisee", signedAt: "2 March 2026, 14:05 UTC",
                  timestamp: "2026-03-02T14:05:00Z", reference: "AUD-7F3K"),
            .init(name: "Mona Manager", role: "Manager", signedAt: "3 March 2026, 09:30 UTC", reference: "AUD-8Q2M",
                  statement: "I disagree with the rating for output 3.", statementLabel: "Disagreement"),
        ],
        declaration: .init(paragraphs: ["I confirm that this is a fair record of the year."], action: "/appraisals/42/sign",
                           csrfToken: "test-csrf-token", button: FormButton("Sign and submit appraisal", value: "sign")))
}

extension ReadOnlyForm {
    static let mock = ReadOnlyForm(
        title: "Beginning of cycle appraisal",
        header: .init(organisation: "Acme Ltd", person: "Jane Doe", period: "1 April 2025 to 31 March 2026",
                      status: "Signed", statusColour: "green", reference: "STR-2025-0042"),
        sections: [
            .init(heading: "Output 2 of 4", rows: [
                .agreedAndAdjusted("Description", agreed: "Mentor two new starters.", adjusted: "Mentor one new starter.",
                                   reason: "One post was not filled."),
                .text("Rating", "3 – Meets expectations"),
                .text("Comments", nil),
                .text("Notes", "<script>alert(1)</script>"),
            ]),
            .init(heading: "Output 3 of 4", rows: [
                .agreedAndAdjusted("Description", agreed: "Run the workshop.", adjusted: "Run the workshop.", reason: nil),
            ]),
        ],
        signatures: .mock,
        printHref: "/appraisals/42/print")
}
