import Foundation

/// An outcome the organisation sets itself for a period (`ilo-pmf-note.txt` §8: individual
/// outputs linked to unit and organisational outcomes), owned by the senior official answerable
/// for it. Unit outcomes contribute to it.
public struct OrganisationalOutcomeDetails: Sendable, Equatable {
    public var title: String
    public var description: String?
    public var periodStart: CalendarDate
    /// The first day after the period, as unit outcomes and cycles end.
    public var periodEnd: CalendarDate
    public var ownerID: UUID?

    public init(title: String, description: String?, periodStart: CalendarDate, periodEnd: CalendarDate, ownerID: UUID?) {
        self.title = title
        self.description = description
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.ownerID = ownerID
    }
}

/// An organisational outcome as typed; the owner is given as already looked up (a staff ID or
/// email resolved by the caller, nil when left empty).
public struct OrganisationalOutcomeInput: Sendable, Equatable {
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

    /// The outcome, or the problems on `title`, `description`, `periodStart` and `periodEnd`, with
    /// `ownerProblem` (the caller's, on `owner`) among them.
    public func validate(ownerID: UUID?, ownerProblem: String?) -> Validated<OrganisationalOutcomeDetails> {
        var check = FieldChecker()
        let details = UnitOutcomeInput.validate(title: title, description: description, periodStart: periodStart, periodEnd: periodEnd,
                                                missingTitle: "Enter the outcome the organisation is to achieve", into: &check)
        if let ownerProblem { check.add("owner", ownerProblem) }
        return check.result(OrganisationalOutcomeDetails(title: details!.title, description: details!.description,
                                                         periodStart: details!.periodStart, periodEnd: details!.periodEnd, ownerID: ownerID))
    }
}
