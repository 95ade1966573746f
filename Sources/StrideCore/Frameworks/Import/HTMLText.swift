import Foundation

/// Just enough HTML reading for framework documents: splitting table cells into paragraphs
/// and list items, stripping inline markup and decoding character references.
///
/// A hand-written single pass rather than regular expressions: the AXELOS document has
/// hundreds of cells and the import must stay well under 100 ms.
public enum HTMLText {
    /// A paragraph, list item or loose run of text, with markup removed and entities decoded.
    /// Whitespace is kept as found because runs of spaces can separate indicators.
    public struct Block: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// Content of a `<p>` element.
            case paragraph
            /// Content of an `<li>` element.
            case listItem
            /// Text outside any `<p>` or `<li>`.
            case text
        }

        public var kind: Kind
        public var text: String

        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }

        /// Whether the source marked this block up as its own paragraph or list item.
        public var isMarkedUp: Bool { kind != .text }
    }

    /// Tags that end one block of text and may start another.
    private static let boundaryTags: Set<String> = [
        "ul", "ol", "div", "table", "tr", "td", "th", "thead", "tbody", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "section",
    ]

    /// The blocks of an HTML fragment in document order; blank blocks are left out.
    public static func blocks(_ html: String) -> [Block] {
        var blocks: [Block] = []
        var current: [UInt8] = []
        var kind = Block.Kind.text
        func flush() {
            let text = decodeEntities(String(decoding: current, as: UTF8.self))
            if !FrameworkText.isBlank(text) { blocks.append(Block(kind: kind, text: text)) }
            current.removeAll(keepingCapacity: true)
            kind = .text
        }
        // Tags are ASCII, so the fragment is scanned as UTF-8 bytes and text is copied whole.
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), let tag = tag(in: bytes, at: index) else {
                current.append(bytes[index])
                index += 1
                continue
            }
            index = tag.end
            switch tag.name {
            case "p", "li":
                flush()
                if !tag.isClosing { kind = tag.name == "p" ? .paragraph : .listItem }
            case "br":
                current.append(UInt8(ascii: "\n"))
            case _ where boundaryTags.contains(tag.name):
                flush()
            default:
                // Inline markup (<b>, <u>, <span>…) carries no structure worth keeping.
                break
            }
        }
        flush()
        return blocks
    }

    /// The text of an HTML fragment with all markup removed, entities decoded and whitespace
    /// collapsed.
    public static func plainText(_ html: String) -> String {
        FrameworkText.collapsingWhitespace(blocks(html).map(\.text).joined(separator: " "))
    }

    /// Decodes character references: the common named ones and numeric `&#…;` / `&#x…;`.
    /// Unknown references are left as written so nothing is lost.
    public static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (decoded, end) = entity(in: scalars, at: index) {
                result.append(contentsOf: decoded.unicodeScalars)
                index = end
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{00B7}", "reg": "\u{00AE}", "copy": "\u{00A9}", "trade": "\u{2122}",
        "eacute": "\u{00E9}", "shy": "",
    ]

    private static func entity(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var end = start + 1
        while end < scalars.count, end - start <= 10, scalars[end] != ";" {
            guard scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || scalars[end] == "#" else {
                return nil
            }
            end += 1
        }
        guard end < scalars.count, scalars[end] == ";", end > start + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), end + 1)
        }
        guard let decoded = namedEntities[name.lowercased()] else { return nil }
        return (decoded, end + 1)
    }

    private struct Tag {
        var name: String
        var isClosing: Bool
        var end: Int
    }

    /// Reads a tag starting at `start` ("<"), or nil when the "<" is literal text.
    private static func tag(in bytes: [UInt8], at start: Int) -> Tag? {
        var index = start + 1
        var isClosing = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") {
            isClosing = true
            index += 1
        }
        let nameStart = index
        while index < bytes.count, isASCIILetterOrDigit(bytes[index]) {
            index += 1
        }
        guard index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if bytes[index] == UInt8(ascii: "<") { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        return Tag(name: name, isClosing: isClosing, end: index + 1)
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
