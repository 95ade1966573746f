import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Costly figures computed once per key per lifetime, however many ask at once, and the old
    /// figures answered while new ones are computed.
    @Suite struct RefreshingCacheTests {
        actor Counter {
            var calls = 0
            func next() -> Int {
                calls += 1
                return calls
            }
        }

        struct Failure: Error {}

        @Test func computesOncePerLifetimeAndAnswersTheOldValueWhileRefreshing() async throws {
            let cache = RefreshingCache<String, Int>(lifetime: 30)
            let counter = Counter()
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            // Twenty callers at once on a cold key: one computation, all get its value.
            let first = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        try await cache.value(for: "org", now: start) {
                            try await Task.sleep(for: .milliseconds(50))
                            return await counter.next()
                        }.value
                    }
                }
                return try await group.reduce(into: Set<Int>()) { $0.insert($1) }
            }
            var calls = await counter.calls
            #expect(first == [1] && calls == 1)
            // Within the lifetime: the same value, nothing computed.
            let fresh = try await cache.value(for: "org", now: start.addingTimeInterval(29)) { await counter.next() }
            calls = await counter.calls
            #expect(fresh.value == 1 && fresh.computedAt == start && calls == 1)
            // Another key is its own.
            #expect(try await cache.value(for: "unit", now: start) { await counter.next() }.value == 2)
            // Past the lifetime: the old value at once, and one refresh in the background.
            let later = start.addingTimeInterval(31)
            let stale = try await cache.value(for: "org", now: later) { await counter.next() }
            #expect(stale.value == 1 && stale.computedAt == start)
            var refreshed = stale
            for _ in 0..<200 where refreshed.value == 1 {
                try await Task.sleep(for: .milliseconds(5))
                refreshed = try await cache.value(for: "org", now: later) { await counter.next() }
            }
            calls = await counter.calls
            #expect(refreshed.value == 3 && refreshed.computedAt == later && calls == 3)
        }

        @Test func aFailedComputationIsNotKeptAndALifetimeOfZeroComputesEveryTime() async throws {
            let cache = RefreshingCache<String, Int>(lifetime: 30)
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            await #expect(throws: Failure.self) { try await cache.value(for: "org", now: now) { throw Failure() } }
            #expect(try await cache.value(for: "org", now: now) { 7 }.value == 7)
            let live = RefreshingCache<String, Int>(lifetime: 0)
            let counter = Counter()
            for _ in 0..<3 { _ = try await live.value(for: "org", now: now) { await counter.next() } }
            let calls = await counter.calls
            #expect(calls == 3)
        }

        @Test func forgettingDropsTheValuesAndWhatIsBeingComputed() async throws {
            let cache = RefreshingCache<String, Int>(lifetime: 30)
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            // A computation under way when the values are forgotten is not kept after.
            let slow = Task { try await cache.value(for: "org", now: now) { try await Task.sleep(for: .milliseconds(100)); return 1 } }
            try await Task.sleep(for: .milliseconds(20))
            await cache.forgetAll()
            #expect(try await slow.value.value == 1, "its callers still get it")
            #expect(try await cache.value(for: "org", now: now) { 2 }.value == 2)
            #expect(try await cache.value(for: "org", now: now) { 3 }.value == 2, "kept from then on")
            await cache.forgetAll()
            #expect(try await cache.value(for: "org", now: now) { 4 }.value == 4)
        }

        @Test func forgettingOneComputationLeavesAnyOther() async throws {
            let cache = RefreshingCache<String, Int>(lifetime: 30)
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            let first = try await cache.value(for: "org", now: now) { 1 }
            let serial = try #require(first.serial)
            _ = try await cache.value(for: "unit", now: now) { 10 }
            await cache.forget("org", serial: serial + 100)
            #expect(try await cache.value(for: "org", now: now) { 2 }.value == 1, "another computation's serial forgets nothing")
            await cache.forget("org", serial: serial)
            let second = try await cache.value(for: "org", now: now) { 3 }
            #expect(second.value == 3 && second.serial.map { $0 > serial } == true)
            #expect(try await cache.value(for: "unit", now: now) { 11 }.value == 10, "other keys are kept")
        }

        @Test func whatIsDerivedIsKeptPerComputationOfItsFigures() async throws {
            let kept = DerivedFromFigures<String, String>()
            let counter = Counter()
            func value(_ serial: Int?, key: String = "org") async throws -> String {
                try await kept.value(for: key, serial: serial) { "derived \(await counter.next())" }
            }
            #expect(try await value(1) == "derived 1")
            #expect(try await value(1) == "derived 1", "kept while the figures are the same")
            #expect(try await value(1, key: "unit") == "derived 2", "each key its own")
            #expect(try await value(2) == "derived 3", "derived again from new figures")
            #expect(try await value(1) == "derived 4", "a caller with older figures than those kept derives for itself")
            #expect(try await value(2) == "derived 3")
            #expect(try await value(nil) == "derived 5", "figures not kept are derived for each caller")
            #expect(try await value(nil) == "derived 6")
            // Twenty callers with new figures at once share one derivation.
            let many = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        try await kept.value(for: "org", serial: 3) {
                            try await Task.sleep(for: .milliseconds(50))
                            return "derived \(await counter.next())"
                        }
                    }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(many == ["derived 7"])
        }

        /// HR's dashboard is drawn once per refresh of its figures, inside a layout drawn for each
        /// request: another HR officer sees the same figures under their own name and CSRF token.
        @Test func theDrawnDashboardKeepsItsLayoutPerPerson() async throws {
            try await withStrideApp { app, _ in
                app.strideConfig.dashboardRefreshSeconds = 30
                app.figureCaches = FigureCaches(lifetime: 30)
                let org = try await Org.seed(app)
                try await RoleGrant(staffMemberID: org.chief.id!, role: .hrAdministrator, grantedByID: nil).create(on: app.db)
                let hana = try await Browser.signedIn(app, as: org.hr)
                let chief = try await Browser.signedIn(app, as: org.chief)
                let hanas = try await hana.get(.organisationDashboard).body.string
                let chiefs = try await chief.get(.organisationDashboard).body.string
                #expect(hanas.contains(">\(org.hr.name)</a>") && !hanas.contains(">\(org.chief.name)</a>"))
                #expect(chiefs.contains(">\(org.chief.name)</a>") && !chiefs.contains(">\(org.hr.name)</a>"))
                #expect(hanas.contains("Appraisals and skills across the organisation") && hanas.contains("<svg"))
                func content(_ page: String) -> Substring {
                    page[page.range(of: "<main")!.lowerBound..<page.range(of: "</main>")!.upperBound]
                }
                #expect(content(hanas) == content(chiefs))
                // The unit filter is part of what is drawn: a unit's dashboard is drawn on its own.
                let unit = try await chief.get(StridePath.organisationDashboard.href + "?unit=\(org.field.id!.uuidString)").body.string
                #expect(unit.contains("Appraisals and skills across \(org.field.name)"))
                // The API's answer is built once per refresh too, and per filter.
                let answer = try await hana.get("/api/v1/dashboards/organisation").body.string
                #expect(try await chief.get("/api/v1/dashboards/organisation").body.string == answer)
                let scoped = try ObjectiveAPITests.json(try await chief.get("/api/v1/dashboards/organisation?unit=\(org.field.id!.uuidString)").body.string)
                #expect(scoped["scope"] as? String == org.field.name && scoped["unitId"] as? String == org.field.id!.uuidString.lowercased())
            }
        }

        /// A unit added after the alignment tree was computed (here written directly, as another
        /// server would) opens at once rather than after the next refresh.
        @Test func aNewUnitsBranchOfTheAlignmentTreeOpensAtOnce() async throws {
            try await withStrideApp { app, _ in
                app.figureCaches = FigureCaches(lifetime: 30)
                let org = try await Org.seed(app)
                let hana = try await Browser.signedIn(app, as: org.hr)
                #expect(try await hana.get("/api/v1/alignment").status == .ok)
                let added = OrganisationalUnit(name: "Regional Desk", code: "RD", parentID: org.headOffice.id)
                try await added.create(on: app.db)
                #expect(try await hana.get(StridePath.alignment.href + "?unit=\(added.id!.uuidString)").body.string.contains("Regional Desk"))
                let another = OrganisationalUnit(name: "Liaison Desk", code: "LD", parentID: org.headOffice.id)
                try await another.create(on: app.db)
                let id = another.id!.uuidString.lowercased()
                let tree = try ObjectiveAPITests.json(try await hana.get("/api/v1/alignment?unit=\(id)").body.string)
                #expect(tree["unit"] as? String == id)
                #expect(try await hana.get("/api/v1/alignment?unit=\(UUID().uuidString)").status == .unprocessableEntity)
            }
        }

        /// The dashboards say when their figures were computed.
        @Test func theDashboardSaysWhenItsFiguresWereComputed() async throws {
            try await withStrideApp { app, clock in
                app.strideConfig.dashboardRefreshSeconds = 30
                app.figureCaches = FigureCaches(lifetime: 30)
                let org = try await Org.seed(app)
                let hana = try await Browser.signedIn(app, as: org.hr)
                let page = try await hana.get(.organisationDashboard).body.string
                #expect(page.contains("Figures as of \(DisplayDate.instant(clock.now())), computed again every 30 seconds."))
                let api = try ObjectiveAPITests.json(try await hana.get("/api/v1/dashboards/organisation").body.string)
                #expect(api["asOf"] as? String == ISO8601DateFormatter().string(from: clock.now()))
                #expect(api["probationTotal"] as? Int != nil)
                let mona = try await Browser.signedIn(app, as: org.manager)
                #expect(try await mona.get(.teamDashboard).body.string.contains("Figures as of \(DisplayDate.instant(clock.now()))"))
                // HR's own change to the outcomes is in the tree they are sent back to.
                #expect(try await hana.get(.alignment).body.string.contains("Figures as of"))
                #expect(try await hana.post(.newOrganisationalOutcome, ["title": "Policy influence", "periodStart": "2026-01-01",
                                                                        "periodEnd": "2028-01-01", "owner": "C1"]).status == .seeOther)
                #expect(try await hana.get(.alignment).body.string.contains("Policy influence"))
                let tree = try ObjectiveAPITests.json(try await hana.get("/api/v1/alignment").body.string)
                #expect(tree["asOf"] as? String == ISO8601DateFormatter().string(from: clock.now()))
            }
        }
    }
}
