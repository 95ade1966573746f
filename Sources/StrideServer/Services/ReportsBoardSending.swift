import Fluent
import Foundation
import SQLKit
import StrideCore

/// HR sends every signed form that goes to the Reports Board in one action, each form moved
/// by the workflow as HR (its history and audit event as if sent one by one).
enum ReportsBoardSending {
    private struct Row: Decodable {
        let id: UUID
        let kind: AppraisalFormKind
        let contract_type: ContractType
    }

    /// The signed forms that go to the Board and have not been sent.
    static func ready(on db: any Database) async throws -> [UUID] {
        try await db.sql().raw("""
            SELECT f.id, f.kind, c.contract_type FROM appraisal_forms f JOIN appraisal_cycles c ON c.id = f.cycle_id
            WHERE f.state = \(bind: AppraisalState.signed.rawValue) ORDER BY f.id
            """).all(decoding: Row.self)
            .filter { $0.kind.goesToReportsBoard(contract: $0.contract_type) }.map(\.id)
    }

    /// Sends them all; returns how many went. A form someone moved meanwhile is left as it is.
    static func sendAll(viewer: Viewer, in context: ServiceContext) async throws -> (sent: Int, leftAsTheyWere: Int) {
        var sent = 0, left = 0
        for id in try await ready(on: context.db) {
            do {
                _ = try await AppraisalFormService.transition(.init(action: .sendToReportsBoard, comment: nil, statement: nil, version: nil),
                                                              formID: id, viewer: viewer, in: context)
                sent += 1
            } catch StrideError.conflict {
                left += 1
            }
        }
        return (sent, left)
    }
}
