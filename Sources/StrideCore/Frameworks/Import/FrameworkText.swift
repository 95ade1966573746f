import Foundation

/// Text clean-up shared by every importer: decoding uploads, splitting lines and taming the
/// whitespace that copy-and-paste from web pages and PDFs brings with it.
public enum FrameworkText {
    /// Decodes an upload as UTF-8 text, rejecting binary data and invalid byte sequences.
    ///
    /// A NUL byte never occurs in the text formats Stride imports, so it is taken as proof of
    /// a binary file (PDF, Word, spreadsheet) rather than decoded into garbage.
    public static func decode(_ data: Data) throws -> String {
        if let nul = data.firstIndex(of: 0) {
            throw FrameworkImportError.binaryData(byteOffset: data.distance(from: data.startIndex, to: nul))
        }
        // String(data:encoding:) rather than String(validating:as:), which needs macOS 15.
        guard var text = String(data: data, encoding: .utf8) else {
            throw FrameworkImportError.invalidUTF8(byteOffset: firstInvalidUTF8Offset(in: data))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    private static func firstInvalidUTF8Offset(in data: Data) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while case .valid(let encoded) = parser.parseScalar(from: &iterator) {
            offset += encoded.count
        }
        return offset
    }

    /// The lines of `text` with CRLF and CR line endings treated as LF, non-breaking and other
    /// typographic spaces turned into plain spaces, and zero-width characters removed. Tabs
    /// are kept: the AXELOS document uses them as table cell separators.
    ///
    /// Works on UTF-8 bytes because Swift treats "\r\n" as one Character, which would defeat
    /// a character-based split on "\n", and because it is several times faster.
    public static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current: [UInt8] = []
        var previousWasCR = false
        forEachScalar(in: text) { scalar, bytes in
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { return }
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lines.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else if let replacement = normalised(scalar) {
                if replacement == scalar { current.append(contentsOf: bytes) } else { current.append(0x20) }
            }
        }
        lines.append(String(decoding: current, as: UTF8.self))
        return lines
    }

    /// `text` with runs of whitespace (including tabs, line breaks and non-breaking spaces)
    /// collapsed to one space and trimmed at both ends.
    public static func collapsingWhitespace<S: StringProtocol>(_ text: S) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        forEachScalar(in: text) { scalar, bytes in
            guard let scalar = normalised(scalar) else { return }
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(contentsOf: bytes)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Calls `body` with each scalar of `text` and its UTF-8 bytes, reading the string's own
    /// storage so that no intermediate strings or array copies are made per scalar.
    private static func forEachScalar<S: StringProtocol>(
        in text: S, _ body: (Unicode.Scalar, Slice<UnsafeBufferPointer<UInt8>>) -> Void
    ) {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let end = min(index + length, bytes.count)
                var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
                for continuation in bytes[(index + 1)..<end] {
                    value = value << 6 | UInt32(continuation & 0x3F)
                }
                // A Swift string holds valid UTF-8, so the value is always a scalar.
                if let scalar = Unicode.Scalar(value) { body(scalar, bytes[index..<end]) }
                index = end
            }
        }
        if text.utf8.withContiguousStorageIfAvailable(scan) == nil {
            var copy = String(text)
            copy.withUTF8(scan)
        }
    }

    /// Whether `text` has nothing but whitespace.
    public static func isBlank<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.allSatisfy { normalised($0).map(isSpace) ?? true }
    }

    /// `text` with its leading and trailing whitespace (tabs included) removed.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        let isPadding = { (scalar: Unicode.Scalar) in normalised(scalar).map(isSpace) ?? true }
        guard let first = scalars.firstIndex(where: { !isPadding($0) }),
              let last = scalars.lastIndex(where: { !isPadding($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// The first range of the ASCII string `needle` in `text`, ignoring ASCII case. Compares
    /// UTF-8 bytes, which is exact for an ASCII needle and avoids Foundation's slow
    /// locale-aware search.
    static func range(ofASCII needle: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let pattern = Array(needle.utf8).map(lowercasedASCII)
        let utf8 = text.utf8
        guard let first = pattern.first else { return nil }
        var index = start ?? utf8.startIndex
        while index < utf8.endIndex {
            if lowercasedASCII(utf8[index]) == first {
                var candidate = index
                var matched = 0
                while matched < pattern.count, candidate < utf8.endIndex, lowercasedASCII(utf8[candidate]) == pattern[matched] {
                    matched += 1
                    candidate = utf8.index(after: candidate)
                }
                if matched == pattern.count { return index..<candidate }
            }
            index = utf8.index(after: index)
        }
        return nil
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// Whether `scalar` is whitespace. Looking up Unicode properties is slow enough to dominate
    /// an import, so ASCII, which is nearly all of the text, is answered directly.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// Maps typographic spaces to a space and drops zero-width characters (returns nil).
    private static func normalised(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return nil
        default: return scalar
        }
    }
}
