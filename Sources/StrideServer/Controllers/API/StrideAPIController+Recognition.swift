import Fluent
import Foundation
import StrideAPI
import StrideCore
import Vapor

/// Recognition through the API: a person's, and giving it.
extension StrideAPIController {
    func listRecognition(_ input: Operations.ListRecognition.Input) async throws -> Operations.ListRecognition.Output {
        let req = try APIRequest.signedIn()
        guard let id = UUID(uuidString: input.path.staffID), let staff = try await StaffRows.personAndSupervisor(id, on: req.db)?.person else {
            throw StrideError.notFound("The staff member")
        }
        try req.authorize(.view, RecognitionSubject(receiver: req.staffSubject(staff), giverID: nil))
        let page = try Self.page(try await RecognitionQueries.received(by: id, on: req.db).map(Components.Schemas.Recognition.init),
                                 cursor: input.query.cursor, limit: input.query.limit, descending: true, key: { PageKey.instant($0.givenAt) }, id: \.id)
        return .ok(.init(body: .json(.init(recognition: page.items, next: page.next?.token))))
    }

    func giveRecognition(_ input: Operations.GiveRecognition.Input) async throws -> Operations.GiveRecognition.Output {
        let req = try APIRequest.signedIn()
        guard case .json(let body) = input.body else { throw StrideError.badRequest("body: send {\"colleague\", \"text\"}") }
        switch try await RecognitionService.give(to: body.colleague, text: body.text, output: body.outputKey, as: try req.requireUser().viewer,
                                                 in: req.services) {
        case .failure(let failure): throw StrideError.invalid(failure.errors.map { FieldError($0.field == "output" ? "outputKey" : $0.field, $0.message) })
        case .success(let recognition):
            let listed = try await RecognitionQueries.received(by: recognition.$receiver.id, on: req.db).first { $0.recognition.id == recognition.id }
            guard let listed else { throw StrideError.notFound("The recognition") }
            return .created(.init(body: .json(.init(listed))))
        }
    }
}

extension Components.Schemas.Recognition {
    init(_ listed: RecognitionQueries.Listed) {
        let item = listed.recognition
        self.init(id: item.id?.uuidString.lowercased() ?? "", receiverId: item.$receiver.id.uuidString.lowercased(), receiverName: listed.receiverName,
                  giverId: item.$giver.id?.uuidString.lowercased(), giverName: listed.giverName, givenAt: item.givenAt, text: item.text,
                  outputKey: item.outputKey?.uuidString.lowercased(), output: listed.output)
    }
}
