import Fluent
import Foundation
import StrideCore

/// Adding check-in notes to a cycle, each with its audit event.
enum CheckInService {
    static func add(_ raw: String?, cycleID: UUID, viewer: Viewer, in context: ServiceContext) async throws -> Result<CycleCheckIn, FieldErrors> {
        let validated = CheckInRules.validate(raw)
        guard let note = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.transaction { context in
            guard let loaded = try await CycleLookup.load(cycleID, on: context.db, today: context.clock.today()) else { throw StrideError.notFound("The cycle") }
            try CheckInPolicy.decide(viewer, .addNote, loaded.subject).enforce()
            let checkIn = CycleCheckIn()
            checkIn.id = context.newID()
            checkIn.writtenAt = context.now
            checkIn.note = note
            checkIn.$cycle.id = cycleID
            checkIn.authorID = viewer.staffID
            try await checkIn.create(on: context.db)
            try await context.audit(.create, .checkIn, id: checkIn.id,
                                    "Added a check-in note to cycle \(loaded.cycle.label) of \(loaded.staff.record.details.name)")
            return .success(checkIn)
        }
    }
}
