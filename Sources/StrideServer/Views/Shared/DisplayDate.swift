import Foundation
import StrideCore

/// Dates as people read them, in English and independent of the server's locale.
enum DisplayDate {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    static func long(_ date: CalendarDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "2 Mar 2026", where a chart's axis has little room.
    static func short(_ date: CalendarDate) -> String {
        "\(date.day) \(months[date.month - 1].prefix(3)) \(date.year)"
    }
}

extension DisplayDate {
    /// "2 March 2026, 14:05 UTC": an instant as people read it, always in UTC.
    static func instant(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        return "\(long(CalendarDate(utc: date))), \(twoDigits(secondOfDay / 3600)):\(twoDigits(secondOfDay % 3600 / 60)) UTC"
    }

    /// "2026-03-02T14:05:00Z", for `<time datetime>`.
    static func machine(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        return "\(CalendarDate(utc: date).iso)T\(twoDigits(secondOfDay / 3600)):\(twoDigits(secondOfDay % 3600 / 60)):\(twoDigits(secondOfDay % 60))Z"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
