import Fluent
import StrideCore
import Vapor

/// Reading and changing the cycle policy of each contract type. A change applies to cycles
/// opened after it; cycles already open keep the dates they were opened with.
enum CyclePolicyService {
    /// The policy of every contract type (the standard one for any row missing).
    static func all(on db: any Database) async throws -> [ContractType: CyclePolicy] {
        let rows = try await CyclePolicyRecord.query(on: db).all()
        var policies = Dictionary(uniqueKeysWithValues: ContractType.allCases.map { ($0, CyclePolicy.standard) })
        for row in rows { policies[row.contractType] = row.policy }
        return policies
    }

    static func record(for contract: ContractType, on db: any Database) async throws -> CyclePolicyRecord {
        guard let row = try await CyclePolicyRecord.query(on: db).filter(\.$contractType == contract).first() else {
            throw StrideError.notFound("The cycle policy")
        }
        return row
    }

    /// Saves the policy typed for `contract`, if the form was made from the version stored.
    static func update(_ contract: ContractType, with input: CyclePolicyInput, version: Int?,
                       in context: ServiceContext) async throws -> Result<CyclePolicy, FieldErrors> {
        let validated = input.validate()
        guard let policy = validated.value else { return .failure(FieldErrors(validated.errors)) }
        return try await context.exclusiveTransaction(lock: nil) { context in
            let row = try await record(for: contract, on: context.db)
            if let version, version != row.recordVersion { return .failure(FieldErrors(stale: row.recordVersion)) }
            let changes = ChangeSummary.cyclePolicy(row.policy, policy)
            guard !changes.isEmpty else { return .success(policy) }
            row.policy = policy
            row.recordVersion += 1
            try await row.save(on: context.db)
            try await context.audit(.update, .cyclePolicy, id: row.id,
                                    "Updated the \(contract.displayName.lowercased()) cycle policy: \(changes.text)")
            return .success(policy)
        }
    }
}
