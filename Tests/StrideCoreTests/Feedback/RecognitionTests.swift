import Foundation
import StrideCore
import Testing

/// Recognition: for a colleague, short, optionally on one of their outputs; seen by the receiver,
/// the giver and those who see the receiver's record.
@Suite struct RecognitionTests {
    static let giver = UUID(), receiver = UUID(), manager = UUID(), output = UUID()

    @Test func recognitionNamesAColleagueTheWorkAndOptionallyAnOutput() throws {
        let given = try #require(RecognitionInput(receiver: Self.receiver, text: " Great launch ", output: Self.output.uuidString)
            .validate(giver: Self.giver, active: true, outputs: [Self.output]).value)
        #expect(given.text == "Great launch" && given.outputKey == Self.output)
        #expect(RecognitionInput(receiver: Self.giver, text: "Me", output: nil).validate(giver: Self.giver, active: true, outputs: []).errors.map(\.message)
            == ["Recognition is for a colleague's work, not your own"])
        #expect(RecognitionInput(receiver: nil, text: String(repeating: "x", count: 601), output: UUID().uuidString)
            .validate(giver: Self.giver, active: false, outputs: [Self.output]).errors.map(\.field) == ["colleague", "text", "output"])
    }

    @Test func theReceiverTheGiverAndTheReceiversManagersSeeIt() {
        let subject = RecognitionSubject(receiver: StaffSubject(staffID: Self.receiver, unitID: nil, supervisorChain: [Self.manager]), giverID: Self.giver)
        for who in [Self.receiver, Self.giver, Self.manager] {
            #expect(RecognitionPolicy.decide(Viewer(staffID: who, roles: []), .view, subject) == .allowed)
        }
        #expect(RecognitionPolicy.decide(Viewer(staffID: UUID(), roles: []), .view, subject) == .forbidden)
        #expect(RecognitionPolicy.decide(Viewer(staffID: Self.receiver, roles: []), .give, subject)
            == .refused("Recognition is for a colleague's work, not your own"))
    }
}
