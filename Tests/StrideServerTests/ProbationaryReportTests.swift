import Foundation
import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The probationary report of a P2 cycle: it opens with the End of Cycle once both sign the
    /// Mid-term Review; the manager writes it, the staff member signs it, the Board receives it.
    @Suite struct ProbationaryReportRouteTests {
        @Test func theManagerWritesTheReportTheStaffMemberSignsAndItGoesToTheBoard() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let context = app.serviceContext()
                // As of March 2025 Jo (probation from 15 January 2024) is in P2, with a report due 15 October 2025.
                _ = try await CycleOpener.openCycles(asOf: CalendarDate(iso: "2025-03-01")!, in: context)
                let jo = org.junior.id!, raj = org.report.id!
                let beginning = try #require(try await MidtermAndEndOfCycleTests.form(.beginning, of: jo, app))
                beginning.state = .inDiscussion
                try await beginning.save(on: app.db)
                try await MidtermAndEndOfCycleTests.signBoth(app, formID: beginning.id!, staff: jo, manager: raj)
                let midterm = try #require(try await MidtermAndEndOfCycleTests.form(.midterm, of: jo, app))
                #expect(try await MidtermAndEndOfCycleTests.form(.probationReport, of: jo, app) == nil, "the report opens after the Mid-term Review")
                midterm.state = .inDiscussion
                try await midterm.save(on: app.db)
                try await MidtermAndEndOfCycleTests.signBoth(app, formID: midterm.id!, staff: jo, manager: raj)
                let report = try #require(try await MidtermAndEndOfCycleTests.form(.probationReport, of: jo, app))
                let end = try await MidtermAndEndOfCycleTests.form(.end, of: jo, app)
                #expect(report.state == .draft && end != nil)

                // Jo reads it but cannot write it, by page or API.
                let junior = try await Browser.signedIn(app, as: org.junior)
                #expect(try await junior.get(.editAppraisalForm(report.id!)).status == .forbidden)
                let api = "/api/v1/forms/\(report.id!.uuidString.lowercased())"
                let body = #"{"version": 1, "content": {"kind": "probation_report", "performance": "Great", "competencies": "", "colleagueFeedback": "", "reasons": ""}}"#
                #expect(try await junior.sendBody(.PUT, api, body).status == .forbidden)

                // Raj: an extension without its length or reasons is named field by field, and nothing is written.
                let manager = try await Browser.signedIn(app, as: org.report)
                let page = try await manager.get(.editAppraisalForm(report.id!))
                #expect(page.status == .ok && page.body.string.contains("What do you recommend?"))
                var fields = ["intent": "submit", "version": "1", "performance": "Met the outputs of P1 and most of P2",
                              "competencies": "Teamwork shown", "colleagueFeedback": "Three colleagues: dependable", "recommendation": "extend"]
                let refused = try await manager.post(.editAppraisalForm(report.id!), fields)
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.string.contains("href=\"#extensionMonths\"") && refused.body.string.contains("Extension: say by how many months"))
                #expect(refused.body.string.contains("Reasons: say why the appointment should not be confirmed yet"))
                fields["extensionMonths"] = "six"
                #expect(try await manager.post(.editAppraisalForm(report.id!), fields).body.string.contains("Extension must be a whole number of months, like 6"))
                #expect(try await AppraisalForm.find(report.id!, on: app.db)?.recordVersion == 1)
                fields["extensionMonths"] = "6"
                fields["reasons"] = "Time to complete the data platform output"
                // MUT
                #expect(try await manager.post(.editAppraisalForm(report.id!), fields).status == .seeOther)
                // validate
                let shown = try await junior.get(.appraisalForm(report.id!)).body.string
                #expect(shown.contains("Extend the probation") && shown.contains("6 months") && shown.contains("Time to complete the data platform output"))
                #expect(shown.contains("Sign as the staff member"))
                #expect(try await junior.post(.appraisalFormTransitions(report.id!), ["action": "sign_as_staff",
                                                                                      "sign_as_staff-statement": "I had no data access until June."]).status == .seeOther)
                #expect(try await manager.post(.appraisalFormTransitions(report.id!), ["action": "sign_as_manager"]).status == .seeOther)
                #expect(try await manager.post(.appraisalFormTransitions(report.id!), ["action": "send_to_reports_board"]).status == .seeOther)
                #expect(try await AppraisalForm.find(report.id!, on: app.db)?.state == .atReportsBoard)
                let read = try await manager.get(api).body.string
                #expect(read.contains(#""kind" : "probation_report""#) && read.contains(#""extensionMonths" : 6"#))
                #expect(read.contains("I had no data access until June."))
            }
        }
    }
}
