import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// Every API list pages by cursor, stably while others add to it; errors everywhere under
    /// `/api/v1` are problem+json, unknown addresses and too many requests included.
    @Suite struct APIPagingTests {
        /// Walks a list page by page, calling `between` after each page; answers the ids seen.
        static func walk(_ client: Browser, _ path: String, items: String, limit: Int,
                         between: (Int) async throws -> Void = { _ in }) async throws -> [String] {
            var seen: [String] = [], cursor: String?, page = 0
            repeat {
                let separator = path.contains("?") ? "&" : "?"
                let response = try await client.get(path + separator + "limit=\(limit)" + (cursor.map { "&cursor=\($0)" } ?? ""))
                try #require(response.status == .ok, "\(path): \(response.body.string)")
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
                let list = try #require(body[items] as? [[String: Any]])
                #expect(list.count <= limit)
                seen += list.compactMap { $0["id"] as? String }
                cursor = body["next"] as? String
                page += 1
                try await between(page)
            } while cursor != nil && page < 50
            return seen
        }

        static func person(_ number: String, id: UUID? = nil, on app: Application) async throws {
            let details = StaffDetails(name: "Added \(number)", email: "\(number.lowercased())@example.org", staffNumber: number, grade: "P2",
                                       jobTitle: "Officer", entryOnDuty: CalendarDate(iso: "2025-01-01")!, contractType: .regular, status: .active)
            try await StaffMember(id: id ?? app.serviceContext().newID(), details: details, unitID: nil, supervisor: nil).create(on: app.db)
        }

        @Test func walkingTheStaffListWhileStaffAreAddedSeesEveryoneOnce() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let before = Set(try await StaffMember.query(on: app.db).all().map { $0.id!.uuidString.lowercased() })
                let seen = try await Self.walk(hr, "/api/v1/staff", items: "staff", limit: 2) { page in
                    // One person lands before the walk's place in the order, one after.
                    guard page == 1 else { return }
                    try await Self.person("X1", id: UUID(uuidString: "00000000-0000-0000-0000-000000000001"), on: app)
                    try await Self.person("X2", on: app)
                }
                #expect(Set(seen).isSuperset(of: before))
                #expect(seen.count == Set(seen).count, "nobody twice")
                #expect(!seen.contains("00000000-0000-0000-0000-000000000001"))
            }
        }

        @Test func listsReadWholeAlsoPageStablyAndRefuseABadCursor() async throws {
            try await withStrideApp { app, clock in
                let org = try await Org.seed(app)
                let owner = try await Browser.signedIn(app, as: org.report)
                func token(_ name: String) async throws {
                    clock.advance(by: 60)
                    _ = try await APITokenService.create(.init(name: name, scope: "read"), kind: .personal,
                                                         in: app.serviceContext(actor: org.report.id)).get()
                }
                for number in 1...5 { try await token("Token \(number)") }
                let before = Set(try await APIToken.query(on: app.db).all().map { $0.id!.uuidString.lowercased() })
                let seen = try await Self.walk(owner, "/api/v1/tokens", items: "tokens", limit: 2) { page in
                    if page == 1 { try await token("Made during the walk") }
                }
                // Newest first: the token made during the walk comes before the cursor, so it is not seen, and nothing shifts.
                #expect(Set(seen) == before && seen.count == 5)
                let bad = try await owner.get("/api/v1/tokens?cursor=nonsense")
                #expect(bad.status == .badRequest && bad.body.string.contains("cursor"))
                #expect(bad.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                #expect(try await owner.get("/api/v1/tokens?limit=0").status == .badRequest)
                // A person's cycles page the same way.
                let cycles = try await owner.get("/api/v1/staff/\(org.report.id!)/cycles?limit=1")
                #expect(cycles.status == .ok && cycles.body.string.contains("\"next\""))
            }
        }

        @Test func unknownAddressesAndTooManyRequestsAnswerAsProblems() async throws {
            // The limit is off in tests but for this one: six a minute per caller.
            try await withStrideApp(apiRateLimit: 6) { app, _ in
                let org = try await Org.seed(app)
                let client = try await Browser.signedIn(app, as: org.other)
                for path in ["/api/v1/no-such-thing", "/api/v1/staff/\(UUID())", "/api/v1/forms/not-an-id"] {
                    let missing = try await client.get(path)
                    #expect(missing.status == .notFound, "\(path)")
                    #expect(missing.headers.contentType?.description.hasPrefix("application/problem+json") == true, "\(path)")
                }
                // A method an address does not take: 405, naming those it does.
                let wrongMethod = try await client.sendBody(.PATCH, "/api/v1/tokens", "{}")
                #expect(wrongMethod.status == .methodNotAllowed && wrongMethod.headers.first(name: .allow) == "GET, POST")
                // The last page says so with an explicit null.
                let last = try await client.get("/api/v1/tokens")
                #expect(last.status == .ok && last.body.string.contains("\"next\" : null"))
                _ = try await client.get("/api/v1/tokens")
                let limited = try await client.get("/api/v1/tokens")
                #expect(limited.status == .tooManyRequests && limited.headers.first(name: .retryAfter) == "10")
                #expect(limited.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                #expect(limited.body.string.contains("Retry after 10 seconds"))
                // Another caller has an allowance of their own; pages are not limited.
                let hr = try await Browser.signedIn(app, as: org.hr)
                #expect(try await hr.get("/api/v1/tokens").status == .ok)
                #expect(try await client.get("/").status == .ok)
                // A made-up token each time is a new caller, but not a new address: all callers
                // from one address have ten allowances together (60 here; the 8 API requests above used 8).
                var answers: [HTTPStatus] = []
                for _ in 0..<60 {
                    let stranger = Browser(app)
                    stranger.bearer = "stride_pat_\(UUID())"
                    answers.append(try await stranger.get("/api/v1/tokens").status)
                }
                #expect(answers.prefix(52).allSatisfy { $0 == .unauthorized } && answers.suffix(8).allSatisfy { $0 == .tooManyRequests })
            }
        }
    }
}
