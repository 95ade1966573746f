import ConsoleKit
import Foundation
@testable import StrideServer
import StrideCore
import Testing

/// `stride schedule`: the JSON it prints and how it refuses bad options.
@Suite struct ScheduleCommandTests {
    @Test func jsonHasExactlyTheDocumentedKeysInOrder() throws {
        let cycles = CycleSchedule.cycles([.init(.probation, from: CalendarDate(iso: "2025-01-31")!)], until: CalendarDate(iso: "2028-06-01")!)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(ScheduleCommand.json(cycles).utf8)) as? [[String: String]])
        let base: Set = ["label", "start", "end", "beginningOfCycleDue", "midtermReview", "endOfCycle"]
        #expect(parsed.map { Set($0.keys) } == [base.union(["colleagueDesignation"]), base.union(["probationReport"]), base, base])
        #expect(parsed.map { $0["label"] } == ["P1", "P2", "P3", "R1"])
        #expect(parsed[1]["probationReport"] == "2026-10-31")
        #expect(parsed[2]["end"] == "2028-01-01")
        #expect(ScheduleCommand.json([]) == "[]")
    }

    @Test func badOptionsAreRefusedBeforeAnythingIsPrinted() async throws {
        func run(_ arguments: [String]) async throws {
            var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["stride"] + arguments))
            try await ScheduleCommand().run(using: &context)
        }
        let missing = try await #require(throws: CommandError.self) { try await run(["--entry-on-duty", "2025-01-31"]) }
        #expect(CommandLineFailure.describe(missing).status == 2)
        let contract = try await #require(throws: StrideError.self) { try await run(["--contract", "permanent", "--entry-on-duty", "2025-01-31"]) }
        #expect(contract.reason.contains("not \"permanent\""))
        let date = try await #require(throws: StrideError.self) { try await run(["--contract", "regular", "--entry-on-duty", "2025-02-30"]) }
        #expect(date.reason.contains("--entry-on-duty"))
        let end = try await #require(throws: StrideError.self) {
            try await run(["--contract", "regular", "--entry-on-duty", "2025-02-03", "--contract-end", "soon"])
        }
        #expect(end.reason.contains("--contract-end"))
    }
}
