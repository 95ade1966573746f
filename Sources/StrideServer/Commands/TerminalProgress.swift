import Foundation
import Vapor

/// A progress bar on one terminal line, redrawn as a step moves on; a plain line per step when
/// the output is not a terminal (CI logs), so logs stay readable.
final class TerminalProgress: @unchecked Sendable {
    private let console: any Console
    private let isTerminal = isatty(STDOUT_FILENO) != 0
    private let lock = NSLock()
    private var step = ""
    private var shown = -1
    private let started = Date()

    init(console: any Console) {
        self.console = console
    }

    func update(_ step: String, done: Int, of total: Int) {
        lock.lock(); defer { lock.unlock() }
        let percent = total > 0 ? min(100, done * 100 / total) : 100
        if step != self.step {
            if isTerminal, !self.step.isEmpty { console.output("", newLine: true) }
            self.step = step
            shown = -1
        }
        guard percent != shown else { return }
        shown = percent
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
        lock.lock(); defer { lock.unlock() }
        if isTerminal, !step.isEmpty { console.output("", newLine: true) }
    }
}
