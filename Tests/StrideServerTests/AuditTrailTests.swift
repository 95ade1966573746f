import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// HR's audit viewer: filtered by who acted, which record and which days, a page at a time
    /// from a cursor, and every match as streamed CSV.
    @Suite struct AuditTrailTests {
        @Test func hrFiltersPagesAndDownloadsTheTrail() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hana = try await Browser.signedIn(app, as: org.hr), mona = try await Browser.signedIn(app, as: org.manager)
                #expect(try await mona.get(.auditTrail).status == .forbidden)
                #expect(try await mona.get(.auditTrailExport).status == .forbidden)
                // 60 of Mona's changes to Raj's record over three days, and one of Hana's.
                let context = app.serviceContext(actor: org.manager.id)
                for n in 0..<60 {
                    try await context.at(testNow.addingTimeInterval(Double(n) * 3600)).audit(.update, .staffMember, id: org.report.id, "Change \(n)")
                }
                try await app.serviceContext(actor: org.hr.id).audit(.update, .workgroup, id: nil, "Hana's change")

                let first = try await hana.get(StridePath.auditTrail.href + "?person=M1").body.string
                #expect(first.components(separatedBy: "<tr><td class=\"st-table__cell\"><time").count - 1 == 50)
                #expect(first.contains("Change 59") && !first.contains("Change 9<") && !first.contains("Hana&#39;s change"))
                let older = try #require(first.range(of: "href=\"/admin/audit?person=M1&amp;before=")).upperBound
                let cursor = String(first[older...].prefix { $0 != "\"" })
                let second = try await hana.get("/admin/audit?person=M1&before=" + cursor.replacingOccurrences(of: "&amp;", with: "&")).body.string
                #expect(second.components(separatedBy: "<tr><td class=\"st-table__cell\"><time").count - 1 == 10)
                #expect(second.contains("Change 9<") && second.contains("Change 0<") && !second.contains("Change 10<") && !second.contains("Older changes"))
                // By record and by day (UTC): the first day holds changes 0 to 14 (from 09:00).
                let record = try await hana.get("/admin/audit?kind=staff_member&record=\(org.report.id!.uuidString)&from=2026-03-01&to=2026-03-01").body.string
                #expect(record.contains("Change 14<") && !record.contains("Change 15<"))
                // Bad filters are named, and list nothing.
                let bad = try await hana.get("/admin/audit?person=nobody&kind=spaceship&record=12&from=2026-03-05&to=2026-03-01")
                #expect(bad.status == .unprocessableEntity)
                for message in ["No staff member has the staff ID or email nobody", "Choose a kind of record from the list",
                                "The record&#39;s id is a UUID", "The last day must be on or after the first"] {
                    #expect(bad.body.string.contains(message), "\(message)")
                }
                // Every match as CSV, past the page size.
                let csv = try await hana.get(StridePath.auditTrailExport.href + "?person=Mona.Manager@example.org")
                let lines = csv.body.string.split(separator: "\r\n")
                #expect(csv.status == .ok && lines.first == "occurred_at,actor,action,record_kind,record_id,summary")
                #expect(lines.count == 61 && lines[1].contains("Change 59") && lines[1].contains("Mona Manager"))
            }
        }
    }
}
