import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// HR opens the cycles due as of a date: everyone who can be appraised gets their cycle and a
    /// draft Beginning of Cycle form; the rest are named with the reason.
    @Suite struct CycleOpeningTests {
        @Test func hrOpensCyclesAndEveryoneElseIsAccountedFor() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.openCycles)
                // MUT
                let response = try await hr.post(.openCycles, ["asOf": "2026-03-01"])
                // validate
                #expect(response.status == .ok)
                let page = response.body.string
                #expect(page.contains("Opened 3 cycles"))
                #expect(page.contains("Skipped 4 people"))
                #expect(page.contains("Hana Resources") && page.contains("no supervisor is recorded to appraise them"))
                let cycles = try await AppraisalCycle.query(on: app.db).all()
                let byPerson = Dictionary(uniqueKeysWithValues: cycles.map { ($0.$staffMember.id, $0) })
                #expect(byPerson[org.junior.id!]?.label == "P3")
                #expect(byPerson[org.junior.id!]?.startDate.iso == "2026-01-15")
                #expect(byPerson[org.junior.id!]?.appraiserID == org.report.id)
                #expect(byPerson[org.manager.id!]?.startDate.iso == "2026-01-01")
                #expect(byPerson[org.manager.id!]?.endDate.iso == "2028-01-01")
                let forms = try await AppraisalForm.query(on: app.db).all()
                #expect(forms.count == 3 && forms.allSatisfy { $0.kind == .beginning && $0.state == .draft && $0.recordVersion == 1 })
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .appraisalCycle).count() == 3)

                // Jo sees the opened cycle's draft on My appraisal.
                let junior = try await Browser.signedIn(app, as: org.junior)
                let mine = try await junior.get(.myAppraisal).body.string
                #expect(mine.contains("Beginning of Cycle form</a>: <strong class=\"st-tag st-tag--blue\">Draft</strong>"))
                #expect(mine.contains("Not opened yet"), "the next cycle is not open")
                #expect(mine.contains("Overdue: due 15 February 2026"), "P3's Beginning of Cycle was due a month after 15 January")

                // A later policy change does not move an opened cycle's dates.
                try await hr.get(.cyclePolicy(.probation))
                #expect(try await hr.post(.cyclePolicy(.probation), CyclePolicyTests.odd.merging(["version": "1"]) { $1 }).status == .seeOther)
                let after = try await junior.get(.myAppraisal).body.string
                #expect(after.contains("15 January 2026 to 1 January 2028"))
                #expect(!after.contains("15 January 2026 to 1 January 2027"))

                // Opening again opens nothing twice.
                let again = try await hr.post(.openCycles, ["asOf": "2026-03-01"]).body.string
                #expect(again.contains("Opened 0 cycles") && again.contains("3 people already had their cycle open."))
                #expect(try await AppraisalCycle.query(on: app.db).count() == 3)
            }
        }

        @Test func aDateIsRequiredAndNothingIsOpenedWithoutOne() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.openCycles)
                let bad = try await hr.post(.openCycles, ["asOf": "2026-02-30"])
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("Date must be a real date, like 2026-03-01"))
                #expect(try await AppraisalCycle.query(on: app.db).count() == 0)
            }
        }

        @Test func hrSeesEveryFormPastItsDueDate() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.openCycles)
                #expect(try await hr.post(.openCycles, ["asOf": "2026-01-20"]).status == .ok)
                // Today (2026-03-01) every Beginning of Cycle opened is past its due date: one is signed.
                let mona = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.manager.id!).first())
                let signed = try #require(try await AppraisalForm.query(on: app.db).filter(\.$cycle.$id == mona.id!).first())
                signed.state = .signed
                try await signed.save(on: app.db)
                // MUT
                let page = try await hr.get(.overdueForms).body.string
                // validate
                #expect(page.contains("2 forms past the due date"))
                #expect(page.contains("Raj Report") && page.contains("Jo Junior") && !page.contains("Mona Manager"))
                #expect(page.contains("1 February 2026") && page.contains("28 days late"))
                let raj = try #require(page.range(of: "Raj Report"))
                let jo = try #require(page.range(of: "Jo Junior"))
                #expect(raj.lowerBound < jo.lowerBound, "longest overdue first: Raj's was due 1 February, Jo's 15 February")
            }
        }
    }
}
