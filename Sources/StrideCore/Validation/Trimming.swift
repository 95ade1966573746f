import Foundation

extension String {
    /// `trimmingCharacters(in:)`, answering at once when both ends are plain ASCII that no
    /// whitespace set holds: nearly every field, and Foundation's trim copies the string
    /// through `NSString` each time (a tenth of a 100,000-row import).
    func trimmed(_ set: CharacterSet = .whitespacesAndNewlines) -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func plain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
        return plain(first) && plain(last) ? self : trimmingCharacters(in: set)
    }
}
