import StrideCore
import Vapor

/// A date option of a command, `--NAME YYYY-MM-DD`: a missing required one is a usage error
/// (exit 2), one that is not a real date says so (exit 1).
enum CommandDate {
    static func parse(_ text: String?, option: String, required: Bool = false) throws -> CalendarDate? {
        guard let text else {
            if required { throw CommandError.missingRequiredArgument("--\(option)") }
            return nil
        }
        guard let date = CalendarDate(iso: text) else {
            throw StrideError.badRequest("--\(option): \"\(text)\" is not a date as YYYY-MM-DD")
        }
        return date
    }
}
