import Fluent
import Foundation
import StrideCore

/// Giving recognition, with its audit event.
enum RecognitionService {
    /// Records recognition from `viewer` to the colleague named by `reference` (staff ID, email or
    /// record id). The output may be linked only by those who see the colleague's appraisal as
    /// their manager or HR.
    static func give(to reference: String?, text: String?, output: String?, as viewer: Viewer,
                     in context: ServiceContext) async throws -> Result<Recognition, FieldErrors> {
        let db = context.db
        let receiver = try await StaffLookup.find(reference: reference ?? "", on: db)
        var linkable: (cycle: UUID?, outputs: [(key: UUID, text: String)]) = (nil, [])
        if let receiver, try await mayLinkOutputs(viewer, to: receiver, on: db) {
            linkable = try await RecognitionQueries.currentOutputs(of: receiver.id!, today: context.clock.today(), on: db)
        }
        let validated = RecognitionInput(receiver: receiver?.id, text: text, output: output)
            .validate(giver: viewer.staffID, active: receiver?.status == .active, outputs: Set(linkable.outputs.map(\.key)))
        guard let details = validated.value, let receiver else { return .failure(FieldErrors(validated.errors)) }
        let cycle = linkable.cycle == nil
            ? try await RecognitionQueries.currentOutputs(of: details.receiverID, today: context.clock.today(), on: db).cycle : linkable.cycle
        return try await context.transaction { context in
            let recognition = Recognition()
            recognition.id = context.newID()
            recognition.givenAt = context.now
            recognition.text = details.text
            recognition.outputKey = details.outputKey
            recognition.$receiver.id = details.receiverID
            recognition.$giver.id = viewer.staffID
            recognition.$cycle.id = cycle
            try await recognition.create(on: context.db)
            try await context.audit(.create, .recognition, id: recognition.id, "Gave recognition to \(receiver.name)")
            return .success(recognition)
        }
    }

    /// Whether `viewer` may link recognition to the colleague's outputs: their managers and HR,
    /// who see the plan the outputs are in.
    static func mayLinkOutputs(_ viewer: Viewer, to receiver: StaffMember, on db: any Database) async throws -> Bool {
        let subject = StaffSubject(staffID: receiver.id!, unitID: receiver.$unit.id, supervisorChain: receiver.treePath.ancestors)
        return [.directManager, .indirectManager, .hrAdministrator].contains(StaffPolicy.relation(of: viewer, to: subject))
    }
}
