import Foundation

/// Day arithmetic on calendar dates, without Foundation's Calendar (no zone, no locale).
extension CalendarDate {
    /// Days since 1970-01-01 (negative before), by Howard Hinnant's days-from-civil.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days later (earlier when negative), clamped to the years a CalendarDate holds.
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(utc: Date(timeIntervalSince1970: Double(daysSinceEpoch + days) * 86_400))
    }

    /// Whole days from this date to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// Midnight UTC at the start of the day.
    public var start: Date { Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400) }
}
