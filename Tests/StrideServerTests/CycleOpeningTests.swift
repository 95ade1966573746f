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
                // MUT
                let response = try await hr.openCycles(asOf: "2026-03-01")
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
                let again = try await hr.openCycles(asOf: "2026-03-01").body.string
                #expect(again.contains("Opened 0 cycles") && again.contains("3 people already had their cycle open."))
                #expect(try await AppraisalCycle.query(on: app.db).count() == 3)
            }
        }

        @Test func oneOpeningRunsAtATimeAndAnInterruptedOneSaysHowToFinish() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                // Another server's run, a batch done.
                let running = CycleOpeningRun()
                (running.startedAt, running.progressedAt, running.asOf) = (testNow, testNow, CalendarDate(iso: "2026-03-01")!)
                (running.done, running.total, running.opened, running.alreadyOpen, running.skipped) = (3, 7, 0, 0, "[]")
                try await running.create(on: app.db)
                // Open cycles shows the run going on rather than a form to start another.
                #expect(try await hr.get(.openCycles).location == StridePath.cycleOpeningRun(running.id!).href)
                // MUT
                let refused = try await hr.post(.openCycles, ["asOf": "2026-03-01"])
                // validate
                #expect(refused.location == StridePath.cycleOpeningRun(running.id!).href)
                let progress = try await hr.get(refused.location ?? "").body.string
                #expect(progress.contains("Another opening of cycles is still running"))
                #expect(progress.contains("data-running") && progress.contains("3 of 7 people decided (42 %)"))
                #expect(progress.contains(#"<progress class="st-progress" id="run-progress" max="7" value="3">"#))
                #expect(try await AppraisalCycle.query(on: app.db).count() == 0)

                // Its server stopped: no progress for longer than a run pauses.
                running.progressedAt = testNow.addingTimeInterval(-CycleOpeningRuns.stallLimit - 1)
                try await running.save(on: app.db)
                let stalled = try await hr.get(.cycleOpeningRun(running.id!)).body.string
                #expect(!stalled.contains("data-running"))
                #expect(stalled.contains("The run stopped after 3 of 7 people were decided, without finishing"))
                #expect(stalled.contains("Open cycles again as of the same date to finish"))
                // MUT
                let finished = try await hr.openCycles(asOf: "2026-03-01").body.string
                // validate
                #expect(finished.contains("Opened 3 cycles") && finished.contains("Started 1 March 2026, 09:00 UTC."))
                #expect(try await CycleOpeningRun.query(on: app.db).filter(\.$finishedAt != nil).count() == 1)
                #expect(try await hr.get("/admin/cycles/open/runs/\(UUID().uuidString)").status == .notFound)
            }
        }

        @Test func countsReadTheSameOnEveryMachine() {
            #expect([0, 999, 1_000, 20_040, 100_000, 1_234_567, -1_234].map(DisplayNumber.grouped)
                == ["0", "999", "1,000", "20,040", "100,000", "1,234,567", "-1,234"])
            #expect(DisplayNumber.counted(1, "cycle") == "1 cycle" && DisplayNumber.counted(19_999, "cycle") == "19,999 cycles")
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
                #expect(try await hr.openCycles(asOf: "2026-01-20").status == .ok)
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
