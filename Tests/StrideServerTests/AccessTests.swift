import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct AccessTests {
        @Test func staffRecordsFollowTheAccessRules() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                // viewer -> (subject, expected status)
                let cases: [(StaffMember, StaffMember, HTTPStatus)] = [
                    (org.report, org.report, .ok),        // own record
                    (org.report, org.junior, .ok),        // direct report
                    (org.report, org.manager, .forbidden),// own manager
                    (org.report, org.other, .forbidden),  // a stranger
                    (org.manager, org.junior, .ok),       // indirect report
                    (org.chief, org.junior, .ok),         // an indirect report
                    (org.chief, org.peer, .ok),           // only through the unit below the one the chief heads
                    (org.manager, org.peer, .forbidden),  // same unit, but not a report
                    (org.chief, org.other, .forbidden),   // another unit
                    (org.other, org.chief, .forbidden),
                    (org.hr, org.other, .ok),             // HR sees everything
                ]
                for (viewer, subject, expected) in cases {
                    let browser = try await Browser.signedIn(app, as: viewer)
                    let response = try await browser.get(.staffMember(subject.id!))
                    #expect(response.status == expected, "\(viewer.name) viewing \(subject.name)")
                    if expected == .forbidden {
                        #expect(!response.body.string.contains(subject.email), "a 403 page must not leak the record")
                    }
                }
            }
        }

        @Test func onlyHRAdministratorsReachAdministration() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let chief = try await Browser.signedIn(app, as: org.chief)
                for path in ["/staff/new", "/units/new", "/workgroups/new", "/admin/accounts", "/admin/import-staff",
                             "/staff/\(org.junior.id!)/edit", "/units/\(org.policy.id!)/edit"] {
                    #expect(try await chief.get(path).status == .forbidden, "GET \(path)")
                }
                let posts: [(String, [String: String])] = [
                    ("/units/new", ["name": "Rogue", "code": "ROGUE"]),
                    ("/staff/\(org.junior.id!)/one-time-password", [:]),
                    ("/staff/\(org.junior.id!)/roles", ["roles[]": "hr_administrator"]),
                    ("/admin/accounts/one-time-passwords", [:]),
                ]
                for (path, form) in posts {
                    #expect(try await chief.post(path, form).status == .forbidden, "POST \(path)")
                }
                #expect(try await OrganisationalUnit.query(on: app.db).filter(\.$code == "ROGUE").count() == 0)
                #expect(try await RoleGrant.query(on: app.db).count() == 1)
                let json = try await chief.get(.accounts, accept: "application/json")
                #expect(json.status == .forbidden)
                #expect(json.headers.contentType == Problem.mediaType)
            }
        }

        @Test func unknownRecordsAreNotFound() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                #expect(try await hr.get(.staffMember(UUID())).status == .notFound)
                #expect(try await hr.get("/staff/not-a-uuid").status == .notFound)
                #expect(try await hr.get(.unit(UUID())).status == .notFound)
                #expect(try await hr.get(.workgroup(UUID())).status == .notFound)
            }
        }

        @Test func directoriesShowProfileLinksOnlyWhereTheViewerMayOpenThem() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let report = try await Browser.signedIn(app, as: org.report)
                let unitPage = try await report.get(.unit(org.policy.id!))
                #expect(unitPage.status == .ok)
                #expect(unitPage.body.string.contains("href=\"/staff/\(org.junior.id!.uuidString.lowercased())\""))
                #expect(unitPage.body.string.contains("Mona Manager"))
                #expect(!unitPage.body.string.contains("href=\"/staff/\(org.manager.id!.uuidString.lowercased())\""))
                // Only HR is offered adding and importing staff.
                #expect(!(try await report.get(.staff).body.string.contains("href=\"/staff/new\"")))
                let hrDirectory = try await Browser.signedIn(app, as: org.hr).get(.staff).body.string
                #expect(hrDirectory.contains("href=\"/staff/new\">Add a staff member</a>"))
                #expect(hrDirectory.contains("href=\"/admin/import-staff\">Import staff from CSV</a>"))
            }
        }
    }
}
