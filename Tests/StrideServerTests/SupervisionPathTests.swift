import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The supervision path stored on each person follows every change of supervisor, so
    /// access decided from it matches the supervisor links.
    @Suite struct SupervisionPathTests {
        static func expectPathsMatchTheLinks(_ app: Application) async throws {
            for member in try await StaffMember.query(on: app.db).all() {
                let walked = try await OrganisationQueries.supervisorChain(of: member.id!, on: app.db)
                #expect(member.treePath.ancestors == walked, "\(member.name)")
                #expect(member.treePath.node == member.id)
            }
        }

        @Test func movingAManagerMovesEveryoneBelowThem() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                try await Self.expectPathsMatchTheLinks(app)
                let other = try await Browser.signedIn(app, as: org.other)
                #expect(try await other.get(.staffMember(org.junior.id!)).status == .forbidden)

                // Mona Manager, with Raj and Jo below her, moves from Chris Chief to Olu Other.
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editStaff(org.manager.id!))
                let form = ConcurrentEditTests.staffForm(org.manager, version: org.manager.recordVersion, unit: org.policy.id, supervisor: "O1")
                #expect(try await hr.post(.editStaff(org.manager.id!), form).status == .seeOther)

                try await Self.expectPathsMatchTheLinks(app)
                let junior = try #require(try await StaffMember.find(org.junior.id!, on: app.db))
                #expect(junior.treePath.ancestors == [org.report.id!, org.manager.id!, org.other.id!])
                #expect(try await other.get(.staffMember(org.junior.id!)).status == .ok)
                let openable = try await StaffVisibilityQuery.filter(
                    [org.manager.id!, org.report.id!, org.junior.id!, org.peer.id!],
                    by: StaffPolicy.visibility(for: Viewer(staffID: org.other.id!, roles: [.manager])), on: app.db)
                #expect(openable == [org.manager.id!, org.report.id!, org.junior.id!])

                // Back to the top of the tree: nobody is below Olu any more.
                let moved = try #require(try await StaffMember.find(org.manager.id!, on: app.db))
                let back = ConcurrentEditTests.staffForm(moved, version: moved.recordVersion, unit: org.policy.id, supervisor: nil)
                #expect(try await hr.post(.editStaff(org.manager.id!), back).status == .seeOther)
                try await Self.expectPathsMatchTheLinks(app)
                #expect(try await other.get(.staffMember(org.junior.id!)).status == .forbidden)
            }
        }

        @Test func aSupervisorDeeperThanTheTreeHoldsIsRefused() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                // A chain of people as deep as a path may be, built under Olu Other.
                var above = org.other
                for level in 1..<TreePath.maxDepth {
                    let details = StaffDetails(name: "Level \(level)", email: "level\(level)@example.org", staffNumber: "L\(level)",
                                               grade: "G4", jobTitle: "Clerk", entryOnDuty: CalendarDate(iso: "2025-01-01")!,
                                               contractType: .regular, status: .active)
                    let member = StaffMember(id: UUID(), details: details, unitID: org.field.id, supervisor: above)
                    try await member.create(on: app.db)
                    above = member
                }
                let hr = try await Browser.signedIn(app, as: org.hr)
                try await hr.get(.editStaff(org.peer.id!))
                let form = ConcurrentEditTests.staffForm(org.peer, version: org.peer.recordVersion, unit: org.policy.id,
                                                         supervisor: "L\(TreePath.maxDepth - 1)")
                let response = try await hr.post(.editStaff(org.peer.id!), form)
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("more than \(TreePath.maxDepth) levels"))
                #expect(try await StaffMember.find(org.peer.id!, on: app.db)?.$supervisor.id == nil)
            }
        }
    }
}
