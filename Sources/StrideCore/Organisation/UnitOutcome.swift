/// An outcome a unit is to achieve in a period (results-based management): the staff's
/// Beginning of Cycle outputs each serve one of their unit's outcomes for the cycle.
public struct UnitOutcomeDetails: Sendable, Equatable {
    public var title: String
    public var description: String?
    public var periodStart: CalendarDate
    /// The first day after the period, as cycles end: `[periodStart, periodEnd)`.
    public var periodEnd: CalendarDate

    public init(title: String, description: String?, periodStart: CalendarDate, periodEnd: CalendarDate) {
        self.title = title
        self.description = description
        self.periodStart = periodStart
        self.periodEnd = periodEnd
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

    public init(title: String? = nil, description: String? = nil, periodStart: String? = nil, periodEnd: String? = nil) {
        self.title = title
        self.description = description
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }

    public func validate() -> Validated<UnitOutcomeDetails> {
        var check = FieldChecker()
        let title = check.required("title", title, name: "Outcome", missing: "Enter the outcome the unit is to achieve", maxLength: 300)
        let description = check.optional("description", description, name: "Description", maxLength: 4000, multiline: true)
        let start = check.date("periodStart", periodStart, name: "Period start", missing: "Enter the date the period starts, like 2026-01-01")
        let end = check.date("periodEnd", periodEnd, name: "Period end", missing: "Enter the date the period ends, like 2028-01-01")
        if let start, let end, end <= start {
            check.add("periodEnd", "Period end must be after the period start")
        }
        guard check.errors.isEmpty, let start, let end else { return .invalid(check.errors) }
        return .valid(UnitOutcomeDetails(title: title, description: description, periodStart: start, periodEnd: end))
    }
}
