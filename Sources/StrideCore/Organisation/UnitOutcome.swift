import Foundation

/// An outcome a unit is to achieve in a period (results-based management): the staff's
/// Beginning of Cycle outputs each serve one of their unit's outcomes for the cycle.
public struct UnitOutcomeDetails: Sendable, Equatable {
    public var title: String
    public var description: String?
    public var periodStart: CalendarDate
    /// The first day after the period, as cycles end: `[periodStart, periodEnd)`.
    public var periodEnd: CalendarDate
    /// The organisational outcome it contributes to, if linked.
    public var organisationalOutcomeID: UUID?

    public init(title: String, description: String?, periodStart: CalendarDate, periodEnd: CalendarDate, organisationalOutcomeID: UUID? = nil) {
        self.title = title
        self.description = description
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.organisationalOutcomeID = organisationalOutcomeID
    }

    /// Whether the outcome's period overlaps `[start, end)`, as a cycle's outputs may serve it.
    public func overlaps(start: CalendarDate, end: CalendarDate) -> Bool {
        periodStart < end && start < periodEnd
    }
}

/// A unit outcome as typed in its form.
public struct UnitOutcomeInput: Sendable, Equatable, Codable {
    public var title: String?
    public var description: String?
    public var periodStart: String?
    public var periodEnd: String?
    public var organisationalOutcome: String?

    public init(title: String? = nil, description: String? = nil, periodStart: String? = nil, periodEnd: String? = nil,
                organisationalOutcome: String? = nil) {
        self.title = title
        self.description = description
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.organisationalOutcome = organisationalOutcome
    }

    /// The outcome, or the problems by field; `organisationalOutcome` is optional, and when given
    /// one of `organisationalOutcomes`, whose periods overlap the unit outcome's.
    public func validate(organisationalOutcomes: [UUID: (start: CalendarDate, end: CalendarDate)] = [:]) -> Validated<UnitOutcomeDetails> {
        var check = FieldChecker()
        let details = Self.validate(title: title, description: description, periodStart: periodStart, periodEnd: periodEnd,
                                    missingTitle: "Enter the outcome the unit is to achieve", into: &check)
        var linked: UUID?
        if !WorkgroupObjectiveInput.isBlank(organisationalOutcome) {
            linked = WorkgroupObjectiveInput.choice(organisationalOutcome)
            if let period = linked.flatMap({ organisationalOutcomes[$0] }) {
                if let details, !details.overlaps(start: period.start, end: period.end) {
                    check.add("organisationalOutcome", "The organisational outcome's period, \(period.start.iso) to \(period.end.iso), "
                              + "does not overlap this outcome's")
                }
            } else {
                check.add("organisationalOutcome", "Choose one of the organisational outcomes listed, or none")
            }
        }
        return check.result({ var value = details!; value.organisationalOutcomeID = linked; return value }())
    }

    /// The rules every outcome shares, unit or organisational: a title, an optional description,
    /// and a period that ends after it starts.
    public static func validate(title: String?, description: String?, periodStart: String?, periodEnd: String?, missingTitle: String,
                                into check: inout FieldChecker) -> UnitOutcomeDetails? {
        let title = check.required("title", title, name: "Outcome", missing: missingTitle, maxLength: 300)
        let description = check.optional("description", description, name: "Description", maxLength: 4000, multiline: true)
        let start = check.date("periodStart", periodStart, name: "Period start", missing: "Enter the date the period starts, like 2026-01-01")
        let end = check.date("periodEnd", periodEnd, name: "Period end", missing: "Enter the date the period ends, like 2028-01-01")
        if let start, let end, end <= start {
            check.add("periodEnd", "Period end must be after the period start")
        }
        guard check.errors.isEmpty, let start, let end else { return nil }
        return UnitOutcomeDetails(title: title, description: description, periodStart: start, periodEnd: end)
    }
}
