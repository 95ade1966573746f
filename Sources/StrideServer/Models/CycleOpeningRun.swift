import Fluent
import Foundation
import StrideCore

/// One opening of cycles for everyone as of a date, as it goes on and once it is done.
final class CycleOpeningRun: Model, @unchecked Sendable {
    static let schema = "cycle_opening_runs"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "started_at") var startedAt: Date
    @OptionalField(key: "started_by") var startedBy: UUID?
    /// Moves with every batch: a run that stops moving without finishing was interrupted.
    @Field(key: "progressed_at") var progressedAt: Date
    @OptionalField(key: "finished_at") var finishedAt: Date?

    // data fields
    @Field(key: "as_of") var asOf: CalendarDate
    /// People decided so far, of `total`.
    @Field(key: "done") var done: Int
    @Field(key: "total") var total: Int
    @Field(key: "opened") var opened: Int
    @Field(key: "already_open") var alreadyOpen: Int
    /// The people skipped and why, as JSON (`[CycleOpeningRun.Skip]`), once finished.
    @Field(key: "skipped") var skipped: String
    /// Why the run stopped, if it failed.
    @OptionalField(key: "failure") var failure: String?

    init() {}

    struct Skip: Codable {
        let name: String
        let staffNumber: String
        let reason: String
    }
}
