import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct BadInputTests {
        /// A path segment longer than any file name is "not found", not a failed file lookup.
        @Test func anOverlongPathIsNotFound() async throws {
            try await withStrideApp { app, _ in
                let long = String(repeating: "a", count: 300)
                for path in ["/\(long)", "/css/\(long).css", "/staff/\(long)"] {
                    let response = try await Browser(app).get(path)
                    #expect(response.status == .notFound || response.status == .seeOther, "\(path): \(response.status)")
                    #expect(response.status.code < 500)
                }
                let signedOut = try await Browser(app).get("/\(long)")
                #expect(signedOut.status == .notFound)
            }
        }

        /// The request log shows a path as it came, with anything unprintable escaped.
        @Test func loggedPathsCannotForgeLines() {
            #expect(RequestLogMiddleware.printable("/staff%0Afake") == "/staff%0Afake")
            #expect(RequestLogMiddleware.printable("/a\nINFO forged\u{0}") == "/a\\x0AINFO forged\\x00")
            #expect(RequestLogMiddleware.printable("/back\\slash") == "/back\\x5Cslash")
        }

        /// `*/*` asks for nothing in particular: a browser-like page, not JSON.
        @Test func anyMediaTypeGetsPagesAndJSONIsForThoseWhoAskFirst() async throws {
            try await withStrideApp { app, _ in
                let any = try await Browser(app).get(.staff, accept: "*/*")
                #expect(any.status == .seeOther)
                #expect(any.location?.hasPrefix("/login") == true)
                let json = try await Browser(app).get(.staff, accept: "application/json")
                #expect(json.status == .unauthorized)
                #expect(json.headers.contentType == Problem.mediaType)
                let preferringHTML = try await Browser(app).get(.staff, accept: "text/html, application/json")
                #expect(preferringHTML.status == .seeOther)
            }
        }

        /// A NUL or escape in a form is refused with a message on the field, and nothing is written.
        @Test func controlCharactersInAFormAreRefused() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editStaff(org.junior.id!))
                let response = try await hr.post(.editStaff(org.junior.id!), [
                    "name": "Jo\u{0}Junior", "email": org.junior.email, "staffNumber": "J1", "grade": "P3",
                    "jobTitle": "Officer\u{1B}[2J", "entryOnDuty": "2024-01-15", "contractType": "probation", "status": "active",
                    "unit": org.policy.id!.uuidString, "supervisor": "R1",
                ])
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("Name must not contain control characters"))
                #expect(response.body.string.contains("Job title must not contain control characters"))
                let stored = try #require(try await StaffMember.find(org.junior.id!, on: app.db))
                #expect(stored.name == "Jo Junior")
                #expect(stored.jobTitle == "Officer")
            }
        }

        /// The framework API refuses a document with a NUL or an absurdly long name.
        @Test func frameworkJSONFollowsTheTextRule() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                var framework = DemoFramework.make(importedAt: testNow)
                framework.name = String(repeating: "N", count: 100_000)
                framework.publisher = "Pub\u{0}lisher"
                let response = try await hr.postBody("/api/v1/frameworks", try FrameworkJSON.encodeString(framework),
                                                     contentType: "application/json")
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("the framework name must be 200 characters or fewer"))
                #expect(try await FrameworkRecord.query(on: app.db).count() == 0)
            }
        }
    }
}

extension ServerTests {
    @Suite struct HealthTests {
        /// Load balancers' probes: plain text, no sign-in, no session left behind.
        @Test func healthAndReadinessAnswerPlainly() async throws {
            try await withStrideApp { app, _ in
                let probe = Browser(app)
                let health = try await probe.get(.healthz)
                #expect(health.status == .ok)
                #expect(health.body.string == "ok\n")
                #expect(health.headers.contentType == .plainText)
                let ready = try await probe.get(.readyz)
                #expect(ready.status == .ok)
                #expect(ready.body.string == "ready\n")
                #expect(probe.cookies.isEmpty)
                #expect(try await WebSession.query(on: app.db).count() == 0)
            }
        }
    }
}
