import Foundation
import StrideCore
import Vapor

/// `stride schedule --contract TYPE --entry-on-duty DATE [--until DATE] [--contract-end DATE] [--json]`:
/// the cycles the rules give under the standard policy, without touching any database.
struct ScheduleCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "contract", help: "regular, probation or technical_cooperation")
        var contract: String?
        @Option(name: "entry-on-duty", help: "The entry-on-duty date, YYYY-MM-DD")
        var entryOnDuty: String?
        @Option(name: "until", help: "List the cycles that start before this date (default: ten years after entry)")
        var until: String?
        @Option(name: "contract-end", help: "The contract end or separation date, YYYY-MM-DD")
        var contractEnd: String?
        @Flag(name: "json", help: "Print one JSON array instead of a table")
        var json: Bool
    }

    var help: String { "Prints the appraisal cycles a contract gives (start, end, phase dates) under the standard policy." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let raw = signature.contract else { throw CommandError.missingRequiredArgument("--contract") }
        guard let contract = ContractType(rawValue: raw) else {
            throw StrideError.badRequest("--contract: give regular, probation or technical_cooperation (not \"\(raw)\")")
        }
        let entry = try CommandDate.parse(signature.entryOnDuty, option: "entry-on-duty", required: true)!
        let until = try CommandDate.parse(signature.until, option: "until") ?? entry.adding(months: 120)
        let end = try CommandDate.parse(signature.contractEnd, option: "contract-end")
        let cycles = CycleSchedule.cycles([.init(contract, from: entry)], until: until, contractEnd: end)
        for line in signature.json ? [Self.json(cycles)] : Self.table(cycles) { context.console.print(line) }
    }

    static func json(_ cycles: [ScheduledCycle]) -> String {
        // Keys in a fixed, readable order; every value is a plain string.
        let objects = cycles.map { cycle in
            "{" + cycle.summaryFields.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]"
    }

    static func table(_ cycles: [ScheduledCycle]) -> [String] {
        let header = ["cycle", "start", "end", "BoC due", "mid-term", "EoC", "notes"]
        let rows = cycles.map { cycle in
            [cycle.label, cycle.start.iso, cycle.end.iso, cycle.beginningOfCycleDue.iso, cycle.midtermReview.iso, cycle.endOfCycle.iso,
             [cycle.colleagueDesignation.map { "colleagues designated \($0.iso)" },
              cycle.probationReport.map { "probationary report \($0.iso)" },
              cycle.isCut ? "cut by the contract end" : nil].compactMap { $0 }.joined(separator: "; ")]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }
}
