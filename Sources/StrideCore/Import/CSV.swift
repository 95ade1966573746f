/// RFC 4180 comma-separated values, as spreadsheets write them: optional byte-order mark,
/// CRLF or LF line ends, quoted fields that may hold commas, quotes ("") and line breaks.
public enum CSV {
    /// One record and the line of the file it starts on, so problems can be reported by line.
    public struct Record: Sendable, Equatable {
        public let line: Int
        public let fields: [String]
    }

    /// A problem with an imported file's content, by line and, where there is one, column.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let column: String?
        public let message: String

        public init(line: Int, column: String?, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String {
            column.map { "Line \(line), \($0): \(message)" } ?? "Line \(line): \(message)"
        }
    }

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "Line \(line): \(message)" }

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// Parses the whole text. Blank lines are skipped.
    public static func parse(_ text: String) throws(ParseError) -> [Record] {
        var records: [Record] = []
        try read(text) { records.append($0) }
        return records
    }

    /// Hands each record to `body` as it is read, so a large file is never held as records.
    public static func read(_ text: String, _ body: (Record) -> Void) throws(ParseError) {
        var text = text
        // The delimiters are all ASCII, so the UTF-8 bytes are split as they are and each field
        // decoded once, rather than the text walked a scalar at a time.
        if let failure = text.withUTF8({ read(bytes: $0, body) }) { throw failure }
    }

    private static func read(bytes: UnsafeBufferPointer<UInt8>, _ body: (Record) -> Void) -> ParseError? {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                body(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let c = bytes[index]
            index += 1
            let next: UInt8? = index < bytes.count ? bytes[index] : nil
            if inQuotes {
                if c == quote {
                    if next == quote { field.append(quote); index += 1 } else { inQuotes = false; afterQuote = true }
                } else {
                    if c == lf { line += 1 }
                    if c == cr && next == lf { continue }   // CRLF inside quotes becomes LF
                    field.append(c == cr ? lf : c)
                }
                continue
            }
            switch c {
            case comma:
                endField()
                afterQuote = false
            case cr, lf:
                if c == cr && next == lf { index += 1 }
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            case quote where field.isEmpty && !afterQuote:
                inQuotes = true
            default:
                if afterQuote {
                    return ParseError(line: line, message: "unexpected text after a closing quote")
                }
                field.append(c)
            }
        }
        if inQuotes { return ParseError(line: recordLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return nil
    }

    /// A field as `row` wrote it, read back: the apostrophe put before a would-be formula removed.
    public static func unescaped(_ field: String) -> String {
        guard field.hasPrefix("'"), let next = field.dropFirst().first, "=+-@\t\r".contains(next) else { return field }
        return String(field.dropFirst())
    }

    /// Writes one row, quoting only the fields that need it. Fields that a spreadsheet would
    /// run as a formula are prefixed with an apostrophe (CSV injection).
    public static func row(_ fields: [String]) -> String {
        fields.map { field in
            var value = field
            if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
            if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return value
        }.joined(separator: ",") + "\r\n"
    }
}
