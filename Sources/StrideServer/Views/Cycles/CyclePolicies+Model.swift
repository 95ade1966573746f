import StrideCore

/// The model of `cycles/policies.leaf`: each contract type's cycle policy in words.
struct CyclePoliciesModel: Encodable {
    struct Row: Encodable {
        let contract: String
        let biennium: String
        let shortestCycle: String
        let windows: String
        let editHref: String
    }

    let rows: [Row]
    let openCyclesHref = StridePath.openCycles.href
    let overdueHref = StridePath.overdueForms.href
    let delegationsHref = StridePath.delegations.href
    let sendHref = StridePath.sendToReportsBoard.href

    init(_ policies: [ContractType: CyclePolicy]) {
        rows = ContractType.allCases.map { contract in
            let policy = policies[contract] ?? .standard
            return Row(contract: contract.displayName,
                       biennium: "\(DisplayDate.months[policy.bienniumStartMonth - 1]) of \(policy.bienniumStartsInEvenYears ? "even" : "odd") years",
                       shortestCycle: counted(policy.minimumCycleMonths, "month"),
                       windows: [policy.beginningWindowMonths, policy.midtermWindowMonths, policy.endWindowMonths]
                           .map { counted($0, "month") }.joined(separator: " / "),
                       editHref: StridePath.cyclePolicy(contract).href)
        }
    }
}
