import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct SessionTests {
        @Test func sessionsAreStoredUnderAHashOfTheCookie() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let browser = try await Browser.signedIn(app, as: org.report)
                let cookie = try #require(browser.sessionCookie)
                let rows = try await WebSession.query(on: app.db).filter(\.$staffMemberID == org.report.id).all()
                #expect(rows.count == 1)
                #expect(rows.first?.id != cookie)
                #expect(rows.first?.id == WebSessionStore.hash(SessionID(string: cookie)))
            }
        }

        @Test func changingAPasswordEndsTheOtherSessionsOnly() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let laptop = try await Browser.signedIn(app, as: org.report)
                let phone = try await Browser.signedIn(app, as: org.report)
                try await laptop.get(.changePassword)
                let changed = try await laptop.post(.changePassword, ["currentPassword": Org.password,
                                                                        "newPassword": "a brand new pass phrase",
                                                                        "confirmPassword": "a brand new pass phrase"])
                #expect(changed.status == .seeOther)
                #expect(try await laptop.get(.home).status == .ok)
                #expect(try await phone.get(.home).location?.hasPrefix("/login") == true)
            }
        }

        @Test func aNewOneTimePasswordEndsThePersonsSessions() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let report = try await Browser.signedIn(app, as: org.report)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.staffMember(org.report.id!))
                #expect(try await hr.post(.oneTimePassword(org.report.id!)).status == .seeOther)
                #expect(try await report.get(.home).location?.hasPrefix("/login") == true)
                #expect(try await hr.get(.home).status == .ok)
            }
        }

        @Test func expiredSessionsStopWorkingAndArePurged() async throws {
            try await withStrideApp { app, clock in
                let org = try await Org.seed(app)
                let browser = try await Browser.signedIn(app, as: org.report)
                clock.advance(by: 9 * 3600)
                _ = try await Browser.signedIn(app, as: org.manager)   // a new session purges expired ones
                #expect(try await WebSession.query(on: app.db).filter(\.$staffMemberID == org.report.id).count() == 0)
                #expect(try await browser.get(.home).location?.hasPrefix("/login") == true)
            }
        }

        /// The sign-in form works without a stored session: its token is a cookie of its own,
        /// so visitors (and load balancers' probes of /login) leave no rows behind.
        @Test func showingTheSignInFormStoresNoSession() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let visitor = Browser(app)
                for _ in 0..<3 { try await visitor.get(.login) }
                #expect(try await WebSession.query(on: app.db).count() == 0)
                #expect(visitor.sessionCookie == nil)
                #expect(visitor.cookies[CSRFMiddleware.cookie] != nil)
                // Without the cookie, the same form token is refused: it came from elsewhere.
                let forger = Browser(app)
                forger.csrf = visitor.csrf
                let forged = try await forger.post(.login, ["email": org.report.email, "password": Org.password])
                #expect(forged.status == .forbidden)
                #expect(forged.body.string.contains("This form has expired"))
                // With it, signing in works and starts the only session.
                #expect(try await visitor.post(.login, ["email": org.report.email, "password": Org.password]).status == .seeOther)
                #expect(try await WebSession.query(on: app.db).count() == 1)
            }
        }

        /// Activity is noted at most once a minute: requests in between leave the row alone.
        @Test func sessionsAreTouchedAtMostOnceAMinute() async throws {
            try await withStrideApp { app, clock in
                let org = try await Org.seed(app)
                let browser = try await Browser.signedIn(app, as: org.report)
                func expiry() async throws -> Date? {
                    try await WebSession.query(on: app.db).filter(\.$staffMemberID == org.report.id).first()?.expiresAt
                }
                let first = try #require(try await expiry())
                clock.advance(by: 30)
                #expect(try await browser.get(.home).status == .ok)
                #expect(try await expiry() == first)
                clock.advance(by: 31)
                #expect(try await browser.get(.home).status == .ok)
                let moved = try #require(try await expiry())
                #expect(moved.timeIntervalSince(first) >= 60)
            }
        }

        @Test func noSessionOutlivesAWeek() async throws {
            try await withStrideApp { app, clock in
                let org = try await Org.seed(app)
                let browser = try await Browser.signedIn(app, as: org.report)
                // A request every seven hours keeps a session alive (the idle limit is eight)...
                for _ in 0..<23 {
                    clock.advance(by: 7 * 3600)
                    #expect(try await browser.get(.home).status == .ok)
                }
                clock.advance(by: 7 * 3600)   // 168 hours after sign-in
                // ...but not past a week after sign-in.
                #expect(try await browser.get(.home).location?.hasPrefix("/login") == true)
            }
        }
    }
}
