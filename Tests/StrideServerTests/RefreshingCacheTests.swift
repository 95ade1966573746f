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
