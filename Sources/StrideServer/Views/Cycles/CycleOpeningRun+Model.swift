import Foundation
import StrideCore

/// One opening of cycles for everyone, as its page shows it: the progress while it runs,
/// then what it opened and whom it skipped, or why it stopped.
struct CycleOpeningRunView: Encodable {
    struct Progress: Encodable {
        let done: Int
        let total: Int
        let label: String
    }

    let heading: String
    let started: String
    /// Set while the run goes on.
    let progress: Progress?
    let summary: OpenCyclesSummary?
    /// Why the run stopped before it finished, and what to do.
    let failure: String?
    let selfHref: String
    let againHref: String

    /// The people skipped a page lists; a larger list would make it heavy, and the command
    /// (`stride open-cycles`) prints every one.
    static let skippedShown = 1_000

    init(_ run: CycleOpeningRun, now: Date) throws {
        heading = "Opening cycles as of \(DisplayDate.long(run.asOf))"
        started = "Started \(DisplayDate.instant(run.startedAt))."
        selfHref = StridePath.cycleOpeningRun(try run.requireID()).href
        againHref = StridePath.openCycles.href
        let stalled = run.finishedAt == nil && now.timeIntervalSince(run.progressedAt) > CycleOpeningRuns.stallLimit
        let (done, total) = (DisplayNumber.grouped(run.done), DisplayNumber.grouped(run.total))
        let decided = run.total == 0 ? "before anyone was decided" : "after \(done) of \(total) people were decided"
        let again = " Open cycles again as of the same date to finish: people whose cycle opened keep it, and nobody gets one twice."
        if stalled {
            failure = "The run stopped \(decided), without finishing (its server may have restarted)." + again
        } else {
            failure = run.failure.map { "\($0) It stopped \(decided)." + again }
        }
        if run.finishedAt == nil, !stalled {
            progress = Progress(done: run.done, total: run.total,
                                label: run.total == 0 ? "Starting…"
                                    : "\(done) of \(total) people decided (\(run.done * 100 / run.total) %)")
        } else {
            progress = nil
        }
        if run.finishedAt != nil, run.failure == nil {
            let skipped = try JSONDecoder().decode([CycleOpeningRun.Skip].self, from: Data(run.skipped.utf8))
            summary = OpenCyclesSummary(
                CycleOpener.Summary(opened: run.opened, alreadyOpen: run.alreadyOpen,
                                    skipped: skipped.map { ($0.name, $0.staffNumber, $0.reason) }),
                asOf: run.asOf, showing: Self.skippedShown)
        } else {
            summary = nil
        }
    }
}
