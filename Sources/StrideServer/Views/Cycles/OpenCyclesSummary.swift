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
    /// How many more were skipped than `skipped` lists, in words; nil when it lists them all.
    let moreSkipped: String?

    /// - Parameter showing: the most people skipped to list (all of them by default).
    init(_ summary: CycleOpener.Summary, asOf date: CalendarDate, showing limit: Int = .max) {
        heading = "Cycles as of \(DisplayDate.long(date))"
        opened = "Opened \(DisplayNumber.counted(summary.opened, "cycle")), each with its Beginning of Cycle form as a draft."
        alreadyOpen = "\(DisplayNumber.counted(summary.alreadyOpen, "person", "people")) already had their cycle open."
        skippedCount = summary.skipped.isEmpty ? "Nobody was skipped." : "Skipped \(DisplayNumber.counted(summary.skipped.count, "person", "people")):"
        skipped = summary.skipped.prefix(limit).map { Skip(name: $0.name, staffNumber: $0.staffNumber, reason: $0.reason) }
        let more = summary.skipped.count - skipped.count
        moreSkipped = more > 0 ? "And \(DisplayNumber.counted(more, "more person", "more people")), listed in full by the command stride open-cycles." : nil
    }

    var lines: [String] {
        [heading, opened, alreadyOpen, skippedCount] + skipped.map { "  \($0.name) (\($0.staffNumber)): \($0.reason)" }
    }
}
