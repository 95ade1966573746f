import Foundation

/// What a reminder is about.
public enum ReminderKind: String, Sendable, Codable, CaseIterable {
    /// An appraisal form not yet signed by both, due soon or overdue: to the staff member and the appraiser.
    case appraisalForm = "appraisal_form"
    /// An upward feedback round the person is invited to and has not answered.
    case upwardFeedback = "upward_feedback"
    /// Feedback a colleague was asked for on a probationer, not yet given.
    case colleagueFeedback = "colleague_feedback"
    /// An improvement plan's six-month review, due soon or overdue: to the manager.
    case planReview = "plan_review"
    /// A proposed skill level waiting for the manager's decision.
    case skillDecision = "skill_decision"
}

/// How close something is to its date, for a reminder. Each stage is sent once; an overdue item
/// is reminded of once a week, each week its own stage.
public enum ReminderStage: Sendable, Equatable {
    /// Just asked (an invitation, a request): told once, whatever the date.
    case asked
    /// Due within the notice period.
    case dueSoon
    /// Past its date, in its `week`th week (1 for the first seven days).
    case overdue(week: Int)

    /// The stage as it appears in a reminder's key.
    public var key: String {
        switch self {
        case .asked: "asked"
        case .dueSoon: "due"
        case .overdue(let week): "overdue-\(week)"
        }
    }
}

/// When reminders are sent, and what makes each one unique so a job run twice sends nothing twice.
public enum ReminderRules {
    /// Days before a date that "due soon" is sent.
    public static let noticeDays = 14

    /// The stage of something due on `dueOn` as of `today`; nil while it is further off than the
    /// notice period.
    public static func stage(dueOn: CalendarDate, today: CalendarDate) -> ReminderStage? {
        let days = today.days(until: dueOn)
        if days < 0 { return .overdue(week: (-days - 1) / 7 + 1) }
        return days <= noticeDays ? .dueSoon : nil
    }

    /// The reminder's identity: one per kind, subject, recipient and stage.
    public static func key(_ kind: ReminderKind, subject: UUID, recipient: UUID, stage: ReminderStage) -> String {
        "\(kind.rawValue):\(subject.uuidString.lowercased()):\(recipient.uuidString.lowercased()):\(stage.key)"
    }
}

/// When an e-mail that failed is tried again: after 5 minutes, then four times longer each time,
/// at most a day apart; after `maxAttempts` it stays in the outbox, failed, for HR to see.
public enum DeliveryBackoff {
    public static let maxAttempts = 8

    /// The wait after the `attempts`th failed attempt (1 for the first), or nil when no attempt is left.
    public static func delay(afterAttempts attempts: Int) -> TimeInterval? {
        guard attempts < maxAttempts else { return nil }
        let minutes = 5 * pow(4, Double(max(attempts, 1) - 1))
        return min(minutes * 60, 24 * 3600)
    }
}
