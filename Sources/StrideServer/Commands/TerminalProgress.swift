import Foundation
import Synchronization
import Vapor

/// A progress bar on one terminal line, redrawn as a step moves on; a plain line per step when
/// the output is not a terminal (CI logs), so logs stay readable.
/// (Unchecked: Vapor's console is not marked Sendable; it is written to only under the lock.)
final class TerminalProgress: @unchecked Sendable {
    private let console: any Console
    private let isTerminal = isatty(STDOUT_FILENO) != 0
    /// The step on the line and the percentage drawn for it.
    private let line = Mutex((step: "", shown: -1))
    private let started = Date()

    init(console: any Console) {
        self.console = console
    }

    func update(_ step: String, done: Int, of total: Int) {
        line.withLock { line in draw(step, done: done, of: total, on: &line) }
    }

    private func draw(_ step: String, done: Int, of total: Int, on line: inout (step: String, shown: Int)) {
        let percent = total > 0 ? min(100, done * 100 / total) : 100
        if step != line.step {
            if isTerminal, !line.step.isEmpty { console.output("", newLine: true) }
            line = (step, -1)
        }
        guard percent != line.shown else { return }
        line.shown = percent
        let elapsed = String(format: "%5.1f s", Date().timeIntervalSince(started))
        if isTerminal {
            let filled = percent * 30 / 100
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
            console.output("\r\(bar) \(String(format: "%3d", percent)) %  \(elapsed)  \(step) (\(done) of \(total))".consoleText(), newLine: false)
        } else if percent == 100 {
            console.print("\(elapsed)  \(step): \(total)")
        }
    }

    func finish() {
        line.withLock { line in
            if isTerminal, !line.step.isEmpty { console.output("", newLine: true) }
        }
    }
}
