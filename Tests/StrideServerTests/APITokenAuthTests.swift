import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// API tokens: a bearer token acts as its person on `/api/v1` only, needs no form token, is
    /// refused once revoked or expired, and a read token only reads; only the hash is stored.
    @Suite struct APITokenAuthTests {
        /// The sign-in reads the unit tree's fingerprint with the person: a unit moved under a
        /// chief widens what they see on their very next request, by session and by token alike.
        @Test func aChiefSeesAUnitMovedUnderThemOnTheNextRequest() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let chris = try await Browser.signedIn(app, as: org.chief)
                let token = try await APITokenService.create(.init(name: "Sync", scope: "read"), kind: .personal,
                                                             in: app.serviceContext(actor: org.chief.id)).get()
                let client = Browser(app)
                client.bearer = token.secret
                let olu = "/api/v1/staff/\(org.other.id!.uuidString)"
                #expect(try await chris.get(.staffMember(org.other.id!)).status == .forbidden)
                #expect(try await client.get(olu).status == .forbidden)
                // The Field Office (Olu's) moves under Head Office, which Chris heads.
                let field = org.field
                field.$parent.id = org.headOffice.id
                field.recordVersion += 1
                try await field.save(on: app.db)
                #expect(try await chris.get(.staffMember(org.other.id!)).status == .ok)
                #expect(try await client.get(olu).status == .ok)
                #expect(APITokenService.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
            }
        }

        @Test func aTokenActsAsItsPersonWithinItsScopeUntilRevokedOrExpired() async throws {
            try await withStrideApp { app, clock in
                let org = try await Org.seed(app)
                func make(_ staff: StaffMember, _ scope: String, _ kind: TokenKind = .personal) async throws -> APITokenService.Created {
                    try await APITokenService.create(.init(name: "Sync", scope: scope), kind: kind, in: app.serviceContext(actor: staff.id)).get()
                }
                let reader = try await make(org.other, "read"), writer = try await make(org.other, "read-write")
                let client = Browser(app)
                client.bearer = reader.secret
                let listed = try await client.get("/api/v1/forms")
                #expect(listed.status == .ok)
                // A read token may not write.
                let refused = try await client.postBody("/api/v1/recognition", "{\"colleague\": \"R1\", \"text\": \"Thanks\"}", contentType: "application/json")
                #expect(refused.status == .forbidden && refused.body.string.contains("This token may only read"))
                // A read-write token writes with no form token, as Olu.
                client.bearer = writer.secret
                let given = try await client.postBody("/api/v1/recognition", "{\"colleague\": \"R1\", \"text\": \"Thanks\"}", contentType: "application/json",
                                                      csrf: false)
                #expect(given.status == .created && given.body.string.contains("\"giverName\" : \"Olu Other\""))
                // Olu's token has Olu's rights, no more.
                #expect(try await client.get("/api/v1/dashboards/organisation").status == .forbidden)
                // Tokens are for the API: a page is not signed in by one.
                #expect(try await client.get("/appraisal").status == .seeOther)
                // Only the hash is kept; its use is noted.
                let stored = try #require(try await APIToken.find(writer.token.id, on: app.db))
                #expect(stored.tokenHash == APITokenService.hash(writer.secret) && stored.tokenHash != writer.secret && stored.lastUsedAt != nil)
                // Revoked, then expired: 401 as problem+json.
                try await APITokenService.revoke(stored, in: app.serviceContext(actor: org.other.id))
                let revoked = try await client.get("/api/v1/forms")
                #expect(revoked.status == .unauthorized && revoked.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                client.bearer = reader.secret
                clock.advance(by: 91 * 86_400)
                #expect(try await client.get("/api/v1/forms").status == .unauthorized)
                client.bearer = "stride_pat_" + String(repeating: "a", count: 43)
                #expect(try await client.get("/api/v1/forms").status == .unauthorized)
                // A service token acts as HR, and stops when its maker is no longer HR.
                let service = try await make(org.hr, "read", .service)
                client.bearer = service.secret
                #expect(try await client.get("/api/v1/dashboards/organisation").status == .ok)
                try await RoleGrant.query(on: app.db).filter(\.$staffMember.$id == org.hr.id!).delete()
                #expect(try await client.get("/api/v1/forms").status == .unauthorized)
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .apiToken).count() == 4)
            }
        }
    }
}

extension ServerTests.APITokenAuthTests {
    @Test func peopleMakeListAndRevokeTokensOnTheirPageAndThroughTheAPI() async throws {
        try await withStrideApp { app, _ in
            let org = try await Org.seed(app)
            let olu = try await Browser.signedIn(app, as: org.other), hana = try await Browser.signedIn(app, as: org.hr)
            let bad = try await olu.post(.apiTokens, ["name": "", "scope": "write", "expiresAt": "2027-12-31"])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Choose read or read-write")
                    && bad.body.string.contains("A token lasts at most a year"))
            #expect(try await olu.post(.apiTokens, ["name": "Sync", "scope": "read-write", "kind": "service"]).status == .forbidden)
            let made = try await olu.post(.apiTokens, ["name": "Sync", "scope": "read-write"])
            #expect(made.status == .created && made.headers.first(name: .cacheControl) == "no-store")
            let secret = try #require(made.body.string.range(of: "stride_pat_[A-Za-z0-9_-]{43}", options: .regularExpression).map { String(made.body.string[$0]) })
            #expect(!(try await olu.get(.apiTokens).body.string.contains(secret)), "shown once")
            // The token drives the API: it makes another, lists both, revokes the second.
            let client = Browser(app)
            client.bearer = secret
            let created = try await client.postBody("/api/v1/tokens", "{\"name\": \"Nightly\", \"scope\": \"read\"}", contentType: "application/json", csrf: false)
            #expect(created.status == .created && created.body.string.contains("\"token\" : \"stride_pat_"))
            let id = try #require((try JSONSerialization.jsonObject(with: Data(created.body.string.utf8)) as? [String: Any])?["id"] as? String)
            let list = try await client.get("/api/v1/tokens").body.string
            #expect(list.contains("\"name\" : \"Nightly\"") && list.contains("\"lastUsedAt\" : null") && !list.contains(secret))
            // HR makes a service token; Olu may not revoke it, HR may revoke Olu's.
            #expect(try await hana.post(.apiTokens, ["name": "HR feed", "scope": "read", "kind": "service"]).status == .created)
            let service = try #require(try await APIToken.query(on: app.db).filter(\.$kind == .service).first())
            #expect(try await olu.post(.revokeAPIToken(service.id!)).status == .forbidden)
            #expect(try await client.sendBody(.DELETE, "/api/v1/tokens/\(service.id!.uuidString)", "", csrf: false).status == .forbidden)
            #expect(try await client.sendBody(.DELETE, "/api/v1/tokens/\(id)", "", csrf: false).status == .noContent)
            let mine = try #require(try await APIToken.query(on: app.db).filter(\.$name == "Sync").first())
            #expect(try await hana.post(.revokeAPIToken(mine.id!)).status == .seeOther)
            #expect(try await client.get("/api/v1/tokens").status == .unauthorized)
        }
    }
}
