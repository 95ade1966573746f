import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct AccountAdminTests {
        static func oneTimePassword(in html: String) -> String? {
            guard let range = html.range(of: "id=\"one-time-password\">") else { return nil }
            return String(html[range.upperBound...].prefix(19))
        }

        @Test func oneTimePasswordIsShownOnceAndMustBeReplacedAtFirstSignIn() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.staffMember(org.other.id!))
                let issued = try await hr.post(.oneTimePassword(org.other.id!))
                #expect(issued.status == .seeOther)
                // Only the person it was issued to: another profile's page does not show it.
                #expect(try await hr.get(.oneTimePassword(org.junior.id!)).body.string.contains("already been shown"))
                // Until it is shown it waits sealed: neither the session rows nor the audit trail hold it.
                let sessions = try await WebSession.query(on: app.db).all().map(\.data).joined()
                let shown = try await hr.get(issued.location!)
                let password = try #require(Self.oneTimePassword(in: shown.body.string))
                #expect(!sessions.contains(password))
                #expect(!(try await AuditEvent.query(on: app.db).all().map(\.summary).joined().contains(password)))
                #expect(try await hr.get(issued.location!).body.string.contains("already been shown"))
                // The old password no longer works; the one-time one does, but only to choose a new one.
                #expect(try await Browser(app).signIn(email: org.other.email, password: Org.password).status == .unauthorized)
                let other = Browser(app)
                let first = try await other.signIn(email: org.other.email, password: password)
                #expect(first.location == "/account/password")
                #expect(try await other.get(.staff).location == "/account/password")
                try await other.get(.changePassword)
                let wrong = try await other.post(.changePassword, ["currentPassword": "not it", "newPassword": "my own pass phrase",
                                                                      "confirmPassword": "my own pass phrase"])
                #expect(wrong.status == .unprocessableEntity)
                #expect(wrong.body.string.contains("The current password is not correct"))
                let weak = try await other.post(.changePassword, ["currentPassword": password, "newPassword": "short", "confirmPassword": "short"])
                #expect(weak.status == .unprocessableEntity)
                #expect(weak.body.string.contains("Password must be 12 characters or more"))
                let changed = try await other.post(.changePassword, ["currentPassword": password, "newPassword": "my own pass phrase",
                                                                        "confirmPassword": "my own pass phrase"])
                #expect(changed.status == .seeOther)
                #expect(try await other.get(.staff).status == .ok)
                #expect(try await Browser(app).signIn(email: org.other.email, password: "my own pass phrase").status == .seeOther)
                let audit = try await AuditEvent.query(on: app.db).filter(\.$entityID == org.other.id).all().map(\.action.rawValue)
                #expect(audit.sorted() == ["change_password", "issue_one_time_password"])
            }
        }

        @Test func batchOfOneTimePasswordsComesAsCSVForThoseWithoutAPassword() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                // Two people have no account yet.
                try await Account.query(on: app.db).filter(\.$staffMember.$id ~~ [org.junior.id!, org.other.id!]).delete()
                let hr = try await Browser.signedIn(app, as: org.hr)
                let accounts = try await hr.get(.accounts)
                #expect(accounts.body.string.contains("Active staff without a password"))
                let response = try await hr.post(.oneTimePasswordBatch, ["unit": "", "scope": "new"])
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "csv")
                let rows = try CSV.parse(response.body.string)
                #expect(rows.first?.fields == ["staff_id", "name", "email", "one_time_password"])
                #expect(rows.dropFirst().map { $0.fields[0] } == ["J1", "O1"])
                let password = rows[1].fields[3]
                #expect(try await Browser(app).signIn(email: org.junior.email, password: password).location == "/account/password")
                let unit = try await hr.post(.oneTimePasswordBatch, ["unit": "not-a-unit"])
                #expect(unit.status == .badRequest)
                // Replacing everyone's passwords is asked for on a page of its own first.
                let ask = try await hr.post(.oneTimePasswordBatch, ["unit": "", "scope": "all"])
                #expect(ask.status == .ok)
                #expect(ask.body.string.contains("Replace 6 people&#39;s passwords?") || ask.body.string.contains("Replace 6 people's passwords?"))
                let all = try await hr.post(.oneTimePasswordBatch, ["unit": "", "scope": "all", "confirmed": "yes"])
                #expect(try CSV.parse(all.body.string).count == 7)   // header + everyone but the HR administrator asking
            }
        }

        @Test func hrGrantsRolesThatTakeEffectAtOnce() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let other = try await Browser.signedIn(app, as: org.other)
                #expect(try await other.get(.accounts).status == .forbidden)
                try await hr.get(.staffMember(org.other.id!))
                let granted = try await hr.post(.roles(org.other.id!), list: [("roles[]", "hr_administrator"), ("roles[]", "reports_board_member")])
                #expect(granted.status == .seeOther)
                #expect(try await other.get(.accounts).status == .ok)
                let bogus = try await hr.post(.roles(org.other.id!), list: [("roles[]", "manager")])
                #expect(bogus.status == .badRequest)
                let revoked = try await hr.post(.roles(org.other.id!), list: [])
                #expect(revoked.status == .seeOther)
                #expect(try await other.get(.accounts).status == .forbidden)
                #expect(try await hr.post(.roles(org.hr.id!), list: []).status == .conflict)
            }
        }
    }
}
