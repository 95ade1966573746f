import Foundation
import StrideCore
import Testing

@Suite struct CycleOpeningTests {
    private func person(_ contract: ContractType = .regular, eod: String = "2025-03-17", active: Bool = true,
                        supervisor: UUID? = UUID(), opened: [String] = [],
                        changes: [ContractHistory.Change] = []) -> CycleOpening.Person {
        CycleOpening.Person(id: UUID(), contract: .init(entryOnDuty: CalendarDate(iso: eod)!, initialType: contract, changes: changes),
                            isActive: active, supervisorID: supervisor,
                            opened: opened.map { span in
                                let ends = span.split(separator: " ").map { CalendarDate(iso: String($0))! }
                                return ends[0]..<ends[1]
                            })
    }

    private let asOf = CalendarDate(iso: "2026-03-01")!

    @Test func opensTheCycleCoveringTheDateWithTheSupervisorAsAppraiser() {
        let boss = UUID()
        guard case .open(let cycle, let appraiser) = CycleOpening.decide(person(supervisor: boss), asOf: asOf, policies: [:]) else {
            Issue.record("expected a cycle to open")
            return
        }
        #expect(cycle.label == "R2" && cycle.start.iso == "2026-01-01" && appraiser == boss)
    }

    @Test func skipsWithAReasonOrSaysItIsAlreadyOpen() {
        #expect(CycleOpening.decide(person(opened: ["2026-01-01 2028-01-01"]), asOf: asOf, policies: [:]) == .alreadyOpen)
        #expect(CycleOpening.decide(person(supervisor: nil), asOf: asOf, policies: [:]) == .skipped("no supervisor is recorded to appraise them"))
        #expect(CycleOpening.decide(person(active: false), asOf: asOf, policies: [:]) == .skipped("separated"))
        #expect(CycleOpening.decide(person(eod: "2026-04-01"), asOf: asOf, policies: [:]) == .skipped("not yet on duty on 2026-03-01"))
        // Entry on the very day: the first cycle opens that day.
        if case .open(let cycle, _) = CycleOpening.decide(person(.probation, eod: "2026-03-01"), asOf: asOf, policies: [:]) {
            #expect(cycle.label == "P1")
        } else {
            Issue.record("expected P1 to open on the day of entry")
        }
    }

    @Test func anOpenedCycleCoveringTheDateStandsWhateverThePolicySaysNow() {
        // Opened under a July biennium; today's January policy would give another start.
        #expect(CycleOpening.decide(person(opened: ["2025-07-01 2027-07-01"]), asOf: asOf, policies: [:]) == .alreadyOpen)
    }

    @Test func afterAChangeOfContractTypeTheNewTypesCycleOpensFromTheChange() {
        let confirmed = person(.probation, eod: "2025-01-31", opened: ["2025-01-31 2026-01-31", "2026-01-31 2026-02-15"],
                               changes: [.init(to: .regular, on: CalendarDate(iso: "2026-02-15")!)])
        guard case .open(let cycle, _) = CycleOpening.decide(confirmed, asOf: asOf, policies: [:]) else {
            Issue.record("expected the regular cycle to open")
            return
        }
        #expect(cycle.label == "R1" && cycle.contractType == .regular && cycle.start.iso == "2026-02-15" && cycle.end.iso == "2028-01-01")
    }
}
