import NIOCore
import Vapor

/// How the command line reports a failure: one line for standard error and an exit status,
/// 2 when the command line itself is wrong (an unknown command, a missing argument), 1 for
/// anything else. Never a crash or a backtrace.
public enum CommandLineFailure {
    public static func describe(_ error: any Error) -> (message: String, status: Int32) {
        switch error {
        case let error as CommandError:
            return (oneLine("\(error)") + " (see stride --help)", 2)
        case let error as StrideError:
            return (oneLine(error.reason), 1)
        case let error as IOError where error.errnoCode == EADDRINUSE:
            return ("cannot listen there: the address is already in use (choose another with --port)", 1)
        case let error as any AbortError:
            return (oneLine(error.reason), 1)
        default:
            return (oneLine(String(describing: error)), 1)
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
