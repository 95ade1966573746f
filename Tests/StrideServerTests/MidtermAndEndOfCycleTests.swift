import Foundation
import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The Mid-term Review and the End of Cycle through their pages: each opens when the form
    /// before it is signed by both; adjustments keep the agreed text beside the new; the End of
    /// Cycle takes the self-assessment first, then the manager's ratings.
    @Suite struct MidtermAndEndOfCycleTests {
        static func signBoth(_ app: Application, formID: UUID, staff: UUID, manager: UUID) async throws {
            let context = app.serviceContext()
            for (action, who) in [(AppraisalAction.signAsStaff, staff), (.signAsManager, manager)] {
                _ = try await AppraisalFormService.transition(.init(action: action, comment: nil, statement: nil, version: nil), formID: formID,
                                                              viewer: Viewer(staffID: who, roles: []), in: context.acting(as: who))
            }
        }

        static func form(_ kind: AppraisalFormKind, of staff: UUID, _ app: Application) async throws -> AppraisalForm? {
            try await AppraisalForm.query(on: app.db).join(AppraisalCycle.self, on: \AppraisalForm.$cycle.$id == \AppraisalCycle.$id)
                .filter(AppraisalCycle.self, \.$staffMember.$id == staff).filter(\.$kind == kind).first()
        }

        @Test func theMidtermAdjustsAndTheEndOfCycleRates() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org, raj = org.report.id!, mona = org.manager.id!
                let content = BeginningOfCycleForm(posted: AppraisalFormTests.complete(setup, version: 1)).content(managesOthers: true, newKey: UUID.init)
                _ = try await AppraisalFormService.save(content, problems: [], then: .submit, formID: setup.formID, version: nil,
                                                        viewer: Viewer(staffID: raj, roles: []), in: app.serviceContext().acting(as: raj))
                #expect(try await Self.form(.midterm, of: raj, app) == nil, "the Mid-term Review opens once the beginning is signed")
                try await Self.signBoth(app, formID: setup.formID, staff: raj, manager: mona)
                let midterm = try #require(try await Self.form(.midterm, of: raj, app))
                #expect(midterm.state == .draft)

                // Raj reviews: output 2 changed, output 3 dropped, one output added.
                let browser = try await Browser.signedIn(app, as: org.report)
                let page = try await browser.get(.editAppraisalForm(midterm.id!))
                #expect(page.status == .ok && page.body.string.contains("Output 2: a policy paper"))
                var fields = ["intent": "submit", "version": "1", "added-count": "1", "objective-progress": "Course booked",
                              "output-1-progress": "On track", "output-1-adjustment": "keep",
                              "output-2-progress": "Slower", "output-2-adjustment": "change", "output-2-description": "One policy paper",
                              "output-2-measures": "Adopted", "output-2-timeline": "By December 2027", "output-2-reason": "Budget halved",
                              "output-3-adjustment": "drop",
                              "added-1-description": "A briefing series", "added-1-measures": "Four briefings", "added-1-timeline": "2027",
                              "added-1-progress": "First held", "added-1-reason": "New priority of the unit"]
                let noReason = try await browser.post(.editAppraisalForm(midterm.id!), fields)
                #expect(noReason.status == .unprocessableEntity)
                #expect(noReason.body.string.contains("href=\"#output-3-reason\"") && noReason.body.string.contains("Output 3: give the reason for the adjustment"))
                fields["output-3-reason"] = "The project was cancelled"
                #expect(try await browser.post(.editAppraisalForm(midterm.id!), fields).status == .seeOther)
                let shown = try await browser.get(.appraisalForm(midterm.id!)).body.string
                #expect(shown.contains("Agreed at the beginning of the cycle") && shown.contains("One policy paper") && shown.contains("Budget halved"))
                #expect(shown.contains("Added at the mid-term") && shown.contains("Dropped"))
                try await Self.signBoth(app, formID: midterm.id!, staff: raj, manager: mona)

                // The End of Cycle: the plan's three outputs and three competencies.
                let end = try #require(try await Self.form(.end, of: raj, app))
                let stored = try JSONDecoder().decode(EndOfCycle.self, from: Data(end.content.utf8))
                #expect(stored.outputs.count == 3 && stored.competencies.count == 3)
                let monaBrowser = try await Browser.signedIn(app, as: org.manager)
                let early = try await monaBrowser.get(.editAppraisalForm(end.id!))
                #expect(early.status == .conflict && early.body.string.contains("self-assessment comes first"))

                var selfAssessment = ["intent": "submit", "version": "1", "objective-self": "Course done", "challenges": "A reorganisation",
                                      "lessons-learned": "Plan for slack"]
                for n in 1...3 { selfAssessment["output-\(n)-self"] = "Delivered \(n)"; selfAssessment["competency-\(n)-self"] = "Shown \(n)" }
                selfAssessment["output-1-rating"] = "exceeded"   // not the staff member's to give: ignored
                let own = try await browser.get(.editAppraisalForm(end.id!)).body.string
                #expect(own.contains("Your self-assessment") && !own.contains("overall-rating"))
                var missing = selfAssessment
                missing["challenges"] = ""
                #expect(try await browser.post(.editAppraisalForm(end.id!), missing).status == .unprocessableEntity)
                #expect(try await browser.post(.editAppraisalForm(end.id!), selfAssessment).status == .seeOther)
                var after = try #require(try await AppraisalForm.find(end.id!, on: app.db))
                #expect(after.state == .selfAssessed)
                #expect(try JSONDecoder().decode(EndOfCycle.self, from: Data(after.content.utf8)).outputs.allSatisfy { $0.assessment.rating == nil })
                #expect(try await browser.get(.editAppraisalForm(end.id!)).status == .conflict, "handed in")

                // Mona rates; an overall rating the ratings do not support needs a justification.
                var ratings = ["intent": "submit", "version": String(after.recordVersion), "objective-assessment": "Done well",
                               "accountabilities-assessment": "Good check-ins", "overall-rating": "consistently_exceeds",
                               "challenges": "Overwritten by the manager?"]
                for n in 1...3 {
                    ratings["output-\(n)-rating"] = "partially_met"; ratings["output-\(n)-comment"] = "Late"
                    ratings["competency-\(n)-rating"] = "fully_met"; ratings["competency-\(n)-comment"] = "Solid"
                }
                let page2 = try await monaBrowser.get(.editAppraisalForm(end.id!)).body.string
                #expect(page2.contains("Delivered 1") && page2.contains("Staff member&#39;s self-assessment"))
                let unjustified = try await monaBrowser.post(.editAppraisalForm(end.id!), ratings)
                #expect(unjustified.status == .unprocessableEntity)
                #expect(unjustified.body.string.contains("Overall rating: it does not follow from the ratings above, so justify it"))
                ratings["justification"] = "Delays came from the reorganisation; the quality was exceptional."
                #expect(try await monaBrowser.post(.editAppraisalForm(end.id!), ratings).status == .seeOther)
                after = try #require(try await AppraisalForm.find(end.id!, on: app.db))
                let rated = try JSONDecoder().decode(EndOfCycle.self, from: Data(after.content.utf8))
                #expect(after.state == .inDiscussion && rated.overallRating == .consistentlyExceeds)
                #expect(rated.challenges == "A reorganisation", "the manager does not write the self-assessment")
                #expect(rated.outputs.allSatisfy { $0.assessment.selfAssessment.hasPrefix("Delivered") && $0.assessment.rating == .partiallyMet })
                let document = try await browser.get(.printAppraisalForm(end.id!)).body.string
                #expect(document.contains("Consistently exceeds performance requirements") && document.contains("Delays came from the reorganisation"))

                // In the same sitting, the next cycle opens with the unfinished outputs carried over.
                let offer = try await monaBrowser.get(.nextCycle(end.id!)).body.string
                #expect(offer.contains("Output 1: a policy paper") && offer.contains("A briefing series"))
                #expect(offer.components(separatedBy: " checked").count - 1 == 3, "all three partially met: all ticked")
                let plan = try await CyclePlan.load(cycleID: end.$cycle.id, on: app.db).outputs.filter(\.isActive)
                let carried = try await monaBrowser.post(StridePath.nextCycle(end.id!).href, [:],
                                                         list: [("carry", plan[0].key.uuidString.lowercased()), ("carry", plan[2].key.uuidString.lowercased())])
                #expect(carried.status == .seeOther)
                let cycles = try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == raj).sort(\.$startDate).all()
                #expect(cycles.map(\.startDate.iso) == ["2026-01-01", "2028-01-01"])
                let next = try #require(try await AppraisalForm.query(on: app.db).filter(\.$cycle.$id == cycles[1].id!).first())
                let nextContent = try JSONDecoder().decode(BeginningOfCycle.self, from: Data(next.content.utf8))
                #expect(nextContent.outputs.map(\.description) == ["Output 1: a policy paper", "A briefing series"])
                #expect(carried.location == StridePath.appraisalForm(next.id!).href)
                let again = try await monaBrowser.post(StridePath.nextCycle(end.id!).href, [:], list: [("carry", plan[1].key.uuidString.lowercased())])
                let count = try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == raj).count()
                #expect(again.status == .seeOther && count == 2, "opening it again opens nothing twice")
            }
        }
    }
}
