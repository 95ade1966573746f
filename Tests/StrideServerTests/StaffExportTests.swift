import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    @Suite struct StaffExportTests {
        @Test func hrDownloadsEveryRecordInTheImportsColumnsAndItImportsAgainUnchanged() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let hr = try await Browser.signedIn(app, as: org.hr)
                let page = try await hr.get("/admin/export-staff")
                #expect(page.status == .ok && page.headers.contentType?.description.hasPrefix("text/csv") == true)
                let lines = page.body.string.split(separator: "\r\n")
                #expect(lines.first == "staff_id,name,email,grade,job_title,entry_on_duty,contract_type,unit,supervisor,status,contract_end,role")
                #expect(lines.count == 8)
                #expect(lines.contains { $0.hasPrefix("R1,Raj Report,raj.report@example.org,") && $0.contains(",POL,M1,active,") })
                // The same file, imported again, changes nobody.
                switch try await StaffImporter.run(csv: page.body.string, in: app.serviceContext(actor: org.hr.id)) {
                case .imported(let created, let updated, let unchanged, _): #expect(created == 0 && updated == 0 && unchanged == 7)
                case .rejected(let problems): Issue.record("the export did not import: \(problems)")
                }
                // The API answers the same rows.
                let api = try await hr.get("/api/v1/staff/export")
                #expect(api.status == .ok && api.body.string == page.body.string)
                #expect(try await hr.get("/staff").body.string.contains("Download all staff as CSV"))
                // Only HR.
                let manager = try await Browser.signedIn(app, as: org.manager)
                #expect(try await manager.get("/admin/export-staff").status == .forbidden)
                #expect(try await manager.get("/api/v1/staff/export").status == .forbidden)
                #expect(!(try await manager.get("/staff").body.string.contains("Download all staff")))
            }
        }
    }
}
