import Foundation
import StrideCore
import Testing

/// Personal access tokens: their settings as asked for, the secret's shape, when one works, what
/// a read token may do, and who makes and revokes which.
@Suite struct APITokenTests {
    static let today = CalendarDate(iso: "2026-03-01")!

    @Test func aTokenHasANameAScopeAndExpiresWithinAYear() throws {
        let plain = try #require(APITokenInput(name: " Payroll sync ", scope: "read").validate(today: Self.today).value)
        #expect(plain.name == "Payroll sync" && plain.scope == .read && plain.expiresOn == CalendarDate(iso: "2026-05-30"))
        let instant = try #require(APITokenInput(name: "x", scope: "read-write", expiresAt: "2026-06-01T00:00:00Z").validate(today: Self.today).value)
        #expect(instant.scope == .readWrite && instant.expiresOn == CalendarDate(iso: "2026-06-01"))
        #expect(APITokenInput().validate(today: Self.today).errors.map(\.field) == ["name", "scope"])
        for (raw, message) in [("2026-03-01", "The token must expire after today"), ("2027-03-03", "A token lasts at most a year: choose 2027-03-02 or earlier"),
                               ("soon", "Give the expiry as a date, like 2026-03-31")] {
            #expect(APITokenInput(name: "x", scope: "read", expiresAt: raw).validate(today: Self.today).errors.map(\.message) == [message])
        }
    }

    @Test func theSecretHasAShapeOnlyItsOwnBearerHeaderMatches() {
        let secret = APITokenSecret.make(Array(repeating: 0xFB, count: 32))
        #expect(secret.hasPrefix("stride_pat_") && secret.count == 11 + 43 && !secret.contains("+") && !secret.contains("/"))
        #expect(APITokenSecret.bearer("Bearer \(secret)") == secret && APITokenSecret.bearer("bearer  \(secret)") == secret)
        #expect(APITokenSecret.bearer("Basic \(secret)") == nil && APITokenSecret.bearer("Bearer stride_pat_short") == nil)
        #expect(APITokenSecret.bearer("Bearer " + secret.dropLast() + "!") == nil && APITokenSecret.bearer(nil) == nil)
        #expect(APITokenSecret.shown(secret) == String(secret.prefix(17)) + "…")
    }

    @Test func aTokenWorksUntilItExpiresOrIsRevokedAndAReadTokenOnlyReads() {
        let expires = Date(timeIntervalSince1970: 1_000)
        #expect(APITokenState(expiresAt: expires, revokedAt: nil).isUsable(at: Date(timeIntervalSince1970: 999)))
        #expect(!APITokenState(expiresAt: expires, revokedAt: nil).isUsable(at: expires))
        #expect(!APITokenState(expiresAt: expires, revokedAt: Date(timeIntervalSince1970: 10)).isUsable(at: Date(timeIntervalSince1970: 20)))
        #expect(TokenScope.read.allows(method: "get") && !TokenScope.read.allows(method: "POST") && !TokenScope.read.allows(method: "DELETE"))
        #expect(TokenScope.readWrite.allows(method: "PUT"))
    }

    @Test func peopleKeepTheirOwnTokensAndOnlyHRMakesServiceTokens() {
        let me = UUID(), other = UUID()
        let person = Viewer(staffID: me, roles: []), hr = Viewer(staffID: other, roles: [.hrAdministrator])
        #expect(APITokenPolicy.decide(person, .create, .init(ownerID: me, kind: .personal)) == .allowed)
        #expect(APITokenPolicy.decide(person, .create, .init(ownerID: other, kind: .personal)) == .forbidden)
        #expect(APITokenPolicy.decide(person, .create, .init(ownerID: me, kind: .service)) == .forbidden)
        #expect(APITokenPolicy.decide(hr, .create, .init(ownerID: other, kind: .service)) == .allowed)
        #expect(APITokenPolicy.decide(hr, .create, .init(ownerID: me, kind: .service)) == .forbidden, "a service token acts as its maker")
        #expect(APITokenPolicy.decide(person, .revoke, .init(ownerID: me, kind: .personal)) == .allowed)
        #expect(APITokenPolicy.decide(person, .revoke, .init(ownerID: other, kind: .personal)) == .forbidden)
        #expect(APITokenPolicy.decide(hr, .revoke, .init(ownerID: me, kind: .personal)) == .allowed)
        #expect(APITokenPolicy.decide(person, .revoke, .init(ownerID: me, kind: .service)) == .forbidden)
    }
}
