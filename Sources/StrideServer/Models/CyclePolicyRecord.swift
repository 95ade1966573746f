import Fluent
import Foundation
import StrideCore

/// The stored cycle policy of one contract type (`CyclePolicy` in the core).
final class CyclePolicyRecord: Model, @unchecked Sendable {
    static let schema = "cycle_policies"
    typealias IDValue = UUID

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    // data fields
    @Field(key: "contract_type") var contractType: ContractType
    @Field(key: "biennium_start_month") var bienniumStartMonth: Int
    @Field(key: "biennium_starts_in_even_years") var bienniumStartsInEvenYears: Bool
    @Field(key: "minimum_cycle_months") var minimumCycleMonths: Int
    @Field(key: "beginning_window_months") var beginningWindowMonths: Int
    @Field(key: "midterm_window_months") var midtermWindowMonths: Int
    @Field(key: "end_window_months") var endWindowMonths: Int
    /// Counts saves, starting at 1; a form carries the version it was made from.
    @Field(key: "record_version") var recordVersion: Int

    init() {}

    var policy: CyclePolicy {
        get {
            CyclePolicy(bienniumStartMonth: bienniumStartMonth, bienniumStartsInEvenYears: bienniumStartsInEvenYears,
                        minimumCycleMonths: minimumCycleMonths, beginningWindowMonths: beginningWindowMonths,
                        midtermWindowMonths: midtermWindowMonths, endWindowMonths: endWindowMonths)
        }
        set {
            bienniumStartMonth = newValue.bienniumStartMonth
            bienniumStartsInEvenYears = newValue.bienniumStartsInEvenYears
            minimumCycleMonths = newValue.minimumCycleMonths
            beginningWindowMonths = newValue.beginningWindowMonths
            midtermWindowMonths = newValue.midtermWindowMonths
            endWindowMonths = newValue.endWindowMonths
        }
    }
}
