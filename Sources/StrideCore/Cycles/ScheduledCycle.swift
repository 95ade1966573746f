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

extension ScheduledCycle {
    /// What is left of the cycle from `date`, when the cycle opened for its start closed there
    /// (a contract end since extended, after its End of Cycle was signed): a cycle of its own,
    /// labelled with a "b" (R1b), its Beginning of Cycle due within the policy's window, its
    /// Mid-term Review at the midpoint of what is left unless the scheduled one is still to come.
    public func remainder(from date: CalendarDate, policy: CyclePolicy) -> ScheduledCycle {
        let keepsMidterm = midtermReview >= date
        let midterm = keepsMidterm ? midtermReview : date.adding(days: date.days(until: end) / 2)
        return ScheduledCycle(
            label: label + "b", contractType: contractType, start: date, end: end,
            beginningOfCycleDue: min(date.adding(months: policy.beginningWindowMonths), end), midtermReview: midterm,
            midtermReviewDue: keepsMidterm ? midtermReviewDue : midterm.adding(months: policy.midtermWindowMonths),
            endOfCycleDue: endOfCycleDue,
            probationReport: probationReport.flatMap { $0 >= date ? $0 : nil },
            colleagueDesignation: colleagueDesignation.flatMap { $0 >= date ? $0 : nil },
            isCut: isCut)
    }
}
