import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Objectives, the alignment tree and the dashboards through `/api/v1`, under the pages' rules.
    @Suite struct ObjectiveAPITests {
        static func json(_ text: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }

        @Test func integratorsSetObjectivesRecordProgressAndReadTheFigures() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let group = try await ObjectiveRouteTests.workgroup(setup, app)
                let mona = try await Browser.signedIn(app, as: org.manager), raj = try await Browser.signedIn(app, as: org.report)
                let hana = try await Browser.signedIn(app, as: org.hr), olu = try await Browser.signedIn(app, as: org.other)
                let path = "/api/v1/workgroups/\(group.id!.uuidString)/objectives"
                func body(target: Int = 90, version: Int? = nil) -> String {
                    """
                    {"title": "Briefings on time", "startsOn": "2026-01-01", "dueOn": "2026-12-31", "unitOutcomeId": "\(setup.outcomeID.uuidString)",
                     "ownerId": "\(org.report.id!.uuidString)", "criteria": [{"indicator": "On time", "unit": "%", "baseline": 40, "target": \(target),
                     "dueOn": "2026-12-31", "weight": 2}]\(version.map { ", \"version\": \($0)" } ?? "")}
                    """
                }
                #expect(try await raj.postBody(path, body(), contentType: "application/json").status == .forbidden)
                let bad = try await mona.postBody(path, body(target: 40), contentType: "application/json")
                #expect(bad.status == .unprocessableEntity && bad.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                #expect(bad.body.string.contains("criteria[0].target") && bad.body.string.contains("The target must differ from the baseline"))
                let created = try await mona.postBody(path, body(), contentType: "application/json")
                #expect(created.status == .created)
                let objective = try Self.json(created.body.string)
                let id = try #require(objective["id"] as? String)
                let criterion = try #require((objective["criteria"] as? [[String: Any]])?.first)
                #expect(objective["unitOutcomeId"] as? String == setup.outcomeID.uuidString.lowercased() && objective["overrideReason"] is NSNull)
                #expect(criterion["latest"] is NSNull && criterion["weight"] as? Double == 2)

                // Raj (a member) records; Olu may not.
                let reading = "{\"criterionId\": \"\(criterion["id"] as! String)\", \"value\": 55, \"on\": \"2026-02-28\", \"comment\": \"February\"}"
                #expect(try await olu.postBody("/api/v1/objectives/\(id)/readings", reading, contentType: "application/json").status == .forbidden)
                let recorded = try await raj.postBody("/api/v1/objectives/\(id)/readings", reading, contentType: "application/json")
                #expect(recorded.status == .created)
                let after = try Self.json(recorded.body.string)
                #expect(((after["criteria"] as? [[String: Any]])?.first?["latest"] as? Double) == 55 && after["status"] as? String == "on_track")
                // The lead overrides, then clears; a stale change is refused.
                let set = try await mona.sendBody(.PUT, "/api/v1/objectives/\(id)/status", "{\"status\": \"at_risk\", \"reason\": \"Ministry calendar\"}",
                                                  contentType: "application/json")
                #expect(try Self.json(set.body.string)["status"] as? String == "at_risk")
                let cleared = try await mona.sendBody(.PUT, "/api/v1/objectives/\(id)/status", "{\"status\": null}", contentType: "application/json")
                #expect(try Self.json(cleared.body.string)["derivedStatus"] as? String == "on_track")
                #expect(try await mona.sendBody(.PUT, "/api/v1/objectives/\(id)", body(version: 1), contentType: "application/json").status == .conflict)
                #expect(try await mona.sendBody(.PUT, "/api/v1/objectives/\(id)", body(target: 95, version: 3), contentType: "application/json").status == .ok)
                let listed = try Self.json(try await olu.get(path).body.string)
                #expect((listed["objectives"] as? [[String: Any]])?.count == 1)

                // The alignment tree: Raj's output under the objective, its words only for those who see Raj.
                var form = AppraisalFormTests.complete(setup, version: 1, intent: "save-draft")
                form["output-1-workgroup-objective"] = id
                #expect(try await raj.post(.editAppraisalForm(setup.formID), form).status == .seeOther)
                let tree = try Self.json(try await mona.get("/api/v1/alignment").body.string)
                #expect(tree["on"] as? String == "2026-03-01")
                let unitTree = try Self.json(try await olu.get("/api/v1/alignment").body.string)
                #expect((unitTree["nodes"] as? [Any])?.isEmpty == true, "no organisational outcome yet")
                #expect(try await olu.get("/api/v1/alignment?on=soon").status == .unprocessableEntity)
                // The objective's outputs: Raj's words for Mona, only whose they are for Olu.
                let outputsPath = "/api/v1/alignment/nodes/\(id)/outputs"
                let forMona = try Self.json(try await mona.get(outputsPath).body.string)["outputs"] as? [[String: Any]]
                #expect(forMona?.count == 1 && forMona?.first?["description"] as? String == "Output 1: a policy paper")
                let forOlu = try Self.json(try await olu.get(outputsPath).body.string)["outputs"] as? [[String: Any]]
                #expect(forOlu?.first?["staffName"] as? String == "Raj Report" && forOlu?.first?["description"] is NSNull)
                #expect(try await olu.get(outputsPath + "?cursor=nonsense").status == .badRequest)

                // The dashboards.
                #expect(try await mona.get("/api/v1/dashboards/organisation").status == .forbidden)
                let figures = try Self.json(try await hana.get("/api/v1/dashboards/organisation").body.string)
                let forms = try #require(figures["formsByState"] as? [String: [String: Int]])
                #expect(Set(forms.keys) == ["beginning", "midterm", "end", "probation_report"] && forms["beginning"]?["draft"] == 3)
                #expect(figures["overallRatings"] as? [String: Int] == ["consistently_exceeds": 0, "fully_meets": 0, "does_not_fully_meet": 0])
                #expect(try await hana.get("/api/v1/dashboards/organisation?unit=\(UUID().uuidString)").status == .unprocessableEntity)
                // Mona's team is Raj and Jo: the objective Raj owns is on it; Raj's own team (Jo) owns none.
                let team = try Self.json(try await mona.get("/api/v1/dashboards/team").body.string)
                #expect(team["people"] as? Int == 2 && (team["objectives"] as? [Any])?.count == 1)
                let rajs = try Self.json(try await raj.get("/api/v1/dashboards/team").body.string)
                #expect(rajs["people"] as? Int == 1 && (rajs["objectives"] as? [Any])?.isEmpty == true)
            }
        }
    }
}
