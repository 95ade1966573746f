import Fluent
import Foundation
import SQLKit
@testable import StrideServer
import StrideCore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    @Suite struct GeneratorTests {
        /// What two generations with the same seed must share: counts of what was written and
        /// the first records, in the order of their staff and unit codes.
        struct Snapshot: Equatable {
            var counts: [String: Int] = [:]
            var firstStaff: [String] = []
            var firstUnits: [String] = []
            var formStates: [String] = []
        }

        static func generate(staff: Int, seed: UInt64, on app: Application) async throws -> (OrganisationGenerator, Snapshot) {
            let generator = OrganisationGenerator(staff: staff, seed: seed, in: app.serviceContext()) { _, _, _ in }
            try await generator.run()
            var snapshot = Snapshot()
            struct Count: Decodable { let n: Int }
            for table in ["organisational_units", "staff_members", "accounts", "role_grants", "appraisal_cycles", "appraisal_forms",
                          "appraisal_form_events", "output_alignments", "skill_assessments", "workgroups", "workgroup_memberships",
                          "workgroup_objectives", "criterion_readings", "colleague_feedback_requests", "upward_feedback_rounds",
                          "upward_feedback_invitations", "improvement_plans", "unit_outcomes"] {
                snapshot.counts[table] = try await app.db.sql().raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decoding: Count.self)?.n
            }
            struct Person: Decodable { let staff_number: String; let name: String; let email: String; let grade: String; let contract_type: String
                                       let entry_on_duty: String; let unit: String; let supervisor: String? }
            snapshot.firstStaff = try await app.db.sql().raw("""
                SELECT s.staff_number, s.name, s.email, s.grade, s.contract_type, s.entry_on_duty, u.code AS unit, b.staff_number AS supervisor
                FROM staff_members s JOIN organisational_units u ON u.id = s.unit_id LEFT JOIN staff_members b ON b.id = s.supervisor_id
                ORDER BY s.staff_number LIMIT 20
                """).all(decoding: Person.self).map { "\($0)" }
            struct Unit: Decodable { let code: String; let name: String; let chief: String }
            snapshot.firstUnits = try await app.db.sql().raw("""
                SELECT u.code, u.name, s.staff_number AS chief FROM organisational_units u JOIN staff_members s ON s.id = u.chief_id
                ORDER BY u.code LIMIT 20
                """).all(decoding: Unit.self).map { "\($0)" }
            struct State: Decodable { let staff_number: String; let kind: String; let state: String; let overall_rating: String? }
            snapshot.formStates = try await app.db.sql().raw("""
                SELECT s.staff_number, f.kind, f.state, f.overall_rating FROM appraisal_forms f
                JOIN appraisal_cycles c ON c.id = f.cycle_id JOIN staff_members s ON s.id = c.staff_member_id
                ORDER BY s.staff_number, f.kind LIMIT 60
                """).all(decoding: State.self).map { "\($0)" }
            return (generator, snapshot)
        }

        @Test func theSameSeedGeneratesTheSameOrganisation() async throws {
            var first = Snapshot(), second = Snapshot(), other = Snapshot()
            try await withStrideApp { app, _ in first = try await Self.generate(staff: 400, seed: 5, on: app).1 }
            try await withStrideApp { app, _ in second = try await Self.generate(staff: 400, seed: 5, on: app).1 }
            try await withStrideApp { app, _ in other = try await Self.generate(staff: 400, seed: 6, on: app).1 }
            #expect(first == second)
            #expect(first.firstStaff != other.firstStaff)
            #expect(first.counts["staff_members"] == 400 && first.counts["accounts"] == 400)
            #expect(first.firstStaff.count == 20 && first.formStates.count == 60)
            // Something of everything the issue lists.
            for table in ["workgroup_objectives", "criterion_readings", "skill_assessments", "colleague_feedback_requests",
                          "improvement_plans", "appraisal_form_events", "output_alignments"] {
                #expect((first.counts[table] ?? 0) > 0, "\(table)")
            }
        }

        @Test func aGeneratedOrganisationServesItsPages() async throws {
            try await withStrideApp { app, _ in
                let (generator, _) = try await Self.generate(staff: 300, seed: 2, on: app)
                // Forms in every state the stops reach, each decoding as its kind.
                let forms = try await AppraisalForm.query(on: app.db).all()
                #expect(Set(forms.map(\.state)) == [.draft, .inDiscussion, .staffSigned, .signed, .selfAssessed, .atReportsBoard, .reviewed])
                #expect(Set(forms.compactMap(\.overallRating)) == Set(OverallRating.allCases))
                for form in forms.filter({ $0.state.isSigned }) {
                    #expect(form.staffSignedHash == AppraisalFormService.contentHash(form.content), "signed over the content as stored")
                }
                // The kept tallies agree with the forms.
                struct Sum: Decodable { let n: Int }
                let tallied = try await app.db.sql().raw("SELECT CAST(SUM(n) AS INTEGER) AS n FROM form_tallies").first(decoding: Sum.self)?.n
                #expect(tallied == forms.count)
                // Every printed sign-in works, and each one's pages open.
                for login in generator.logins {
                    let browser = Browser(app)
                    #expect(try await browser.signIn(email: login.email, password: DemoOrganisation.password).status == .seeOther, "\(login.email)")
                    #expect(try await browser.get("/").status == .ok)
                    #expect(try await browser.get("/appraisal").status == .ok, "\(login.email)")
                }
                let hr = Browser(app)
                _ = try await hr.signIn(email: generator.logins[1].email, password: DemoOrganisation.password)
                for path in ["/dashboards/organisation", "/alignment", "/reports-board", "/staff", "/units", "/workgroups"] {
                    #expect(try await hr.get(path).status == .ok, "\(path)")
                }
                try await Self.alignmentFoldsAndPages(app, hr)
                for form in forms.prefix(40) {
                    #expect(try await hr.get(.appraisalForm(form.id!)).status == .ok, "\(form.kind) \(form.state)")
                }
                // Only into an empty database.
                await #expect(throws: StrideError.self) { try await generator.run() }
            }
        }

        /// How many outputs a page's first list of outputs holds.
        static func listed(_ page: String) -> Int {
            let list = page.components(separatedBy: "st-alignment__outputs\">").dropFirst().first?.components(separatedBy: "</ul>").first ?? ""
            return list.components(separatedBy: "<li>").count - 1
        }

        static func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
        }

        /// The alignment tree of a generated organisation: longer than a page, it folds by unit;
        /// every linked output is counted once; a branch opens; a node's outputs page to the end.
        static func alignmentFoldsAndPages(_ app: Application, _ hr: Browser) async throws {
            struct Sum: Decodable { let n: Int }
            let tree = try json(try await hr.get("/api/v1/alignment"))
            let nodes = try #require(tree["nodes"] as? [[String: Any]])
            func total(_ nodes: [[String: Any]], _ level: String) -> Int {
                nodes.filter { $0["level"] as? String == level }.compactMap { $0["totalOutputs"] as? Int }.reduce(0, +)
            }
            let linked = try await app.db.sql().raw("""
                SELECT COUNT(*) AS n FROM output_alignments a JOIN unit_outcomes o ON o.id = a.unit_outcome_id
                WHERE o.organisational_outcome_id IS NOT NULL
                """).first(decoding: Sum.self)?.n
            #expect(tree["folded"] as? Bool == true && total(nodes, "organisational_outcome") == linked)
            let branch = try #require(nodes.first { $0["level"] as? String == "unit" })
            let unitID = try #require(branch["id"] as? String)
            #expect(!nodes.contains { $0["parentId"] as? String == unitID }, "a folded branch's outcomes are not sent")
            // Opening the branch shows its outcomes, as many outputs as the folded nodes counted.
            let opened = try json(try await hr.get("/api/v1/alignment?unit=\(unitID)"))
            let inside = try #require(opened["nodes"] as? [[String: Any]])
            #expect(opened["unit"] as? String == unitID)
            #expect(total(inside, "organisational_outcome") == total(nodes.filter { $0["id"] as? String == unitID }, "unit"))
            #expect(inside.contains { $0["level"] as? String == "unit_outcome" })
            // Only the outcomes the branch serves: each has something below it.
            let servedOutcomes = inside.filter { $0["level"] as? String == "organisational_outcome" }.compactMap { $0["id"] as? String }
            #expect(!servedOutcomes.isEmpty && servedOutcomes.allSatisfy { id in inside.contains { $0["parentId"] as? String == id } })
            #expect(try await hr.get("/api/v1/alignment?unit=\(UUID().uuidString)").status == .unprocessableEntity)
            // The busiest node's outputs, three at a time: each once, as many as counted.
            let busiest = try #require((nodes + inside).filter { ["unit_outcome", "workgroup_objective"].contains($0["level"] as? String) }
                .max { ($0["outputCount"] as? Int ?? 0) < ($1["outputCount"] as? Int ?? 0) })
            let count = try #require(busiest["outputCount"] as? Int)
            #expect(count > 3)
            var keys: [String] = [], cursor: String?
            repeat {
                let page = try json(try await hr.get("/api/v1/alignment/nodes/\(busiest["id"]!)/outputs?limit=3" + (cursor.map { "&cursor=\($0)" } ?? "")))
                let outputs = try #require(page["outputs"] as? [[String: Any]])
                keys += outputs.compactMap { $0["key"] as? String }
                cursor = page["next"] as? String
            } while cursor != nil && keys.count <= count
            #expect(keys.count == count && Set(keys).count == count)
            #expect(try await hr.get("/api/v1/alignment/nodes/\(UUID().uuidString)/outputs").status == .notFound)
            // The page: the branch is a link, and the busiest node's further outputs a page of their own.
            let page = try await hr.get("/alignment").body.string
            #expect(page.contains("/alignment?unit=\(unitID)") && page.contains("Units below, each with the units under it"))
            let nodePage = try await hr.get("/alignment/nodes/\(busiest["id"]!)").body.string
            #expect(nodePage.contains("Back to the alignment tree") && Self.listed(nodePage) == min(count, 50))
        }
    }
}
