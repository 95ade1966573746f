import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct SignInTests {
        @Test func loginPageCarriesSecurityHeadersAndAFormToken() async throws {
            try await withStrideApp { app, _ in
                // MUT
                let response = try await Browser(app).get(.login)
                // validate
                #expect(response.status == .ok)
                #expect(response.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                // The form's token is also set as a cookie of its own, so no session is needed.
                #expect(response.headers.setCookie?["stride_session"] == nil)
                let cookie = try #require(response.headers.setCookie?[CSRFMiddleware.cookie])
                #expect(cookie.isHTTPOnly)
                #expect(cookie.sameSite == .strict)
                #expect(Browser.csrfToken(in: response.body.string) == cookie.string)
            }
        }

        @Test func signsInAndOut() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let browser = Browser(app)
                let response = try await browser.signIn(email: "  RAJ.REPORT@example.org ", password: Org.password)
                #expect(response.status == .seeOther)
                let session = try #require(response.headers.setCookie?["stride_session"])
                #expect(session.isHTTPOnly)
                #expect(session.sameSite == .lax)
                #expect(response.location == "/")
                let home = try await browser.get(.home)
                #expect(home.status == .ok)
                #expect(home.body.string.contains("Raj Report"))
                #expect(home.body.string.contains("Jo Junior"))      // a direct report
                #expect(home.body.string.contains("Mona Manager"))   // the manager
                _ = org
                #expect(try await browser.post(.logout).status == .seeOther)
                #expect(try await browser.get(.home).location?.hasPrefix("/login") == true)
            }
        }

        @Test func rejectsAWrongPasswordWithoutSayingWhichPartWasWrong() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let browser = Browser(app)
                let wrong = try await browser.signIn(email: org.report.email, password: "not the password")
                let unknown = try await browser.signIn(email: "nobody@example.org", password: "not the password")
                for response in [wrong, unknown] {
                    #expect(response.status == .unauthorized)
                    #expect(response.body.string.contains("Enter a correct email address and password"))
                    #expect(response.body.string.contains("There is a problem"))
                }
                let empty = try await browser.post(.login, ["email": "", "password": ""])
                #expect(empty.status == .unprocessableEntity)
                #expect(empty.body.string.contains("Enter an email address"))
                #expect(empty.body.string.contains("Enter your password"))
            }
        }

        @Test func throttlesRepeatedFailuresPerAccount() async throws {
            try await withStrideApp { app, clock in
                let org = try await Org.seed(app)
                let browser = Browser(app)
                for _ in 0..<5 { try await browser.signIn(email: org.report.email, password: "guess guess guess") }
                // Even the right password is refused while the account is locked.
                let locked = try await browser.signIn(email: org.report.email, password: Org.password)
                #expect(locked.status == .tooManyRequests)
                #expect(locked.body.string.contains("Too many failed attempts"))
                // Another account from the same address is not locked by five failures.
                #expect(try await browser.signIn(email: org.manager.email, password: Org.password).status == .seeOther)
                clock.advance(by: 16 * 60)
                #expect(try await Browser(app).signIn(email: org.report.email, password: Org.password).status == .seeOther)
            }
        }

        @Test func refusesFormsWithoutTheSessionToken() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let browser = Browser(app)
                try await browser.get(.login)
                let response = try await browser.post(.login, ["email": org.report.email, "password": Org.password], csrf: false)
                #expect(response.status == .forbidden)
                browser.csrf = "forged"
                #expect(try await browser.post(.login, ["email": org.report.email, "password": Org.password]).status == .forbidden)
            }
        }

        @Test func disabledAndSeparatedStaffCannotSignInAndLoseTheirSession() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let report = try await Browser.signedIn(app, as: org.report)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let ask = try await hr.get(.accountStatus(org.report.id!))
                #expect(ask.body.string.contains("Disable Raj Report&#39;s account?") || ask.body.string.contains("Disable Raj Report's account?"))
                #expect(try await report.get(.accountStatus(org.report.id!)).status == .forbidden)
                #expect(try await hr.post(.accountStatus(org.report.id!), ["disabled": "true"]).status == .seeOther)
                // The open session ends on its next request.
                #expect(try await report.get(.home).location?.hasPrefix("/login") == true)
                #expect(try await Browser(app).signIn(email: org.report.email, password: Org.password).status == .unauthorized)

                org.other.status = .separated
                try await org.other.save(on: app.db)
                #expect(try await Browser(app).signIn(email: org.other.email, password: Org.password).status == .unauthorized)
                // HR cannot lock themselves out.
                #expect(try await hr.post(.accountStatus(org.hr.id!), ["disabled": "true"]).status == .conflict)
            }
        }

        @Test func sendsVisitorsToSignInAndBackButOnlyWithinStride() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let browser = Browser(app)
                let redirect = try await browser.get("/staff?q=raj")
                #expect(redirect.status == .seeOther)
                #expect(redirect.location == "/login?next=/staff%3Fq%3Draj")
                let login = try await browser.get(redirect.location!)
                #expect(login.body.string.contains("name=\"next\" value=\"/staff?q=raj\""))
                let back = try await browser.post(.login, ["email": org.hr.email, "password": Org.password, "next": "/staff?q=raj"])
                #expect(back.location == "/staff?q=raj")
                let outsider = Browser(app)
                try await outsider.get(.login)
                let away = try await outsider.post(.login, ["email": org.hr.email, "password": Org.password, "next": "//evil.example/"])
                #expect(away.location == "/")
                for next in ["/\t/evil.example", "/\\evil.example", "https://evil.example", "/\u{0}x"] {
                    #expect(SessionController.safeNext(next) == nil, "\(next)")
                }
                #expect(SessionController.safeNext("/staff?q=a%20b") == "/staff?q=a%20b")
                let json = try await Browser(app).get(.staff, accept: "application/json")
                #expect(json.status == .unauthorized)
                #expect(json.headers.contentType == Problem.mediaType)
                #expect(json.body.string.contains("\"detail\":\"Sign in to continue.\""))
            }
        }

        @Test func malformedPathsGetAnErrorWithSecurityHeadersNotACrash() async throws {
            try await withStrideApp { app, _ in
                for path in ["/%ff", "/..%2f..%2fetc/passwd", "/staff?page=999999999999999999"] {
                    let response = try await Browser(app).get(path)
                    #expect(response.status != .internalServerError, "\(path)")
                    #expect(response.headers.first(name: "X-Frame-Options") == "DENY", "\(path)")
                }
                let missing = try await Browser(app).get("/no-such-page")
                #expect(missing.status == .notFound)
                #expect(missing.headers.first(name: "Content-Security-Policy") != nil)
            }
        }

        @Test func endsIdleSessions() async throws {
            try await withStrideApp { app, clock in
                let org = try await Org.seed(app)
                let browser = try await Browser.signedIn(app, as: org.report)
                clock.advance(by: 7 * 3600)
                #expect(try await browser.get(.home).status == .ok)
                clock.advance(by: 8 * 3600 + 1)
                #expect(try await browser.get(.home).location?.hasPrefix("/login") == true)
            }
        }
    }
}
