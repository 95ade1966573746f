import StrideCore
import Vapor

/// The unit outcome form as posted, kept as typed.
struct UnitOutcomeForm: Content, VersionedForm {
    var title: String?
    var description: String?
    var periodStart: String?
    var periodEnd: String?
    var organisationalOutcome: String?
    /// The version of the outcome the form was made from.
    var version: Int?

    init(title: String? = nil, description: String? = nil, periodStart: String? = nil, periodEnd: String? = nil,
         organisationalOutcome: String? = nil, version: Int? = nil) {
        self.title = title
        self.description = description
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.organisationalOutcome = organisationalOutcome
        self.version = version
    }

    init(_ outcome: UnitOutcome) {
        self.init(title: outcome.title, description: outcome.description, periodStart: outcome.periodStart.iso,
                  periodEnd: outcome.periodEnd.iso, organisationalOutcome: outcome.$organisationalOutcome.id?.uuidString.lowercased() ?? "",
                  version: outcome.recordVersion)
    }

    var input: UnitOutcomeInput {
        UnitOutcomeInput(title: title, description: description, periodStart: periodStart, periodEnd: periodEnd,
                         organisationalOutcome: organisationalOutcome)
    }

    /// The fields, offering `organisational` as the outcomes it may contribute to.
    func fields(errors: [FieldError], organisational: [OrganisationalOutcome] = []) -> [FormField] {
        let chosen = (organisationalOutcome ?? "").lowercased()
        return [
            FormField("title", .text, label: "Outcome", hint: "What the unit is to achieve, as the work plan states it.",
                      value: title, errors: errors, maxLength: 300),
            FormField("description", .textarea, label: "Description (optional)", value: description, errors: errors,
                      maxLength: 4000, rows: 4),
            FormField("periodStart", .date, label: "Period starts", hint: "For example, 2026-01-01", value: periodStart, errors: errors, width: "10"),
            FormField("periodEnd", .date, label: "Period ends", hint: "The first day after the period, for example 2028-01-01",
                      value: periodEnd, errors: errors, width: "10"),
            FormField("organisationalOutcome", .select, label: "Organisational outcome it contributes to (optional)",
                      value: chosen, errors: errors,
                      options: [.init(value: "", label: "None", selected: chosen.isEmpty)] + organisational.compactMap { outcome in
                          outcome.id.map { id in
                              .init(value: id.uuidString.lowercased(), label: "\(outcome.title) (\(outcome.periodStart.year)–\(outcome.periodEnd.adding(days: -1).year))",
                                    selected: id.uuidString.lowercased() == chosen)
                          }
                      }),
        ]
    }
}
