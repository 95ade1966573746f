import Foundation
import Fluent
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// The forms API: the same cycle as the pages (draft, submit, both sign, the Board), under
    /// the same rules, with problems as problem documents naming the field.
    @Suite struct FormAPITests {
        private struct FormList: Decodable {
            struct Summary: Decodable { let id: String; let kind: String; let state: String; let staffId: String; let due: String; let version: Int }
            let forms: [Summary]
            let next: String?
        }

        private struct Form: Decodable {
            struct Signature: Decodable { let signedBy: String; let contentHash: String; let statement: String? }
            let form: FormList.Summary
            let actions: [String]
            let staffSignature: Signature?
            let managerSignature: Signature?
        }

        private struct Problem: Decodable {
            struct Field: Decodable { let field: String; let message: String }
            let status: Int
            let detail: String
            let errors: [Field]?
        }

        static func content(_ setup: AppraisalFormTests.Setup, outputs: Int = 3) -> String {
            let id = { (uuid: UUID) in uuid.uuidString.lowercased() }
            let outputList = (1...outputs).map { n in
                #"{"description": "Paper \#(n)", "measuresOfSuccess": "Adopted", "timeline": "June 2027", "resources": "Time", "unitOutcomeId": "\#(id(setup.outcomeID))"}"#
            }.joined(separator: ",")
            let competencies = setup.skills.prefix(3).map { #"{"skillId": "\#(id($0))", "demonstration": "Shown"}"# }.joined(separator: ",")
            return #"""
                {"kind": "beginning", "outputs": [\#(outputList)], "competencies": [\#(competencies)],
                 "developmentalObjective": {"objective": "Lead a brief", "plannedActions": "A course"},
                 "managerialAccountabilities": {"managingPerformance": "Check-ins", "developingStaff": "A course for Jo", "organisationalTargets": "Balance"}}
                """#
        }

        private static func decode<T: Decodable>(_ type: T.Type, _ response: TestingHTTPResponse) throws -> T {
            try JSONDecoder().decode(T.self, from: Data(response.body.string.utf8))
        }

        @Test func theCycleThroughTheAPI() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let raj = try await Browser.signedIn(app, as: org.report)
                let mona = try await Browser.signedIn(app, as: org.manager)
                let path = "/api/v1/forms/\(setup.formID.uuidString.lowercased())"

                // Raj lists his own form (and Jo's? no: Jo's is Raj's to appraise, so both).
                let listed = try Self.decode(FormList.self, try await raj.get("/api/v1/forms?kind=beginning"))
                #expect(Set(listed.forms.map(\.staffId)) == Set([org.report.id!, org.junior.id!].map { $0.uuidString.lowercased() }))
                #expect(listed.forms.allSatisfy { $0.state == "draft" } && listed.next == nil)
                let paged = try Self.decode(FormList.self, try await raj.get("/api/v1/forms?limit=1"))
                #expect(paged.forms.count == 1 && paged.next != nil)
                let rest = try Self.decode(FormList.self, try await raj.get("/api/v1/forms?limit=1&cursor=\(paged.next!)"))
                #expect(rest.forms.count == 1 && rest.forms[0].id != paged.forms[0].id && rest.next == nil)
                #expect(try await raj.get("/api/v1/forms?limit=0").status == .badRequest)
                #expect(try await raj.get("/api/v1/forms?state=approved").status == .badRequest)

                // Submitting an incomplete form: 422 naming each field in the body; nothing saved.
                let incomplete = try await raj.sendBody(.PUT, path, #"{"version": 1, "submit": true, "content": {"kind": "beginning", "outputs": [], "competencies": [], "developmentalObjective": {"objective": "", "plannedActions": ""}}}"#)
                #expect(incomplete.status == .unprocessableEntity)
                #expect(incomplete.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                let problem = try Self.decode(Problem.self, incomplete)
                #expect(problem.errors?.first?.field == "content.outputs" && problem.errors?.first?.message == "Outputs: add at least 3 (you have 0)")
                let badID = try await raj.sendBody(.PUT, path, #"{"version": 1, "content": {"kind": "beginning", "outputs": [{"description": "", "measuresOfSuccess": "", "timeline": "", "resources": "", "unitOutcomeId": "nope"}], "competencies": [], "developmentalObjective": {"objective": "", "plannedActions": ""}}}"#)
                #expect(try Self.decode(Problem.self, badID).errors?.map(\.field) == ["content.outputs[0].unitOutcomeId"])
                #expect(try await AppraisalForm.find(setup.formID, on: app.db)?.recordVersion == 1)

                // Submitted whole; a stale version is refused.
                let saved = try await raj.sendBody(.PUT, path, #"{"version": 1, "submit": true, "content": \#(Self.content(setup))}"#)
                #expect(saved.status == .ok)
                let form = try Self.decode(Form.self, saved)
                #expect(form.form.state == "in_discussion" && form.actions == ["send_back", "sign_as_staff"])
                let stale = try await mona.sendBody(.PUT, path, #"{"version": 1, "content": \#(Self.content(setup))}"#)
                #expect(stale.status == .conflict)
                #expect(try Self.decode(Problem.self, stale).detail.hasPrefix("version:"))

                // Signatures in order; the manager cannot sign for the staff member.
                #expect(try await mona.sendBody(.POST, path + "/transitions", #"{"action": "sign_as_staff"}"#).status == .forbidden)
                let signed = try await raj.sendBody(.POST, path + "/transitions", #"{"action": "sign_as_staff", "statement": "Tight timeline."}"#)
                #expect(try Self.decode(Form.self, signed).staffSignature?.statement == "Tight timeline.")
                let both = try Self.decode(Form.self, try await mona.sendBody(.POST, path + "/transitions", #"{"action": "sign_as_manager"}"#))
                #expect(both.form.state == "signed" && both.managerSignature?.contentHash == both.staffSignature?.contentHash)
                #expect(both.actions == ["send_to_reports_board"])

                // Signed: immutable for everyone, and an illegal transition is a conflict.
                let late = try await raj.sendBody(.PUT, path, #"{"version": \#(both.form.version), "content": \#(Self.content(setup))}"#)
                #expect(late.status == .conflict)
                #expect(try Self.decode(Problem.self, late).detail == "This form has been signed by both and can no longer be changed.")
                #expect(try await raj.sendBody(.POST, path + "/transitions", #"{"action": "submit"}"#).status == .conflict)
                let sendBack = try await mona.sendBody(.POST, path + "/transitions", #"{"action": "send_back", "comment": "Oops"}"#)
                #expect(sendBack.status == .conflict)

                // Outsiders: 403, without learning anything.
                let pat = try await Browser.signedIn(app, as: org.peer)
                #expect(try await pat.get(path).status == .forbidden)
                #expect(try Self.decode(FormList.self, try await pat.get("/api/v1/forms")).forms.isEmpty)
                #expect(try await pat.sendBody(.POST, path + "/transitions", #"{"action": "review"}"#).status == .forbidden)
                #expect(try await Browser(app).get(path).status == .unauthorized)
                #expect(try await AppraisalForm.find(setup.formID, on: app.db)?.state == .signed)
            }
        }

        @Test func theMidtermAndEndOfCycleThroughTheAPI() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let raj = try await Browser.signedIn(app, as: org.report), mona = try await Browser.signedIn(app, as: org.manager)
                let path = "/api/v1/forms/\(setup.formID.uuidString.lowercased())"
                #expect(try await raj.sendBody(.PUT, path, #"{"version": 1, "submit": true, "content": \#(Self.content(setup))}"#).status == .ok)
                _ = try await raj.sendBody(.POST, path + "/transitions", #"{"action": "sign_as_staff"}"#)
                _ = try await mona.sendBody(.POST, path + "/transitions", #"{"action": "sign_as_manager"}"#)

                // The Mid-term Review: output 2 changed with its reason.
                struct Listed: Decodable { struct Item: Decodable { let id: String; let version: Int }; let forms: [Item] }
                let midterm = try Self.decode(Listed.self, try await raj.get("/api/v1/forms?kind=midterm")).forms[0]
                struct Review: Decodable {
                    struct Content: Decodable { struct Item: Decodable { let key: String }; let kind: String; let outputs: [Item] }
                    let content: Content
                }
                let midtermPath = "/api/v1/forms/\(midterm.id)"
                let keys = try Self.decode(Review.self, try await raj.get(midtermPath)).content.outputs.map(\.key)
                #expect(keys.count == 3)
                let wrongKind = try await raj.sendBody(.PUT, midtermPath, #"{"version": 1, "content": \#(Self.content(setup))}"#)
                #expect(try Self.decode(Problem.self, wrongKind).errors?.map(\.field) == ["content.kind"])
                let review = #"""
                    {"version": 1, "submit": true, "content": {"kind": "midterm", "objectiveProgress": "Course done", "comments": "", "outputs": [
                      {"key": "\#(keys[0])", "progress": "On track"},
                      {"key": "\#(keys[1])", "progress": "Slower", "adjustment": {"kind": "change", "reason": "Budget halved",
                        "output": {"description": "One paper", "measuresOfSuccess": "Adopted", "timeline": "2027", "resources": "Time"}}},
                      {"key": "\#(keys[2])", "progress": "Done"}]}}
                    """#
                let saved = try await raj.sendBody(.PUT, midtermPath, review)
                #expect(saved.status == .ok)
                #expect(try Self.decode(Form.self, saved).form.state == "in_discussion")
                _ = try await raj.sendBody(.POST, midtermPath + "/transitions", #"{"action": "sign_as_staff"}"#)
                _ = try await mona.sendBody(.POST, midtermPath + "/transitions", #"{"action": "sign_as_manager"}"#)

                // The End of Cycle: Raj hands in his self-assessment; what he sends of the manager's part is ignored.
                let end = try Self.decode(Listed.self, try await raj.get("/api/v1/forms?kind=end")).forms[0]
                let endPath = "/api/v1/forms/\(end.id)"
                let skills = setup.skills.prefix(3).map { #"{"skillId": "\#($0.uuidString.lowercased())", "selfAssessment": "Shown", "comment": ""}"# }
                let outputs = keys.map { #"{"key": "\#($0)", "selfAssessment": "Delivered", "rating": "exceeded", "comment": ""}"# }
                let selfAssessment = #"""
                    {"version": 1, "submit": true, "content": {"kind": "end", "outputs": [\#(outputs.joined(separator: ","))],
                     "competencies": [\#(skills.joined(separator: ","))], "objectiveSelfAssessment": "Done", "challenges": "Many",
                     "lessonsLearned": "Some", "objectiveAssessment": "", "accountabilitiesAssessment": "", "justification": "",
                     "overallRating": "consistently_exceeds"}}
                    """#
                #expect(try await mona.sendBody(.PUT, endPath, selfAssessment).status == .conflict, "the self-assessment comes first")
                let handedIn = try await raj.sendBody(.PUT, endPath, selfAssessment)
                #expect(handedIn.status == .ok)
                struct End: Decodable {
                    struct Content: Decodable { struct Item: Decodable { let selfAssessment: String; let rating: String? }; let outputs: [Item]; let overallRating: String? }
                    let form: FormList.Summary
                    let content: Content
                    let actions: [String]
                }
                let after = try Self.decode(End.self, handedIn)
                #expect(after.form.state == "self_assessed" && after.content.outputs.allSatisfy { $0.selfAssessment == "Delivered" && $0.rating == nil })
                #expect(after.content.overallRating == nil)
                let rated = try Self.decode(End.self, try await mona.get(endPath))
                #expect(rated.actions == ["submit", "send_back"])
            }
        }
    }
}
