import Foundation
import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The Reports Board's queue, as a page and through the API: what was sent to it, filtered,
    /// for its members and HR only, never a member's own form.
    @Suite struct ReportsBoardTests {
        /// Raj's and Jo's Beginning of Cycle forms taken to the Board; Pat sits on it, and so does Raj.
        static func sendBoth(_ app: Application, _ setup: AppraisalFormTests.Setup) async throws {
            let org = setup.org
            let context = app.serviceContext()
            try await RoleGrant(staffMemberID: org.peer.id!, role: .reportsBoardMember, grantedByID: nil).create(on: app.db)
            try await RoleGrant(staffMemberID: org.report.id!, role: .reportsBoardMember, grantedByID: nil).create(on: app.db)
            let junior = try #require(try await AppraisalForm.query(on: app.db).join(AppraisalCycle.self, on: \AppraisalForm.$cycle.$id == \AppraisalCycle.$id)
                .filter(AppraisalCycle.self, \.$staffMember.$id == org.junior.id!).first())
            for (formID, staff, manager) in [(setup.formID, org.report.id!, org.manager.id!), (junior.id!, org.junior.id!, org.report.id!)] {
                let content = BeginningOfCycleForm(posted: AppraisalFormTests.complete(setup, version: 1)).content(managesOthers: true, newKey: UUID.init)
                _ = try await AppraisalFormService.save(content, problems: [], then: .submit, formID: formID, version: nil,
                                                        viewer: Viewer(staffID: staff, roles: []), in: context.acting(as: staff))
                for (action, who) in [(AppraisalAction.signAsStaff, staff), (.signAsManager, manager), (.sendToReportsBoard, manager)] {
                    _ = try await AppraisalFormService.transition(.init(action: action, comment: nil, statement: nil, version: nil), formID: formID,
                                                                  viewer: Viewer(staffID: who, roles: []), in: context.acting(as: who))
                }
            }
        }

        @Test func theQueueListsWhatWasSentToTheBoard() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                try await Self.sendBoth(app, setup)

                let pat = try await Browser.signedIn(app, as: org.peer)
                let queue = try await pat.get(.reportsBoardQueue).body.string
                #expect(queue.contains("2 forms: waiting for review"))
                #expect(queue.contains("Raj Report") && queue.contains("Jo Junior"))
                let probation = try await pat.get(StridePath.reportsBoardQueue.href + "?contract=probation").body.string
                #expect(probation.contains(">Jo Junior</a>") && !probation.contains(">Raj Report</a>"), "Raj appears only as Jo's appraiser")
                let reviewed = try await pat.get(StridePath.reportsBoardQueue.href + "?status=reviewed").body.string
                #expect(reviewed.contains("No forms match these filters."))
                // Past due: the Beginning of Cycle was due on 1 February 2026 for Raj; Jo's (P3, from 15 January) on 15 February.
                let late = try await pat.get(StridePath.reportsBoardQueue.href + "?overdue=yes&kind=beginning").body.string
                #expect(late.contains("2 forms") && late.contains("Past due"))

                // Raj sits on the Board too, but neither his own form nor Jo's, which he appraised, is his to review.
                let raj = try await Browser.signedIn(app, as: org.report)
                let own = try await raj.get(.reportsBoardQueue).body.string
                #expect(own.contains("No forms match these filters."))
                let jo = try #require(try await AppraisalForm.query(on: app.db).join(AppraisalCycle.self, on: \AppraisalForm.$cycle.$id == \AppraisalCycle.$id)
                    .filter(AppraisalCycle.self, \.$staffMember.$id == org.junior.id!).first())
                #expect(try await raj.post(.appraisalFormTransitions(jo.id!), ["action": "review"]).status == .forbidden)

                // The API: the same queue, by cursor.
                struct FormList: Decodable { struct Item: Decodable { let staffName: String; let state: String }; let forms: [Item]; let next: String? }
                let api = try JSONDecoder().decode(FormList.self, from: Data(try await pat.get("/api/v1/reports-board/queue?contractType=regular").body.string.utf8))
                #expect(api.forms.map(\.staffName) == ["Raj Report"] && api.forms[0].state == "at_reports_board" && api.next == nil)
                #expect(try await pat.get("/api/v1/reports-board/queue?unit=nowhere").status == .badRequest)

                // Nobody else reaches the queue.
                let mona = try await Browser.signedIn(app, as: org.manager)
                #expect(try await mona.get(.reportsBoardQueue).status == .forbidden)
                #expect(try await mona.get("/api/v1/reports-board/queue").status == .forbidden)
                #expect(!(try await mona.get(.myAppraisal).body.string.contains(">Reports Board<")), "no menu entry")
            }
        }

        @Test func ratingPracticeCountsTheSignedEndOfCycleRatings() async throws {
            try await withStrideApp { app, _ in
                try await DemoOrganisation.load(in: app.serviceContext())
                let signed = try await AppraisalForm.query(on: app.db).filter(\.$kind == .end)
                    .filter(\.$state ~~ AppraisalState.allCases.filter(\.isSigned)).all()
                let rated = signed.compactMap(\.overallRating)
                #expect(rated.count == signed.count && rated.count >= 6, "the column follows the content")
                let lucia = try #require(try await StaffMember.query(on: app.db).filter(\.$email == "lucia.fernandez@demo.stride.example").first())
                let board = try await Browser.signedIn(app, as: lucia, password: DemoOrganisation.password)
                let page = try await board.get(.ratingPractice).body.string
                #expect(page.contains("<dd class=\"st-summary-list__value\">\(rated.count)</dd>"))
                let exceeds = rated.filter { $0 == .consistentlyExceeds }.count
                #expect(page.contains("\(exceeds) (\(RatingPractice.percent(Double(exceeds) / Double(rated.count))))"))
                // Human Resources Development gave two of its three ratings as "consistently exceeds".
                #expect(page.contains("Out of line with the organisation: Human Resources Development."))
                #expect(page.contains("67 % rated “consistently exceeds”"))
                let kenji = try #require(try await StaffMember.query(on: app.db).filter(\.$email == "kenji.watanabe@demo.stride.example").first())
                let manager = try await Browser.signedIn(app, as: kenji, password: DemoOrganisation.password)
                #expect(try await manager.get(.ratingPractice).status == .forbidden)
            }
        }

        @Test func hrSendsEverySignedFormThatGoesToTheBoard() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let context = app.serviceContext()
                let content = BeginningOfCycleForm(posted: AppraisalFormTests.complete(setup, version: 1)).content(managesOthers: true, newKey: UUID.init)
                _ = try await AppraisalFormService.save(content, problems: [], then: .submit, formID: setup.formID, version: nil,
                                                        viewer: Viewer(staffID: org.report.id!, roles: []), in: context)
                try await MidtermAndEndOfCycleTests.signBoth(app, formID: setup.formID, staff: org.report.id!, manager: org.manager.id!)
                let hr = try await Browser.signedIn(app, as: org.hr)
                #expect(try await hr.get(.sendToReportsBoard).body.string.contains("1 signed form goes to the Reports Board"))
                let sent = try await hr.post(.sendToReportsBoard)
                #expect(sent.status == .seeOther)
                #expect(try await AppraisalForm.find(setup.formID, on: app.db)?.state == .atReportsBoard)
                // The Mid-term Review it opened is a draft, and a regular one never goes to the Board.
                #expect(try await hr.get(.sendToReportsBoard).body.string.contains("No signed form is waiting"))
                let last = try await AppraisalFormEvent.query(on: app.db).filter(\.$form.$id == setup.formID).sort(\.$recordVersion, .descending).first()
                #expect(last?.action == "send_to_reports_board" && last?.actorID == org.hr.id)
            }
        }
    }
}
