import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Improvement plans end to end: opened by the manager, seen only by the person, their two
    /// managers, HR and the Board, reviewed at six months and then closed by the Board.
    @Suite struct ImprovementPlanRouteTests {
        static let plan: [String: String] = [
            "startsOn": "2026-03-02", "areas": "Reports arrive late and need rework.", "coaching": "Weekly with Mona",
            "objective-1-description": "Monthly reports on time", "objective-1-timeline": "From April 2026",
        ]

        @Test func aPlanIsOpenedKeptReviewedAndClosedByTheBoard() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                try await RoleGrant(staffMemberID: org.peer.id!, role: .reportsBoardMember, grantedByID: nil).create(on: app.db)
                let mona = try await Browser.signedIn(app, as: org.manager), raj = try await Browser.signedIn(app, as: org.report)
                let chris = try await Browser.signedIn(app, as: org.chief), pat = try await Browser.signedIn(app, as: org.peer)
                let olu = try await Browser.signedIn(app, as: org.other), hr = try await Browser.signedIn(app, as: org.hr)

                let bad = try await mona.post(.newImprovementPlan(org.report.id!), ["startsOn": "2025-01-01", "areas": ""])
                #expect(bad.status == .unprocessableEntity)
                for message in ["The plan starts within a month of today", "Describe the areas of performance below expectations",
                                "Agree at least one measure of support", "Set at least one objective with its timeline"] {
                    #expect(bad.body.string.contains(message))
                }
                #expect(try await raj.post(.newImprovementPlan(org.report.id!), Self.plan).status == .forbidden)
                // MUT
                let opened = try await mona.post(.newImprovementPlan(org.report.id!), Self.plan)
                // validate
                #expect(opened.status == .seeOther)
                let plan = try #require(try await ImprovementPlanRecord.query(on: app.db).first())
                #expect(plan.reviewDueOn == CalendarDate(iso: "2026-09-02") && plan.stage == .open)

                // Who sees it: Raj, Mona, Chris (Mona's manager), HR, the Board; not Olu.
                for browser in [raj, mona, chris, hr, pat] {
                    #expect(try await browser.get(.improvementPlan(plan.id!)).body.string.contains("Reports arrive late"))
                }
                #expect(try await olu.get(.improvementPlan(plan.id!)).status == .forbidden)
                #expect(try await olu.get("/api/v1/staff/\(org.report.id!.uuidString)/improvement-plans").status == .forbidden)
                #expect(try await raj.get(.staffMember(org.report.id!)).body.string.contains("Improvement plans"))

                // Raj's own view, Mona's check-in; the wrong writer is refused.
                #expect(try await raj.post(.improvementPlanOwnView(plan.id!), ["view": "The deadlines moved twice.",
                                                                              "supportConcerns": "No template was given."]).status == .seeOther)
                #expect(try await mona.post(.improvementPlanOwnView(plan.id!), ["view": "Not mine"]).status == .forbidden)
                #expect(try await mona.post(.improvementPlanCheckIns(plan.id!), ["note": "April report on time."]).status == .seeOther)
                #expect(try await raj.post(.improvementPlanCheckIns(plan.id!), ["note": "Mine"]).status == .forbidden)
                #expect(try await pat.post(.improvementPlanBoardReview(plan.id!), [:]).status == .conflict)

                // The review: insufficient needs its next step; then the plan is fixed and at the Board.
                let noStep = try await mona.post(.improvementPlanReview(plan.id!), ["progress": "insufficient", "summary": "Two of six late."])
                #expect(noStep.status == .unprocessableEntity && noStep.body.string.contains("Choose the next step"))
                #expect(try await mona.post(.improvementPlanReview(plan.id!), ["progress": "insufficient", "nextStep": "extended_monitoring",
                                                                             "summary": "Two of six late."]).status == .seeOther)
                #expect(try await mona.post(.editImprovementPlan(plan.id!), Self.plan).status == .conflict)
                #expect(try await raj.post(.improvementPlanOwnView(plan.id!), ["view": "Later"]).status == .conflict)
                #expect(try await pat.get(.reportsBoardQueue).body.string.contains("Improvement plan reviews"))
                #expect(try await hr.post(.improvementPlanBoardReview(plan.id!), [:]).status == .forbidden)
                // MUT: the Board closes it.
                let closed = try await pat.post(.improvementPlanBoardReview(plan.id!), ["comment": "Monitoring extended to December."])
                // validate
                #expect(closed.status == .seeOther)
                let api = try await raj.get("/api/v1/improvement-plans/\(plan.id!.uuidString)").body.string
                for text in ["\"stage\" : \"closed\"", "\"nextStep\" : \"extended_monitoring\"", "The deadlines moved twice.", "April report on time.",
                             "Monitoring extended to December."] {
                    #expect(api.contains(text), "\(text)")
                }
                let events = try await AuditEvent.query(on: app.db).filter(\.$kind == .improvementPlan).all()
                #expect(events.count == 5)
            }
        }

        @Test func theAPIOpensAndChangesAPlanRefusingAStaleVersion() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let mona = try await Browser.signedIn(app, as: org.manager)
                let body = "{\"startsOn\": \"2026-03-01\", \"areas\": \"Late\", \"training\": \"Writing course\", \"objectives\": [{\"description\": \"On time\", \"timeline\": \"June\"}]"
                let opened = try await mona.postBody("/api/v1/staff/\(org.report.id!.uuidString)/improvement-plans", body + "}", contentType: "application/json")
                #expect(opened.status == .created && opened.body.string.contains("\"reviewDueOn\" : \"2026-09-01\""))
                let plan = try #require(try await ImprovementPlanRecord.query(on: app.db).first())
                let path = "/api/v1/improvement-plans/\(plan.id!.uuidString)"
                #expect(try await mona.sendBody(.PUT, path, body + ", \"version\": 1}").status == .ok)
                #expect(try await mona.sendBody(.PUT, path, body + ", \"version\": 1}").status == .conflict)
                let empty = try await mona.sendBody(.PUT, path, "{\"startsOn\": \"2026-03-01\", \"areas\": \"x\", \"objectives\": []}")
                #expect(empty.status == .unprocessableEntity && empty.body.string.contains("objectives"))
            }
        }
    }
}
