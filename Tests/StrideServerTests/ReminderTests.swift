import Fluent
import Foundation
import NIOPosix
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Reminders: the job notifies the right people once per stage however often it runs, and
    /// e-mail goes through a real SMTP server on loopback, a failure retried with back-off.
    @Suite struct ReminderTests {
        @Test func theJobNotifiesTheRightPeopleOnceAndAgainOnlyAtTheNextStage() async throws {
            try await withStrideApp { app, clock in
                let org = try await Org.seed(app)
                _ = try await CycleOpener.openCycles(asOf: CalendarDate(iso: "2026-03-01")!, in: app.serviceContext())
                // Raj's Beginning of Cycle is due 2026-02-01 (a month into the biennium): overdue today, to him and to Mona.
                let rajsForm = try #require(try await AppraisalForm.query(on: app.db).join(AppraisalCycle.self, on: \AppraisalForm.$cycle.$id == \AppraisalCycle.$id)
                    .filter(AppraisalCycle.self, \.$staffMember.$id == org.report.id!).first())
                let plan = try await ImprovementPlanService.open(
                    for: org.junior.id!, ImprovementPlanInput(startsOn: "2025-09-10", areas: "Late", training: "A course", coaching: nil, otherSupport: nil,
                                                              objectives: [("On time", "June")]),
                    endOfCycleForm: nil, as: Viewer(staffID: org.report.id!, roles: []), in: app.serviceContext().at(CalendarDate(iso: "2025-09-10")!.start)).get()
                // MUT
                let first = try await ReminderJob.run(dryRun: false, in: app.serviceContext())
                let again = try await ReminderJob.run(dryRun: false, in: app.serviceContext())
                // validate
                #expect(first.newCount > 0 && again.newCount == 0 && again.due == first.due)
                let notes = try await StrideNotification.query(on: app.db).all()
                #expect(notes.count == first.newCount)
                let rajs = notes.filter { $0.dedupeKey.hasPrefix("appraisal_form:\(rajsForm.id!.uuidString.lowercased())") }
                #expect(Set(rajs.map(\.$recipient.id)) == [org.report.id!, org.manager.id!])
                let stage = try #require(ReminderRules.stage(dueOn: rajsForm.dueOn, today: CalendarDate(iso: "2026-03-01")!))
                #expect(rajs.allSatisfy { $0.dedupeKey.hasSuffix(":" + stage.key) })
                // The plan's review (due 2026-03-10) goes to Raj, Jo's manager, not to Jo.
                let review = notes.filter { $0.kind == .planReview }
                #expect(review.map(\.$recipient.id) == [org.report.id!] && review.first?.link == StridePath.improvementPlan(plan.id!).href)
                #expect(try await OutboxMessage.query(on: app.db).count() == first.emails)

                // A dry run a week later says what is new and writes nothing.
                clock.advance(by: 7 * 86_400)
                let dry = try await ReminderJob.run(dryRun: true, in: app.serviceContext())
                #expect(dry.newCount > 0)
                #expect(try await StrideNotification.query(on: app.db).count() == notes.count)
                let week = try await ReminderJob.run(dryRun: false, in: app.serviceContext())
                #expect(week.newCount == dry.newCount && week.new == dry.new)

                // Raj sees his in the header and on his list; opening one marks it read; nobody else may open it.
                let raj = try await Browser.signedIn(app, as: org.report), olu = try await Browser.signedIn(app, as: org.other)
                let unread = try await NotificationQueries.unreadCount(of: org.report.id!, on: app.db)
                #expect(unread > 1, "so the header still counts one after one is opened")
                #expect(try await raj.get(.home).body.string.contains("\(unread)<span class=\"st-visually-hidden\"> unread</span>"))
                let mine = try #require(rajs.first { $0.$recipient.id == org.report.id })
                #expect(try await olu.get(.notification(mine.id!)).status == .forbidden)
                let opened = try await raj.get(.notification(mine.id!))
                #expect(opened.status == .seeOther && opened.location == StridePath.appraisalForm(rajsForm.id!).href)
                #expect(try await NotificationQueries.unreadCount(of: org.report.id!, on: app.db) == unread - 1)
                // The header's count is read with the session, afresh for each request.
                #expect(try await raj.get(.home).body.string.contains("\(unread - 1)<span class=\"st-visually-hidden\"> unread</span>"))
                #expect(try await raj.post(.readNotifications).status == .seeOther)
                #expect(try await NotificationQueries.unreadCount(of: org.report.id!, on: app.db) == 0)
                #expect(!(try await raj.get(.notifications).body.string.contains("st-header__count")))
            }
        }

        @Test func eMailGoesOverSTARTTLSWithAuthAndAFailureIsRetriedWithBackOff() async throws {
            let server = try SMTPTestServer()
            defer { server.stop() }
            try await withStrideApp { app, clock in
                let settings = SMTPSettings(host: "localhost", port: server.port, security: .starttls, username: "stride", password: "mail-secret",
                                            from: "stride@example.org", caFile: server.certificate)
                let client = SMTPClient(settings: settings, group: MultiThreadedEventLoopGroup.singleton)
                for (to, subject) in [("raj@example.org", "Beginning of Cycle due: Raj Report"), ("nobody@bounce.example", "Bounced"),
                                      ("mona@later.example", "Évaluation à mi-parcours : Mona")] {
                    let message = OutboxMessage()
                    (message.id, message.createdAt, message.toAddress, message.subject) = (UUID(), testNow, to, subject)
                    (message.body, message.attempts, message.nextAttemptAt) = ("Hello,\n.\nOpen it: \(MailText.baseURL)/appraisal", 0, testNow)
                    try await message.create(on: app.db)
                }
                // MUT
                let first = try await OutboxDelivery.deliver(with: client, publicURL: "https://stride.example.org", in: app.serviceContext())
                // validate
                #expect(first == .init(sent: 1, failed: 2))
                let stored = try await OutboxMessage.query(on: app.db).all()
                let bounced = try #require(stored.first { $0.toAddress.hasSuffix("bounce.example") })
                #expect(bounced.status == "failed" && bounced.lastError?.contains("550") == true)
                let later = try #require(stored.first { $0.toAddress.hasSuffix("later.example") })
                #expect(later.status == "waiting" && later.attempts == 1 && later.lastError?.contains("451") == true)
                #expect(later.nextAttemptAt == testNow.addingTimeInterval(300))
                let received = try server.received()
                #expect(received.count == 1)
                #expect(received.first?.envelope["tls"] as? Bool == true && received.first?.envelope["login"] as? String == "stride")
                #expect(received.first?.envelope["to"] as? [String] == ["raj@example.org"])
                let body = SMTPTestServer.body(of: received.first?.message ?? "")
                #expect(body.contains("Open it: https://stride.example.org/appraisal") && body.contains("\r\n.\r\n"))
                #expect(received.first?.message.contains("Subject: Beginning of Cycle due: Raj Report") == true)

                // Nothing is due before the back-off passes; then the deferred message goes, once.
                #expect(try await OutboxDelivery.deliver(with: client, publicURL: "https://stride.example.org", in: app.serviceContext()) == .init())
                clock.advance(by: 300)
                #expect(try await OutboxDelivery.deliver(with: client, publicURL: "https://stride.example.org", in: app.serviceContext()) == .init(sent: 1))
                #expect(try await OutboxDelivery.deliver(with: client, publicURL: "https://stride.example.org", in: app.serviceContext()) == .init())
                let all = try server.received()
                #expect(all.count == 2 && all.last?.message.contains("=?UTF-8?B?") == true)

                // A wrong password fails the delivery, to be tried again; nothing is lost.
                var wrong = settings
                wrong.password = "not it"
                let message = OutboxMessage()
                (message.id, message.createdAt, message.toAddress, message.subject, message.body) = (UUID(), testNow, "jo@example.org", "Hi", "Hi")
                (message.attempts, message.nextAttemptAt) = (0, clock.now())
                try await message.create(on: app.db)
                let refused = try await OutboxDelivery.deliver(with: SMTPClient(settings: wrong, group: MultiThreadedEventLoopGroup.singleton),
                                                               publicURL: "https://stride.example.org", in: app.serviceContext())
                #expect(refused == .init(failed: 1))
                let kept = try await OutboxMessage.find(message.id, on: app.db)
                #expect(kept?.status == "waiting" && kept?.lastError?.contains("AUTH PLAIN") == true)
            }
        }

        @Test func oneServerHoldsTheLeaseAtATime() async throws {
            try await withStrideApp { app, clock in
                let a = JobLease(name: "reminders", holder: "a"), b = JobLease(name: "reminders", holder: "b")
                #expect(try await a.take(on: app.db, now: clock.now()))
                #expect(!(try await b.take(on: app.db, now: clock.now())))
                // A crashed holder's lease runs out.
                #expect(try await b.take(on: app.db, now: clock.now().addingTimeInterval(16 * 60)))
                try await b.release(on: app.db, ranOn: clock.today())
                #expect(try await a.take(on: app.db, now: clock.now()))
                #expect(try await a.state(on: app.db)?.last_run_on == clock.today())
            }
        }
    }
}
