/// One appraisal cycle as the rules time it: the period it covers, `[start, end)`, and the date
/// of each discussion with the date its form is due.
public struct ScheduledCycle: Sendable, Equatable {
    /// P1–P3 for probation, T1, T2, … for technical cooperation, R1, R2, … for regular cycles.
    public let label: String
    public let contractType: ContractType
    public let start: CalendarDate
    /// The next cycle's start, or the contract end, separation or change that cut this one.
    public let end: CalendarDate
    public let beginningOfCycle: CalendarDate
    public let beginningOfCycleDue: CalendarDate
    public let midtermReview: CalendarDate
    public let midtermReviewDue: CalendarDate
    /// The End of Cycle discussion is held from the cycle's end.
    public let endOfCycle: CalendarDate
    public let endOfCycleDue: CalendarDate
    /// Probation's P2: the probationary report, 21 months into service.
    public let probationReport: CalendarDate?
    /// Probation's P1: when 3–5 colleagues are designated for feedback (the 6-month review).
    public let colleagueDesignation: CalendarDate?
    /// Whether the cycle was cut short by a contract end, separation or change of contract type.
    public let isCut: Bool

    public init(label: String, contractType: ContractType, start: CalendarDate, end: CalendarDate,
                beginningOfCycleDue: CalendarDate, midtermReview: CalendarDate, midtermReviewDue: CalendarDate,
                endOfCycleDue: CalendarDate, probationReport: CalendarDate?, colleagueDesignation: CalendarDate?, isCut: Bool) {
        self.label = label
        self.contractType = contractType
        self.start = start
        self.end = end
        beginningOfCycle = start
        self.beginningOfCycleDue = beginningOfCycleDue
        self.midtermReview = midtermReview
        self.midtermReviewDue = midtermReviewDue
        endOfCycle = end
        self.endOfCycleDue = endOfCycleDue
        self.probationReport = probationReport
        self.colleagueDesignation = colleagueDesignation
        self.isCut = isCut
    }
}

extension ScheduledCycle {
    /// The cycle as `stride schedule --json` prints it: dates as `YYYY-MM-DD`, the probation
    /// dates only on the cycles the rules give them to.
    public var summaryFields: [(key: String, value: String)] {
        var fields: [(String, String)] = [
            ("label", label), ("start", start.iso), ("end", end.iso), ("beginningOfCycleDue", beginningOfCycleDue.iso),
            ("midtermReview", midtermReview.iso), ("endOfCycle", endOfCycle.iso),
        ]
        if let probationReport { fields.append(("probationReport", probationReport.iso)) }
        if let colleagueDesignation { fields.append(("colleagueDesignation", colleagueDesignation.iso)) }
        return fields
    }
}
