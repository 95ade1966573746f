import StrideCore
import Vapor

/// The organisational outcome form as posted, kept as typed.
struct OrganisationalOutcomeForm: Content, VersionedForm {
    var title: String?
    var description: String?
    var periodStart: String?
    var periodEnd: String?
    /// The owner's staff ID or email.
    var owner: String?
    var version: Int?

    init(title: String? = nil, description: String? = nil, periodStart: String? = nil, periodEnd: String? = nil, owner: String? = nil,
         version: Int? = nil) {
        self.title = title
        self.description = description
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.owner = owner
        self.version = version
    }

    init(_ outcome: OrganisationalOutcome, ownerReference: String?) {
        self.init(title: outcome.title, description: outcome.description, periodStart: outcome.periodStart.iso,
                  periodEnd: outcome.periodEnd.iso, owner: ownerReference, version: outcome.recordVersion)
    }

    var input: OrganisationalOutcomeInput {
        OrganisationalOutcomeInput(title: title, description: description, periodStart: periodStart, periodEnd: periodEnd)
    }

    func fields(errors: [FieldError]) -> [FormField] {
        [
            FormField("title", .text, label: "Outcome", hint: "What the organisation is to achieve in the period, as its strategy states it.",
                      value: title, errors: errors, maxLength: 300),
            FormField("description", .textarea, label: "Description (optional)", value: description, errors: errors, maxLength: 4000, rows: 4),
            FormField("periodStart", .date, label: "Period starts", hint: "For example, 2026-01-01", value: periodStart, errors: errors, width: "10"),
            FormField("periodEnd", .date, label: "Period ends", hint: "The first day after the period, for example 2028-01-01",
                      value: periodEnd, errors: errors, width: "10"),
            FormField("owner", .text, label: "Owner (optional)", hint: "The staff ID or email of the senior official answerable for it",
                      value: owner, errors: errors, width: "20"),
        ]
    }
}
