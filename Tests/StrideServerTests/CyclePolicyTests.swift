import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// HR's cycle policies and the schedule each person sees on "My appraisal".
    @Suite struct CyclePolicyTests {
        static let odd = ["bienniumStartMonth": "1", "bienniumParity": "odd", "minimumCycleMonths": "6",
                          "beginningWindowMonths": "2", "midtermWindowMonths": "1", "endWindowMonths": "1"]

        @Test func aProbationerSeesTheirCyclesWithWhatIsDue() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let junior = try await Browser.signedIn(app, as: org.junior)
                // MUT: Jo Junior entered on 2024-01-15 on probation; the test's today is 2026-03-01.
                let page = try await junior.get(.myAppraisal).body.string
                // validate
                #expect(page.contains("Current cycle: Cycle P3"))
                #expect(page.contains("15 January 2026 to 1 January 2028"))
                #expect(page.contains("8 January 2027"), "P3's mid-term review falls at its midpoint")
                let past = try #require(page.range(of: "Past cycles"))
                let p2 = try #require(page.range(of: "Cycle P2"))
                let p1 = try #require(page.range(of: "Cycle P1"))
                #expect(past.lowerBound < p2.lowerBound && p2.lowerBound < p1.lowerBound, "past cycles, newest first")
                #expect(page.contains("Probationary report"))
                #expect(page.contains("15 October 2025"), "the probationary report at 21 months")
            }
        }

        @Test func hrChangesAPolicyAndTheScheduleFollows() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let list = try await hr.get(.cyclePolicies).body.string
                #expect(list.contains("January of even years"))
                try await hr.get(.cyclePolicy(.probation))
                let version = try #require(try await CyclePolicyService.record(for: .probation, on: app.db).recordVersion)
                // MUT
                let saved = try await hr.post(.cyclePolicy(.probation), Self.odd.merging(["version": String(version)]) { $1 })
                // validate
                #expect(saved.status == .seeOther)
                let policies = try await CyclePolicyService.all(on: app.db)
                #expect(policies[.probation]?.bienniumStartsInEvenYears == false)
                #expect(policies[.probation]?.beginningWindowMonths == 2)
                #expect(policies[.regular] == .standard, "other contract types keep theirs")
                let events = try await AuditEvent.query(on: app.db).filter(\.$kind == .cyclePolicy).all()
                #expect(events.count == 1)
                #expect(events.first?.summary.contains("Bienniums start in: even years → odd years") == true)
                let junior = try await Browser.signedIn(app, as: org.junior)
                #expect(try await junior.get(.myAppraisal).body.string.contains("15 January 2026 to 1 January 2027"))
                // Saving the same values again changes nothing and records nothing.
                try await hr.get(.cyclePolicy(.probation))
                #expect(try await hr.post(.cyclePolicy(.probation), Self.odd.merging(["version": String(version + 1)]) { $1 }).status == .seeOther)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .cyclePolicy).count() == 1)
            }
        }

        @Test func badValuesAreNamedAndNothingIsSaved() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.cyclePolicy(.regular))
                let response = try await hr.post(.cyclePolicy(.regular), [
                    "bienniumStartMonth": "13", "bienniumParity": "sometimes", "minimumCycleMonths": "six",
                    "beginningWindowMonths": "", "midtermWindowMonths": "1", "endWindowMonths": "9", "version": "1",
                ])
                #expect(response.status == .unprocessableEntity)
                let page = response.body.string
                for message in ["Select whether bienniums start in even or odd years", "Shortest cycle must be a whole number of months, like 6",
                                "Enter the Beginning of Cycle window"] {
                    #expect(page.contains(message), "\(message)")
                }
                let range = try await hr.post(.cyclePolicy(.regular), Self.odd.merging(["bienniumStartMonth": "13", "endWindowMonths": "9", "version": "1"]) { $1 })
                #expect(range.status == .unprocessableEntity)
                #expect(range.body.string.contains("Biennium start month must be a month from 1 (January) to 12 (December)"))
                #expect(range.body.string.contains("End of Cycle window must be from 0 to 6 months"))
                #expect(try await CyclePolicyService.all(on: app.db)[.regular] == .standard)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .cyclePolicy).count() == 0)
            }
        }

        @Test func aStaleFormIsAnsweredWithWhatChanged() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.cyclePolicy(.technicalCooperation))
                #expect(try await hr.post(.cyclePolicy(.technicalCooperation), Self.odd.merging(["version": "1"]) { $1 }).status == .seeOther)
                // MUT: a second tab still holds version 1.
                let stale = try await hr.post(.cyclePolicy(.technicalCooperation),
                                              Self.odd.merging(["version": "1", "minimumCycleMonths": "3", "bienniumParity": "even"]) { $1 })
                // validate
                #expect(stale.status == .conflict)
                #expect(stale.body.string.contains("Someone else saved this record while you were editing it"))
                #expect(try await CyclePolicyService.all(on: app.db)[.technicalCooperation]?.minimumCycleMonths == 6)
            }
        }
    }
}
