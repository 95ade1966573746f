import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Pages that could show a whole organisation show a part of it at a time.
    @Suite struct LargeOrganisationTests {
        @Test func aLargeUnitIsShownAPageAtATime() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                for index in 1...55 {
                    let details = StaffDetails(name: String(format: "Zed %02d", index), email: "zed\(index)@example.org",
                                               staffNumber: "Z\(index)", grade: "G4", jobTitle: "Clerk",
                                               entryOnDuty: CalendarDate(iso: "2025-01-01")!, contractType: .regular, status: .active)
                    try await StaffMember(id: UUID(), details: details, unitID: org.field.id, supervisor: nil).create(on: app.db)
                }
                let hr = try await Browser.signedIn(app, as: org.hr)
                let first = try await hr.get(.unit(org.field.id!)).body.string
                #expect(first.contains("Staff in Field Office (56)"))
                #expect(first.contains("Zed 49"))
                #expect(!first.contains("Zed 55"))
                #expect(first.contains("rel=\"next\""))
                let second = try await hr.get(StridePath.unit(org.field.id!).href + "?page=2").body.string
                #expect(second.contains("Zed 55"))
                #expect(!second.contains("Zed 01"))
            }
        }

        @Test func theUnitTreeShowsTwoLevels() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                try await OrganisationalUnit(name: "Deep Desk", code: "DEEP", parentID: org.policy.id).create(on: app.db)
                let page = try await Browser.signedIn(app, as: org.report).get(.units).body.string
                #expect(page.contains("Policy Unit"))
                #expect(!page.contains("Deep Desk"))
                #expect(page.contains("1 sub-unit"))
                // The unit's own page lists it.
                #expect(try await Browser.signedIn(app, as: org.report).get(.unit(org.policy.id!)).body.string.contains("Deep Desk"))
            }
        }
    }
}
