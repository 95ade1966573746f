import Fluent
import Foundation
import SQLKit
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Upward feedback end to end: a round answered once by each person invited, kept anonymous in
    /// storage, released only as a report compiled at the close, and only above the threshold.
    @Suite struct UpwardFeedbackRouteTests {
        /// A threshold of 3 (Chris's five staff are invited), and a round on Chris open until 2026-04-01.
        static func openRound(_ app: Application, _ org: Org) async throws -> UpwardFeedbackRound {
            let template = UpwardFeedbackTemplate.standard
            _ = try await UpwardFeedbackService.saveTemplate(
                .init(threshold: "3", includeSubUnits: true, values: template.lines(.value), competencies: template.lines(.competency),
                      overall: template.lines(.overall)), in: app.serviceContext(actor: org.hr.id)).get()
            return try await UpwardFeedbackService.open(.init(chief: org.chief.id!.uuidString, closesOn: "2026-04-01"),
                                                        in: app.serviceContext(actor: org.hr.id)).get()
        }

        /// Every question rated `rating`, as the API takes it.
        static func answers(_ round: UpwardFeedbackRound, rating: Int?, comment: String? = nil) -> String {
            let answers = round.questionList.map { question in
                "{\"questionId\": \"\(question.id.uuidString.lowercased())\", \"rating\": \(rating.map(String.init) ?? "null")}"
            }
            return "{\"answers\": [\(answers.joined(separator: ", "))]" + (comment.map { ", \"comment\": \"\($0)\"" } ?? "") + "}"
        }

        static func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        }

        @Test func eachInviteeAnswersOnceAnonymouslyAndTheReportExistsOnlyOnceClosed() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let round = try await Self.openRound(app, org)
                let id = round.id!.uuidString.lowercased()
                let hr = try await Browser.signedIn(app, as: org.hr), chris = try await Browser.signedIn(app, as: org.chief)
                let raj = try await Browser.signedIn(app, as: org.report), mona = try await Browser.signedIn(app, as: org.manager)
                let pat = try await Browser.signedIn(app, as: org.peer), jo = try await Browser.signedIn(app, as: org.junior)
                #expect(round.invitedCount == 5)

                // Raj answers on the page; a second response is refused.
                #expect(try await raj.get(.home).body.string.contains("Give your anonymous feedback on Chris Chief"))
                let page = try await raj.get(.upwardFeedbackRound(round.id!)).body.string
                #expect(page.contains("Your response is anonymous") && page.contains("Send my response"))
                var fields = Dictionary(uniqueKeysWithValues: round.questionList.map { (UpwardFeedbackAnswers.field(for: $0.id), "4") })
                fields["comment"] = "Explains decisions clearly."
                // MUT
                let sent = try await raj.post(.upwardFeedbackResponses(round.id!), fields)
                let again = try await raj.post(.upwardFeedbackResponses(round.id!), fields)
                // validate
                #expect(sent.status == .seeOther)
                #expect(again.status == .conflict && again.body.string.contains("You have already responded to this round"))
                #expect(try await raj.get(.upwardFeedbackRound(round.id!)).body.string.contains("You have responded to this round"))
                #expect(!(try await raj.get(.home).body.string.contains("Give your anonymous feedback")))

                // While open: no report for the chief; the count for HR only, as a number.
                #expect(try await chris.get("/api/v1/upward-feedback/rounds/\(id)/report").status == .conflict)
                #expect(try Self.json(try await hr.get("/api/v1/upward-feedback/rounds/\(id)"))["responseCount"] as? Int == 1)
                let rajs = try Self.json(try await raj.get("/api/v1/upward-feedback/rounds/\(id)"))
                #expect(rajs["responseCount"] == nil && rajs["invitees"] == nil && rajs["responded"] as? Bool == true)

                // Two more through the API, then HR closes the round.
                #expect(try await mona.postBody("/api/v1/upward-feedback/rounds/\(id)/responses",
                                                Self.answers(round, rating: 2, comment: "Meetings run long."), contentType: "application/json").status == .created)
                #expect(try await pat.postBody("/api/v1/upward-feedback/rounds/\(id)/responses",
                                               Self.answers(round, rating: nil), contentType: "application/json").status == .created)
                #expect(try await pat.postBody("/api/v1/upward-feedback/rounds/\(id)/responses",
                                               Self.answers(round, rating: 5), contentType: "application/json").status == .conflict)
                // The stored responses: answers and comment, nothing else; invitations only say who responded.
                let stored = try await app.db.sql().select().column("*").from("upward_feedback_responses").all()
                #expect(stored.count == 3)
                let columns = Set(stored[0].allColumns)
                #expect(columns == ["id", "answers", "comment", "round_id"])
                let closed = try await hr.postBody("/api/v1/upward-feedback/rounds/\(id)/close", "")
                #expect(closed.status == .ok)
                #expect(try Self.json(closed)["status"] as? String == "closed")

                // MUT
                let report = try await chris.get("/api/v1/upward-feedback/rounds/\(id)/report")
                // validate
                #expect(report.status == .ok)
                let body = try Self.json(report)
                #expect(body["released"] as? Bool == true && body["responses"] as? Int == 3)
                let questions = try #require(body["questions"] as? [[String: Any]])
                // Raj 4, Mona 2, Pat "cannot judge": two ratings, fewer than the threshold of 3.
                #expect(questions.count == round.questionList.count)
                #expect(questions.allSatisfy { $0["count"] as? Int == 2 && $0["mean"] is NSNull && $0["distribution"] is NSNull })
                #expect(Set(body["comments"] as? [String] ?? []) == ["Explains decisions clearly.", "Meetings run long."])
                for person in [org.report, org.manager, org.peer] {
                    #expect(!report.body.string.contains(person.name) && !report.body.string.contains(person.id!.uuidString.lowercased()))
                }
                // The responses are gone, compiled once; later answers are refused; the report never changes.
                #expect(try await UpwardFeedbackResponseRecord.query(on: app.db).count() == 0)
                #expect(try await jo.postBody("/api/v1/upward-feedback/rounds/\(id)/responses", Self.answers(round, rating: 1),
                                              contentType: "application/json").status == .conflict)
                #expect(try await hr.postBody("/api/v1/upward-feedback/rounds/\(id)/close", "").status == .conflict)
                #expect(try await chris.get("/api/v1/upward-feedback/rounds/\(id)/report").body.string == report.body.string)
                // No audit event for a response: only the template, the opening and the close.
                let events = try await AuditEvent.query(on: app.db).filter(\.$kind ~~ [.upwardFeedbackRound, .upwardFeedbackTemplate]).all()
                #expect(events.map(\.action).sorted { $0.rawValue < $1.rawValue } == [.close, .create, .update])
                #expect(events.allSatisfy { $0.actorID == org.hr.id })
                // The chief's page shows the report; the invitee's does not.
                #expect(try await chris.get(.upwardFeedbackRound(round.id!)).body.string.contains("Ratings by question"))
                #expect(!(try await raj.get(.upwardFeedbackRound(round.id!)).body.string.contains("Ratings by question")))
            }
        }

        @Test func belowTheThresholdNothingIsReleasedAndAtItOnlyAggregates() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let round = try await Self.openRound(app, org)
                let id = round.id!.uuidString.lowercased()
                let chris = try await Browser.signedIn(app, as: org.chief)
                for person in [org.report, org.manager] {
                    let browser = try await Browser.signedIn(app, as: person)
                    #expect(try await browser.postBody("/api/v1/upward-feedback/rounds/\(id)/responses",
                                                       Self.answers(round, rating: 3, comment: "Fine."), contentType: "application/json").status == .created)
                }
                try await UpwardFeedbackService.close(round.id!, in: app.serviceContext(actor: org.hr.id))
                // MUT
                let body = try Self.json(try await chris.get("/api/v1/upward-feedback/rounds/\(id)/report"))
                // validate
                #expect(body["released"] as? Bool == false && body["responses"] as? Int == 2)
                #expect((body["comments"] as? [String])?.isEmpty == true)
                #expect((body["questions"] as? [[String: Any]])?.allSatisfy { $0["mean"] is NSNull } == true)
                #expect(try await chris.get(.upwardFeedbackRound(round.id!)).body.string.contains("Not enough responses."))

                // A second round, answered by three: released, figures only.
                let second = try await UpwardFeedbackService.open(.init(chief: org.chief.id!.uuidString, closesOn: "2026-04-01"),
                                                                  in: app.serviceContext(actor: org.hr.id)).get()
                for (person, rating) in [(org.report, 5), (org.manager, 4), (org.peer, 4)] {
                    let browser = try await Browser.signedIn(app, as: person)
                    try await browser.postBody("/api/v1/upward-feedback/rounds/\(second.id!.uuidString)/responses",
                                               Self.answers(second, rating: rating), contentType: "application/json")
                }
                try await UpwardFeedbackService.close(second.id!, in: app.serviceContext(actor: org.hr.id))
                let released = try Self.json(try await chris.get("/api/v1/upward-feedback/rounds/\(second.id!.uuidString)/report"))
                let first = try #require((released["questions"] as? [[String: Any]])?.first)
                #expect(released["released"] as? Bool == true)
                #expect(first["count"] as? Int == 3 && first["mean"] as? Double == 4.33 && first["distribution"] as? [Int] == [0, 0, 0, 2, 1])
            }
        }

        @Test func onlyTheInvitedAnswerOnlyTheChiefAndTwoLevelsUpReadAndOnlyHRRunsRounds() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                // Mona heads the Policy Unit: her round invites Raj, Jo and Pat; Chris supervises her.
                let policy = try #require(try await OrganisationalUnit.find(org.policy.id!, on: app.db))
                policy.chiefID = org.manager.id
                try await policy.save(on: app.db)
                _ = try await Self.openRound(app, org)
                let round = try await UpwardFeedbackService.open(.init(chief: org.manager.id!.uuidString, closesOn: "2026-04-01"),
                                                                 in: app.serviceContext(actor: org.hr.id)).get()
                let id = round.id!.uuidString.lowercased()
                #expect(round.invitedCount == 3)
                let hr = try await Browser.signedIn(app, as: org.hr), chris = try await Browser.signedIn(app, as: org.chief)
                let olu = try await Browser.signedIn(app, as: org.other), raj = try await Browser.signedIn(app, as: org.report)
                let mona = try await Browser.signedIn(app, as: org.manager)

                #expect(try await olu.get(.upwardFeedbackRound(round.id!)).status == .forbidden)
                #expect(try await olu.postBody("/api/v1/upward-feedback/rounds/\(id)/responses", Self.answers(round, rating: 3),
                                               contentType: "application/json").status == .forbidden)
                #expect(try await mona.postBody("/api/v1/upward-feedback/rounds/\(id)/responses", Self.answers(round, rating: 3),
                                                contentType: "application/json").status == .forbidden)
                #expect(try await chris.postBody("/api/v1/upward-feedback/rounds/\(id)/close", "").status == .forbidden)
                let rounds = try #require(try Self.json(try await olu.get("/api/v1/upward-feedback/rounds"))["rounds"] as? [Any])
                #expect(rounds.isEmpty)
                // Bad answers: named, nothing written.
                let missing = try await raj.postBody("/api/v1/upward-feedback/rounds/\(id)/responses", "{\"answers\": []}",
                                                     contentType: "application/json")
                #expect(missing.status == .unprocessableEntity && missing.body.string.contains("\\u201COverall effectiveness as a manager\\u201D")
                        || missing.body.string.contains("Overall effectiveness as a manager"))
                let page = try await raj.post(.upwardFeedbackResponses(round.id!), ["comment": "Only a comment"])
                #expect(page.status == .unprocessableEntity && page.body.string.contains("There is a problem"))
                #expect(page.body.string.contains("Only a comment"))
                #expect(try await UpwardFeedbackResponseRecord.query(on: app.db).count() == 0)

                for person in [org.report, org.junior, org.peer] {
                    let browser = try await Browser.signedIn(app, as: person)
                    try await browser.postBody("/api/v1/upward-feedback/rounds/\(id)/responses", Self.answers(round, rating: 4),
                                               contentType: "application/json")
                }
                try await UpwardFeedbackService.close(round.id!, in: app.serviceContext(actor: org.hr.id))
                // MUT / validate: Mona and Chris (her supervisor) read it; HR and Raj do not.
                #expect(try await mona.get("/api/v1/upward-feedback/rounds/\(id)/report").status == .ok)
                #expect(try await chris.get("/api/v1/upward-feedback/rounds/\(id)/report").status == .ok)
                #expect(try await hr.get("/api/v1/upward-feedback/rounds/\(id)/report").status == .forbidden)
                #expect(try await raj.get("/api/v1/upward-feedback/rounds/\(id)/report").status == .forbidden)
                #expect(try await chris.get(.feedback).body.string.contains("Upward feedback reports you receive"))

                // Beside Mona's End of Cycle: the report's link for Mona and Chris, who reviews it; not for HR.
                _ = try await CycleOpener.openCycles(asOf: CalendarDate(iso: "2026-03-01")!, in: app.serviceContext())
                let cycle = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.manager.id!).first())
                let end = AppraisalForm()
                (end.id, end.kind, end.state, end.recordVersion, end.dueOn) = (UUID(), .end, .draft, 1, cycle.endDue)
                end.content = String(decoding: try JSONEncoder.stride.encode(EndOfCycle()), as: UTF8.self)
                end.$cycle.id = cycle.id!
                try await end.create(on: app.db)
                #expect(try await chris.get(.appraisalForm(end.id!)).body.string.contains("Upward feedback on Mona Manager"))
                #expect(try await mona.get(.appraisalForm(end.id!)).body.string.contains("Upward feedback on Mona Manager"))
                let hrSees = try await hr.get(.appraisalForm(end.id!))
                #expect(hrSees.status == .ok && !hrSees.body.string.contains("Upward feedback on Mona Manager"))

                // HR's forms refuse what cannot be done, by field.
                let soon = try await hr.post(.upwardFeedbackAdmin, ["chief": org.other.id!.uuidString, "closesOn": "2026-03-05"])
                #expect(soon.status == .unprocessableEntity)
                #expect(soon.body.string.contains("Choose a responsible chief who heads a unit")
                        && soon.body.string.contains("The round must stay open at least 14 days"))
                let busy = try await hr.postBody("/api/v1/upward-feedback/rounds",
                                                 "{\"chiefId\": \"\(org.chief.id!.uuidString)\", \"closesOn\": \"2026-05-01\"}",
                                                 contentType: "application/json")
                #expect(busy.status == .unprocessableEntity && busy.body.string.contains("chiefId"))
                let template = try await hr.post(.upwardFeedbackTemplate, ["threshold": "2", "values": "", "competencies": "A", "overall": "B"])
                #expect(template.status == .unprocessableEntity && template.body.string.contains("from 3 to 100"))
                #expect(try await raj.get(.upwardFeedbackAdmin).status == .forbidden)
            }
        }

        @Test func roundsOpenByThemselvesAtTheChiefsMidtermReviewAndCloseAfterTheirLastDay() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                // Chris reports to Olu, who appraises him (a cycle needs an appraiser).
                let chris = try #require(try await StaffMember.find(org.chief.id!, on: app.db))
                chris.$supervisor.id = org.other.id
                try await chris.save(on: app.db)
                try await SupervisionPaths.rebuild(on: app.db)
                _ = try await CycleOpener.openCycles(asOf: CalendarDate(iso: "2026-03-01")!, in: app.serviceContext())
                // Chris's biennium runs 2026-01-01 to 2028-01-01: Mid-term Review 2027-01-01, closing 2027-10-01.
                #expect(try await UpwardFeedbackService.openDueRounds(in: app.serviceContext()).isEmpty)
                let january = app.serviceContext().at(CalendarDate(iso: "2027-01-05")!.start)
                // MUT
                let opened = try await UpwardFeedbackService.openDueRounds(in: january)
                let again = try await UpwardFeedbackService.openDueRounds(in: january)
                // validate
                #expect(opened.map(\.$chief.id) == [org.chief.id!] && again.isEmpty)
                #expect(opened.first.map { [$0.opensOn.iso, $0.closesOn.iso] } == ["2027-01-01", "2027-10-01"])
                #expect(opened.first?.invitedCount == 5)
                #expect(try await UpwardFeedbackService.closeDueRounds(in: app.serviceContext().at(CalendarDate(iso: "2027-10-01")!.start)) == 0)
                #expect(try await UpwardFeedbackService.closeDueRounds(in: app.serviceContext().at(CalendarDate(iso: "2027-10-02")!.start)) == 1)
                #expect(try await UpwardFeedbackRound.query(on: app.db).first()?.status == .closed)
            }
        }
    }
}
