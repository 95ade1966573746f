import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The visibility rule as the database applies it to lists agrees, for every viewer and
    /// every person, with the core policy's decision for one record.
    @Suite struct VisibilityQueryTests {
        @Test func theListQueryAgreesWithThePolicyForEveryPair() async throws {
            try await withStrideApp { app, _ in
                // setup
                let org = try await Org.seed(app)
                let everyone = [org.hr, org.chief, org.manager, org.report, org.junior, org.other, org.peer]
                let ids = everyone.map { $0.id! }
                for viewer in everyone {
                    let user = try #require(try await SignedInUserQuery.load(viewer.id!, on: app.db, cache: app.headedUnits))
                    // MUT
                    let visible = try await StaffVisibilityQuery.filter(ids, by: StaffPolicy.visibility(for: user.viewer), on: app.db)
                    // validate
                    for subject in everyone {
                        let chain = try await OrganisationQueries.supervisorChain(of: subject.id!, on: app.db)
                        let decision = StaffPolicy.decide(user.viewer, .view,
                                                          StaffSubject(staffID: subject.id!, unitID: subject.$unit.id, supervisorChain: chain))
                        #expect(visible.contains(subject.id!) == decision.isAllowed, "\(viewer.name) viewing \(subject.name)")
                    }
                }
            }
        }

        /// Lists longer than one query's worth of bound values are answered in chunks.
        @Test func longListsAreAnsweredInChunks() async throws {
            try await withStrideApp { app, _ in
                let org = try await Org.seed(app)
                let viewer = Viewer(staffID: org.manager.id!, roles: [.manager])
                let ids = (0..<(StaffVisibilityQuery.chunkSize * 2 + 5)).map { _ in UUID() } + [org.junior.id!, org.other.id!]
                let visible = try await StaffVisibilityQuery.filter(ids, by: StaffPolicy.visibility(for: viewer), on: app.db)
                #expect(visible == [org.junior.id!])
            }
        }
    }
}
