import Fluent
import Foundation
@testable import StrideServer
import StrideCore
import Testing
import VaporTesting

extension ServerTests {
    /// Recognition: anyone to a colleague; on the receiver's profile for those who see it, linked
    /// to an output only by those who see the plan, and beside the End of Cycle.
    @Suite struct RecognitionRouteTests {
        @Test func colleaguesRecogniseWorkAndManagersSeeItBesideTheEndOfCycle() async throws {
            try await withStrideApp { app, _ in
                let setup = try await AppraisalFormTests.setUp(app)
                let org = setup.org
                let raj = try await Browser.signedIn(app, as: org.report), mona = try await Browser.signedIn(app, as: org.manager)
                let pat = try await Browser.signedIn(app, as: org.peer), olu = try await Browser.signedIn(app, as: org.other)
                // Raj's plan, with three outputs.
                #expect(try await raj.post(.editAppraisalForm(setup.formID), AppraisalFormTests.complete(setup, version: 1, intent: "save-draft")).status == .seeOther)
                let outputs = try await RecognitionQueries.currentOutputs(of: org.report.id!, today: CalendarDate(iso: "2026-03-01")!, on: app.db)
                let output = try #require(outputs.outputs.first)

                let own = try await pat.post(.recognition, ["colleague": "P1", "text": "Me"])
                #expect(own.status == .unprocessableEntity && own.body.string.contains("Recognition is for a colleague&#39;s work, not your own"))
                // A peer cannot see Raj's outputs, so cannot link one.
                let linked = try await pat.post(.recognition, ["colleague": "R1", "text": "x", "output": output.key.uuidString])
                #expect(linked.body.string.contains("Choose one of the colleague&#39;s current outputs, or none"))
                #expect(!(try await pat.get(StridePath.recognition.href + "?for=\(org.report.id!.uuidString)").body.string.contains("On one of their outputs")))
                // MUT
                #expect(try await pat.post(.recognition, ["colleague": "r1 ", "text": "Stepped in for the briefing at a day's notice."]).status == .unprocessableEntity)
                #expect(try await pat.post(.recognition, ["colleague": "R1", "text": "Stepped in for the briefing at a day's notice."]).status == .seeOther)
                let form = try await mona.get(StridePath.recognition.href + "?for=\(org.report.id!.uuidString)").body.string
                #expect(form.contains("On one of their outputs") && form.contains("Output 1: a policy paper"))
                #expect(try await mona.post(StridePath.recognition.href + "?for=\(org.report.id!.uuidString)",
                                            ["colleague": "R1", "text": "The paper was adopted.", "output": output.key.uuidString]).status == .seeOther)
                // validate
                #expect(try await raj.get(.recognition).body.string.contains("Stepped in for the briefing"))
                let profile = try await mona.get(.staffMember(org.report.id!)).body.string
                #expect(profile.contains("Pat Peer to Raj Report") && profile.contains("On the output: Output 1: a policy paper"))
                let api = try await raj.get("/api/v1/staff/\(org.report.id!.uuidString)/recognition").body.string
                #expect(api.contains("\"outputKey\" : \"\(output.key.uuidString.lowercased())\"") && api.contains("\"giverName\" : \"Pat Peer\""))
                #expect(try await olu.get("/api/v1/staff/\(org.report.id!.uuidString)/recognition").status == .forbidden)
                let given = try await olu.postBody("/api/v1/recognition", "{\"colleague\": \"R1\", \"text\": \"Thanks for the data.\"}",
                                                   contentType: "application/json")
                #expect(given.status == .created && given.body.string.contains("\"receiverName\" : \"Raj Report\""))

                // Beside Raj's End of Cycle, for Mona who prepares it.
                let cycle = try #require(try await AppraisalCycle.query(on: app.db).filter(\.$staffMember.$id == org.report.id!).first())
                let end = AppraisalForm()
                (end.id, end.kind, end.state, end.recordVersion, end.dueOn) = (UUID(), .end, .draft, 1, cycle.endDue)
                end.content = String(decoding: try JSONEncoder.stride.encode(EndOfCycle()), as: UTF8.self)
                end.$cycle.id = cycle.id!
                try await end.create(on: app.db)
                #expect(try await mona.get(.appraisalForm(end.id!)).body.string.contains("received recognition from colleagues 3 times"))
                #expect(try await AuditEvent.query(on: app.db).filter(\.$kind == .recognition).count() == 3)
            }
        }
    }
}
