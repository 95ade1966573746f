import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Unit outcomes: kept by HR and the unit's responsible chief, shown on the unit's page.
    @Suite struct UnitOutcomeTests {
        static let outcome = ["title": "Policy advice adopted by the Governing Body", "description": "Two papers a year",
                              "periodStart": "2026-01-01", "periodEnd": "2028-01-01"]

        @Test func theChiefAddsAndEditsTheUnitsOutcomes() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let chief = try await Browser.signedIn(app, as: org.chief)
                try await chief.get(.newUnitOutcome(org.policy.id!))
                // MUT
                let added = try await chief.post(.newUnitOutcome(org.policy.id!), Self.outcome)
                // validate
                #expect(added.status == .seeOther)
                let stored = try #require(try await UnitOutcome.query(on: app.db).first())
                #expect(stored.$unit.id == org.policy.id && stored.periodEnd.iso == "2028-01-01")
                let report = try await Browser.signedIn(app, as: org.report)
                let page = try await report.get(.unit(org.policy.id!)).body.string
                #expect(page.contains("Policy advice adopted by the Governing Body"))
                #expect(page.contains("1 January 2026 to 1 January 2028"))
                #expect(!page.contains("Add an outcome"), "staff see outcomes but do not keep them")
                #expect(try await chief.get(.unit(org.policy.id!)).body.string.contains("Add an outcome"))

                try await chief.get(.editUnitOutcome(unit: org.policy.id!, outcome: stored.id!))
                let edited = try await chief.post(.editUnitOutcome(unit: org.policy.id!, outcome: stored.id!),
                                                  Self.outcome.merging(["title": "Policy advice adopted", "version": "1"]) { $1 })
                #expect(edited.status == .seeOther)
                let stale = try await chief.post(.editUnitOutcome(unit: org.policy.id!, outcome: stored.id!),
                                                 Self.outcome.merging(["title": "Something else", "version": "1"]) { $1 })
                #expect(stale.status == .conflict)
                #expect(try await UnitOutcome.find(stored.id!, on: app.db)?.title == "Policy advice adopted")
                let actions = try await AuditEvent.query(on: app.db).filter(\.$kind == .unitOutcome).all().map(\.action)
                #expect(actions.sorted { $0.rawValue < $1.rawValue } == [.create, .update])
                // An outcome is reached only through its own unit.
                #expect(try await chief.get(.editUnitOutcome(unit: org.headOffice.id!, outcome: stored.id!)).status == .notFound)
            }
        }

        @Test func onlyHRAndTheChiefKeepOutcomesAndBadInputIsNamed() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let manager = try await Browser.signedIn(app, as: org.manager)
                try await manager.get(.unit(org.policy.id!))
                #expect(try await manager.post(.newUnitOutcome(org.policy.id!), Self.outcome).status == .forbidden)
                let chief = try await Browser.signedIn(app, as: org.chief)
                try await chief.get(.unit(org.field.id!))
                #expect(try await chief.post(.newUnitOutcome(org.field.id!), Self.outcome).status == .forbidden, "not the chief's unit")
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.newUnitOutcome(org.field.id!))
                let bad = try await hr.post(.newUnitOutcome(org.field.id!), ["title": "", "periodStart": "2028-01-01", "periodEnd": "2026-13-01"])
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("Enter the outcome the unit is to achieve"))
                #expect(bad.body.string.contains("Period end must be a real date, like 2026-03-01"))
                let backwards = try await hr.post(.newUnitOutcome(org.field.id!), Self.outcome.merging(["periodEnd": "2025-01-01"]) { $1 })
                #expect(backwards.body.string.contains("Period end must be after the period start"))
                #expect(try await UnitOutcome.query(on: app.db).count() == 0)
                #expect(try await hr.post(.newUnitOutcome(org.field.id!), Self.outcome).status == .seeOther)
            }
        }
    }
}
