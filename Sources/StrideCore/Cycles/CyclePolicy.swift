/// How the appraisal cycles of one contract type are timed, where the ILO PMF leaves a choice
/// to the organisation (`CYCLES.md`). HR edits these; a cycle keeps the policy it opened under.
public struct CyclePolicy: Sendable, Equatable, Codable {
    /// The month (1–12) a programme-and-budget biennium starts in.
    public var bienniumStartMonth: Int
    /// Whether bienniums start in even years (2024, 2026, …) or odd ones.
    public var bienniumStartsInEvenYears: Bool
    /// A first cycle (or a probationer's third) shorter than this runs on to the next biennium.
    public var minimumCycleMonths: Int
    /// Months after each phase's date by which its form is due.
    public var beginningWindowMonths: Int
    public var midtermWindowMonths: Int
    public var endWindowMonths: Int

    public init(bienniumStartMonth: Int = 1, bienniumStartsInEvenYears: Bool = true, minimumCycleMonths: Int = 6,
                beginningWindowMonths: Int = 1, midtermWindowMonths: Int = 1, endWindowMonths: Int = 1) {
        self.bienniumStartMonth = bienniumStartMonth
        self.bienniumStartsInEvenYears = bienniumStartsInEvenYears
        self.minimumCycleMonths = minimumCycleMonths
        self.beginningWindowMonths = beginningWindowMonths
        self.midtermWindowMonths = midtermWindowMonths
        self.endWindowMonths = endWindowMonths
    }

    /// The defaults of `CYCLES.md`: bienniums from January of even years, six months at
    /// least, a month for each phase.
    public static let standard = CyclePolicy()

    /// Every problem with the values, by field, in the order the policy page shows them.
    public var problems: [FieldError] {
        var problems: [FieldError] = []
        if !(1...12).contains(bienniumStartMonth) {
            problems.append(FieldError("bienniumStartMonth", "Biennium start month must be a month from 1 (January) to 12 (December)"))
        }
        if !(1...24).contains(minimumCycleMonths) {
            problems.append(FieldError("minimumCycleMonths", "Shortest cycle must be from 1 to 24 months"))
        }
        for (field, label, value) in [("beginningWindowMonths", "Beginning of Cycle", beginningWindowMonths),
                                      ("midtermWindowMonths", "Mid-term Review", midtermWindowMonths),
                                      ("endWindowMonths", "End of Cycle", endWindowMonths)] where !(0...6).contains(value) {
            problems.append(FieldError(field, "\(label) window must be from 0 to 6 months"))
        }
        return problems
    }

    /// The first biennium start strictly after `date`.
    public func bienniumStart(after date: CalendarDate) -> CalendarDate {
        let parity = bienniumStartsInEvenYears ? 0 : 1
        for year in date.year...9999 {
            if year % 2 == parity, let start = CalendarDate(year: year, month: bienniumStartMonth, day: 1), start > date {
                return start
            }
        }
        return CalendarDate(year: 9999, month: 12, day: 31)!
    }

    /// The end of a cycle that starts at `start` and runs to a biennium start: the next one,
    /// or the one after when fewer than `minimumCycleMonths` would remain.
    func bienniumEnd(from start: CalendarDate) -> CalendarDate {
        let next = bienniumStart(after: start)
        return start.adding(months: minimumCycleMonths) > next ? next.adding(months: 24) : next
    }
}
