import Foundation
import StrideCore

/// One plain-text e-mail, rendered as RFC 5322 with a UTF-8 body in base64 (safe through any
/// relay, and no line of it can start with a dot).
struct MailMessage: Sendable, Equatable {
    let from: String
    let to: String
    let subject: String
    let body: String

    /// The message as sent: headers, a blank line, the body; lines end in CRLF.
    func rendered(date: Date, messageID: UUID) -> String {
        let domain = from.split(separator: "@").last.map(String.init) ?? "stride.invalid"
        let headers = [
            "From: Stride <\(Self.clean(from))>",
            "To: <\(Self.clean(to))>",
            "Subject: \(Self.encodedWords(Self.clean(subject)))",
            "Date: \(Self.rfc5322(date))",
            "Message-ID: <\(messageID.uuidString.lowercased())@\(Self.clean(domain))>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            // RFC 3834: an automatic message, so auto-replies are not sent back.
            "Auto-Submitted: auto-generated",
        ]
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString()
        let lines = stride(from: 0, to: encoded.count, by: 76).map { start -> String in
            let from = encoded.index(encoded.startIndex, offsetBy: start)
            return String(encoded[from..<(encoded.index(from, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex)])
        }
        return (headers + [""] + lines).joined(separator: "\r\n") + "\r\n"
    }

    /// A header value without line breaks, so no text can add a header.
    private static func clean(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })
    }

    /// ASCII as it is; anything else as RFC 2047 encoded words of at most 45 bytes each, never
    /// splitting a character.
    static func encodedWords(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII }) else { return text }
        var words: [String] = [], current = ""
        for character in text {
            if current.utf8.count + String(character).utf8.count > 45 {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        words.append(current)
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// "Sun, 06 Dec 2026 11:44:04 +0000", whatever the machine's locale and zone.
    static func rfc5322(_ date: Date) -> String {
        let day = CalendarDate(utc: date)
        let seconds = Int(date.timeIntervalSince1970) - day.daysSinceEpoch * 86_400
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((day.daysSinceEpoch % 7) + 7) % 7]
        let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][day.month - 1]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(weekday), \(two(day.day)) \(month) \(day.year) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60)) +0000"
    }
}
