/// A dated step of a cycle: a discussion and the date its form is due, or a probation step.
public struct CycleMilestone: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case beginning, colleagueDesignation, midterm, probationReport, end

        public var displayName: String {
            switch self {
            case .beginning: "Beginning of Cycle"
            case .colleagueDesignation: "Colleagues designated for feedback"
            case .midterm: "Mid-term Review"
            case .probationReport: "Probationary report"
            case .end: "End of Cycle"
            }
        }
    }

    public let kind: Kind
    public let date: CalendarDate
    /// When the form is due; nil for steps that have no form of their own.
    public let due: CalendarDate?

    /// Whether the step's form is due now: held on or before `today` and not yet past its due date.
    public func isDue(on today: CalendarDate) -> Bool {
        guard let due else { return false }
        return date <= today && today <= due
    }
}

extension ScheduledCycle {
    /// The cycle's steps in date order.
    public var milestones: [CycleMilestone] {
        var steps = [CycleMilestone(kind: .beginning, date: beginningOfCycle, due: beginningOfCycleDue),
                     CycleMilestone(kind: .midterm, date: midtermReview, due: midtermReviewDue),
                     CycleMilestone(kind: .end, date: endOfCycle, due: endOfCycleDue)]
        if let colleagueDesignation { steps.append(CycleMilestone(kind: .colleagueDesignation, date: colleagueDesignation, due: nil)) }
        // The probationary report is due by the report date itself: colleagues' feedback is due by then.
        if let probationReport { steps.append(CycleMilestone(kind: .probationReport, date: probationReport, due: probationReport)) }
        let order = CycleMilestone.Kind.allCases
        return steps.sorted { ($0.date, order.firstIndex(of: $0.kind)!) < ($1.date, order.firstIndex(of: $1.kind)!) }
    }

    /// When a form of this kind is due (the probationary report on its own date). The overdue
    /// list's SQL applies the same choice.
    public func due(for kind: AppraisalFormKind) -> CalendarDate {
        switch kind {
        case .beginning: beginningOfCycleDue
        case .midterm: midtermReviewDue
        case .end: endOfCycleDue
        case .probationReport: probationReport ?? endOfCycle
        }
    }

    /// Whether `date` falls in the cycle, `[start, end)`.
    public func covers(_ date: CalendarDate) -> Bool { start <= date && date < end }
}
