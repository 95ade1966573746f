import Fluent
import Foundation
import StrideCore

/// Recognition as profiles, the feedback page, the End of Cycle and the API read it.
enum RecognitionQueries {
    /// One recognition with the names around it, and the output it was for (as it now reads).
    struct Listed: Sendable {
        let recognition: Recognition
        let giverName: String?
        let receiverName: String
        let output: String?
    }

    /// What a person received, the latest first; within one cycle when `cycle` is given.
    static func received(by staffID: UUID, cycle: UUID? = nil, on db: any Database) async throws -> [Listed] {
        var query = Recognition.query(on: db).filter(\.$receiver.$id == staffID)
        if let cycle { query = query.filter(\.$cycle.$id == cycle) }
        return try await listed(try await query.sort(\.$givenAt, .descending).all(), on: db)
    }

    /// What a person gave, the latest first.
    static func given(by staffID: UUID, on db: any Database) async throws -> [Listed] {
        try await listed(try await Recognition.query(on: db).filter(\.$giver.$id == staffID).sort(\.$givenAt, .descending).all(), on: db)
    }

    /// The outputs of a person's current cycle, by key, as they now read: what recognition may be linked to.
    static func currentOutputs(of staffID: UUID, today: CalendarDate, on db: any Database) async throws -> (cycle: UUID?, outputs: [(key: UUID, text: String)]) {
        guard let cycle = try await AppraisalCycle.query(on: db).filter(\.$staffMember.$id == staffID)
            .running(on: today).first(), let id = cycle.id else { return (nil, []) }
        let plan = try await CyclePlan.load(cycleID: id, on: db)
        return (id, plan.outputs.compactMap { output in output.current.map { (output.key, $0.description) } })
    }

    private static func listed(_ items: [Recognition], on db: any Database) async throws -> [Listed] {
        let names = try await AppraisalFormLookup.names(Array(Set(items.flatMap { [$0.$receiver.id] + [$0.$giver.id].compactMap { $0 } })), on: db)
        var outputs: [UUID: [UUID: String]] = [:]
        for cycle in Set(items.filter { $0.outputKey != nil }.compactMap(\.$cycle.id)) {
            let plan = try await CyclePlan.load(cycleID: cycle, on: db)
            outputs[cycle] = Dictionary(plan.outputs.compactMap { output in
                (output.current ?? output.agreed).map { (output.key, $0.description) }
            }, uniquingKeysWith: { a, _ in a })
        }
        return items.map { item in
            Listed(recognition: item, giverName: item.$giver.id.flatMap { names[$0] }, receiverName: names[item.$receiver.id] ?? "A former colleague",
                   output: item.outputKey.flatMap { key in item.$cycle.id.flatMap { outputs[$0]?[key] } })
        }
    }
}
