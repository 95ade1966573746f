import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Probation: the staff member and supervisor designate 3 to 5 colleagues, each gives their
    /// feedback once, and the supervisor reads it with their names.
    @Suite struct ColleagueFeedbackRouteTests {
        /// Jo entered on duty on 2025-12-01: her first probation cycle, with Raj appraising it.
        static func probationCycle(_ app: Application, _ org: Org) async throws -> AppraisalCycle {
            let jo = try #require(try await StaffMember.find(org.junior.id!, on: app.db))
            jo.entryOnDuty = CalendarDate(iso: "2025-12-01")!
            try await jo.save(on: app.db)
            _ = try await CycleOpener.openCycles(asOf: CalendarDate(iso: "2026-03-01")!, in: app.serviceContext())
            return try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.junior.id!).first())
        }

        static func feedback(rating: String) -> [String: String] {
            var fields = Dictionary(uniqueKeysWithValues: ColleagueFeedbackForm.questions.map { (UpwardFeedbackAnswers.field(for: $0.id), rating) })
            fields["strengths"] = "Drafts briefs that need no rework."
            return fields
        }

        @Test func theColleaguesDesignatedGiveFeedbackOnceAndTheSupervisorReadsItWithTheirNames() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let cycle = try await Self.probationCycle(app, org)
                #expect(cycle.colleagueDesignationDate == CalendarDate(iso: "2026-06-01"))
                let raj = try await Browser.signedIn(app, as: org.report), jo = try await Browser.signedIn(app, as: org.junior)
                let olu = try await Browser.signedIn(app, as: org.other), mona = try await Browser.signedIn(app, as: org.manager)
                let path = StridePath.colleagueFeedback(cycle.id!)

                let two = try await raj.post(path, ["colleague-1": "M1", "colleague-2": "P1"])
                #expect(two.status == .unprocessableEntity && two.body.string.contains("Designate between 3 and 5 colleagues or service recipients; 2 are chosen"))
                let herself = try await raj.post(path, ["colleague-1": "M1", "colleague-2": "P1", "colleague-3": "J1", "colleague-4": "nobody@example.org"])
                #expect(herself.body.string.contains("The staff member gives their own view in the appraisal"))
                #expect(herself.body.string.contains("Choose colleagues from the organisation&#39;s current staff"))
                #expect(try await ColleagueFeedbackRequest.query(on: app.db).count() == 0)
                // MUT: Jo designates three, by staff ID and email.
                let designated = try await jo.post(path, ["colleague-1": "M1", "colleague-2": "P1", "colleague-3": org.other.email])
                // validate
                #expect(designated.status == .seeOther)
                let requests = try await ColleagueFeedbackRequest.query(on: app.db).all()
                #expect(requests.count == 3 && requests.allSatisfy { $0.dueOn == CalendarDate(iso: "2027-09-01") })
                let olus = try #require(requests.first { $0.$colleague.id == org.other.id })

                #expect(try await olu.get(.feedback).body.string.contains("Feedback on Jo Junior"))
                let form = try await olu.get(.colleagueFeedbackRequest(olus.id!)).body.string
                #expect(form.contains("This feedback is not anonymous"))
                let incomplete = try await olu.post(.colleagueFeedbackRequest(olus.id!), ["strengths": ""])
                #expect(incomplete.status == .unprocessableEntity && incomplete.body.string.contains("Describe what the staff member does well"))
                #expect(try await olu.post(.colleagueFeedbackRequest(olus.id!), Self.feedback(rating: "4")).status == .seeOther)
                #expect(try await olu.post(.colleagueFeedbackRequest(olus.id!), Self.feedback(rating: "1")).status == .conflict)
                #expect(try await mona.get(.colleagueFeedbackRequest(olus.id!)).status == .forbidden)

                // Raj reads it with Olu's name; Jo sees only that Olu answered; Olu cannot open the cycle's page.
                let rajs = try await raj.get(path).body.string
                #expect(rajs.contains("Olu Other") && rajs.contains("Drafts briefs that need no rework.") && rajs.contains("4 – Very good"))
                let jos = try await jo.get(path).body.string
                #expect(jos.contains("Given on") && !jos.contains("Drafts briefs that need no rework."))
                #expect(try await olu.get(path).status == .forbidden)

                // The API: feedback for Raj, null for Jo; Olu, who gave feedback, cannot be dropped.
                let api = "/api/v1/cycles/\(cycle.id!.uuidString.lowercased())/colleague-feedback"
                #expect(try await raj.get(api).body.string.contains("\"strengths\" : \"Drafts briefs that need no rework.\""))
                let forJo = try await jo.get(api).body.string
                #expect(forJo.contains("\"feedback\" : null") && !forJo.contains("Drafts briefs"))
                let drop = try await raj.sendBody(.PUT, api, "{\"colleagues\": [\"M1\", \"P1\", \"H1\"]}")
                #expect(drop.status == .unprocessableEntity && drop.body.string.contains("Olu Other has already given feedback and stays designated"))
                let swap = try await raj.sendBody(.PUT, api, "{\"colleagues\": [\"M1\", \"O1\", \"H1\"]}")
                #expect(swap.status == .ok && swap.body.string.contains("Hana Resources") && !swap.body.string.contains("Pat Peer"))
                let monas = try #require(try await ColleagueFeedbackRequest.query(on: app.db).filter(\.$colleague.$id == org.manager.id!).first())
                let answers = ColleagueFeedbackForm.questions.map { "{\"questionId\": \"\($0.id.uuidString)\", \"rating\": null}" }
                let given = try await mona.postBody("/api/v1/colleague-feedback/requests/\(monas.id!.uuidString)",
                                                    "{\"answers\": [\(answers.joined(separator: ","))], \"strengths\": \"Calm under pressure.\"}",
                                                    contentType: "application/json")
                #expect(given.status == .created && given.body.string.contains("\"rating\" : null"))
                #expect(try await jo.postBody("/api/v1/colleague-feedback/requests/\(monas.id!.uuidString)", "{}",
                                              contentType: "application/json").status == .forbidden)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .colleagueFeedback).count() == 4)
            }
        }
    }
}
