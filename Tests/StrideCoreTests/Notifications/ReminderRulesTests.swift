import Foundation
import StrideCore
import Testing

/// Reminders: each stage once, overdue weekly, retries backing off.
@Suite struct ReminderRulesTests {
    static let due = CalendarDate(iso: "2026-06-30")!

    @Test func aDateIsDueSoonWithinTwoWeeksAndOverdueWeekByWeek() {
        #expect(ReminderRules.stage(dueOn: Self.due, today: CalendarDate(iso: "2026-06-15")!) == nil)
        #expect(ReminderRules.stage(dueOn: Self.due, today: CalendarDate(iso: "2026-06-16")!) == .dueSoon)
        #expect(ReminderRules.stage(dueOn: Self.due, today: Self.due) == .dueSoon)
        #expect(ReminderRules.stage(dueOn: Self.due, today: CalendarDate(iso: "2026-07-01")!) == .overdue(week: 1))
        #expect(ReminderRules.stage(dueOn: Self.due, today: CalendarDate(iso: "2026-07-07")!) == .overdue(week: 1))
        #expect(ReminderRules.stage(dueOn: Self.due, today: CalendarDate(iso: "2026-07-08")!) == .overdue(week: 2))
    }

    @Test func aReminderIsOnePerKindSubjectRecipientAndStage() {
        let subject = UUID(), recipient = UUID()
        let a = ReminderRules.key(.appraisalForm, subject: subject, recipient: recipient, stage: .overdue(week: 1))
        #expect(a == ReminderRules.key(.appraisalForm, subject: subject, recipient: recipient, stage: .overdue(week: 1)))
        #expect(a != ReminderRules.key(.appraisalForm, subject: subject, recipient: recipient, stage: .overdue(week: 2)))
        #expect(a != ReminderRules.key(.appraisalForm, subject: subject, recipient: UUID(), stage: .overdue(week: 1)))
        #expect(a.hasPrefix("appraisal_form:") && a.hasSuffix(":overdue-1"))
    }

    @Test func failedDeliveriesBackOffAndStop() {
        #expect(DeliveryBackoff.delay(afterAttempts: 1) == 300)
        #expect(DeliveryBackoff.delay(afterAttempts: 2) == 1200)
        #expect(DeliveryBackoff.delay(afterAttempts: 5) == 76_800 && DeliveryBackoff.delay(afterAttempts: 6) == 24 * 3600)
        #expect(DeliveryBackoff.delay(afterAttempts: DeliveryBackoff.maxAttempts) == nil)
    }
}

/// A notification is its recipient's alone.
@Suite struct NotificationPolicyTests {
    @Test func onlyTheRecipientOpensANotification() {
        let me = UUID()
        #expect(NotificationPolicy.decide(Viewer(staffID: me, roles: []), .open, NotificationSubject(recipientID: me)) == .allowed)
        #expect(NotificationPolicy.decide(Viewer(staffID: UUID(), roles: [.hrAdministrator]), .open, NotificationSubject(recipientID: me))
            == .forbidden)
    }
}
