import Foundation
import StrideCore
import Testing

@Suite struct CycleOpeningTests {
    private func person(_ contract: ContractType = .regular, eod: String = "2025-03-17", active: Bool = true,
                        supervisor: UUID? = UUID(), opened: Set<String> = []) -> CycleOpening.Person {
        CycleOpening.Person(id: UUID(), contract: contract, entryOnDuty: CalendarDate(iso: eod)!, isActive: active,
                            supervisorID: supervisor, openedStarts: Set(opened.map { CalendarDate(iso: $0)! }))
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
        #expect(CycleOpening.decide(person(opened: ["2026-01-01"]), asOf: asOf, policies: [:]) == .alreadyOpen)
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
}
