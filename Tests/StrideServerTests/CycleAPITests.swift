import Foundation
import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The cycles API: a person's cycles under the same rule as their staff record, and HR
    /// opening the cycles due, with problems as problem documents.
    @Suite struct CycleAPITests {
        private struct CycleList: Decodable {
            struct Cycle: Decodable {
                struct Form: Decodable { let kind: String; let state: String }
                let label: String
                let start: String
                let end: String
                let probationReport: String?
                let opened: Bool
                let forms: [Form]
            }
            let cycles: [Cycle]
        }

        private struct Summary: Decodable {
            struct Skip: Decodable { let name: String; let reason: String }
            let asOf: String
            let opened: Int
            let alreadyOpen: Int
            let skipped: [Skip]
        }

        @Test func aPersonsCyclesAndOpeningThem() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let junior = try await Browser.signedIn(app, as: org.junior)
                let path = "/api/v1/staff/\(org.junior.id!.uuidString.lowercased())/cycles"
                // MUT
                let before = try JSONDecoder().decode(CycleList.self, from: Data(try await junior.get(path).body.string.utf8))
                // validate
                #expect(before.cycles.map(\.label) == ["P1", "P2", "P3", "R1"], "to two years after today")
                #expect(before.cycles[1].probationReport == "2025-10-15" && before.cycles[0].probationReport == nil)
                #expect(before.cycles.allSatisfy { !$0.opened && $0.forms.isEmpty })

                let hr = try await Browser.signedIn(app, as: org.hr)
                let response = try await hr.postBody("/api/v1/cycles/open", #"{"asOf": "2026-03-01"}"#, contentType: "application/json")
                #expect(response.status == .ok)
                let summary = try JSONDecoder().decode(Summary.self, from: Data(response.body.string.utf8))
                #expect(summary.asOf == "2026-03-01" && summary.opened == 3 && summary.alreadyOpen == 0 && summary.skipped.count == 4)

                let after = try JSONDecoder().decode(CycleList.self, from: Data(try await junior.get(path).body.string.utf8))
                let current = try #require(after.cycles.first { $0.label == "P3" })
                #expect(current.opened && current.forms.map(\.kind) == ["beginning"] && current.forms.first?.state == "draft")
                #expect(after.cycles.filter(\.opened).count == 1)
            }
        }

        @Test func othersAreRefusedAndBadInputIsNamed() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let other = try await Browser.signedIn(app, as: org.other)
                #expect(try await other.get("/api/v1/staff/\(org.junior.id!.uuidString.lowercased())/cycles").status == .forbidden)
                let missing = try await other.get("/api/v1/staff/\(UUID().uuidString.lowercased())/cycles")
                #expect(missing.status == .notFound)
                #expect(missing.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                let manager = try await Browser.signedIn(app, as: org.manager)
                #expect(try await manager.postBody("/api/v1/cycles/open", #"{"asOf": "2026-03-01"}"#, contentType: "application/json").status == .forbidden)

                let hr = try await Browser.signedIn(app, as: org.hr)
                let bad = try await hr.postBody("/api/v1/cycles/open", #"{"asOf": "2026-02-30"}"#, contentType: "application/json")
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains(#""field" : "asOf""#) || bad.body.string.contains(#""field":"asOf""#))
                #expect(try await AppraisalCycle.query(on: app.db).count() == 0)
            }
        }

        @Test func theStaffListShowsRecordsOnlyWhereTheCallerMayOpenThem() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                struct StaffList: Decodable {
                    struct Item: Decodable { struct Record: Decodable { let staffNumber: String }; let id: String; let name: String; let record: Record? }
                    let staff: [Item]
                    let next: String?
                }
                let mona = try await Browser.signedIn(app, as: org.manager)
                var seen: [StaffList.Item] = []
                var cursor: String?
                repeat {
                    let path = "/api/v1/staff?limit=3" + (cursor.map { "&cursor=\($0)" } ?? "")
                    let page = try JSONDecoder().decode(StaffList.self, from: Data(try await mona.get(path).body.string.utf8))
                    #expect(page.staff.count <= 3)
                    seen += page.staff
                    cursor = page.next
                } while cursor != nil
                #expect(seen.count == 7 && Set(seen.map(\.id)).count == 7, "every active person once, across pages")
                let withRecords = Set(seen.filter { $0.record != nil }.map(\.name))
                #expect(withRecords == ["Mona Manager", "Raj Report", "Jo Junior"], "herself and her reports")
                #expect(try await mona.get("/api/v1/staff?cursor=nope").status == .badRequest)
                #expect(try await Browser(app).get("/api/v1/staff").status == .unauthorized)
            }
        }
    }
}
