import StrideCore

/// What opening cycles did, in words: for the command line and HR's page alike.
struct OpenCyclesSummary: Encodable {
    struct Skip: Encodable {
        let name: String
        let staffNumber: String
        let reason: String
    }

    let heading: String
    let opened: String
    let alreadyOpen: String
    let skippedCount: String
    let skipped: [Skip]

    init(_ summary: CycleOpener.Summary, asOf date: CalendarDate) {
        heading = "Cycles as of \(DisplayDate.long(date))"
        opened = "Opened \(counted(summary.opened, "cycle")), each with its Beginning of Cycle form as a draft."
        alreadyOpen = "\(counted(summary.alreadyOpen, "person", "people")) already had their cycle open."
        skippedCount = summary.skipped.isEmpty ? "Nobody was skipped." : "Skipped \(counted(summary.skipped.count, "person", "people")):"
        skipped = summary.skipped.map { Skip(name: $0.name, staffNumber: $0.staffNumber, reason: $0.reason) }
    }

    var lines: [String] {
        [heading, opened, alreadyOpen, skippedCount] + skipped.map { "  \($0.name) (\($0.staffNumber)): \($0.reason)" }
    }
}
