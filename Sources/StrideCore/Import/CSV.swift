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
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var afterQuote = false
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = chars.next()
        if pending == "\u{FEFF}" { pending = chars.next() }

        func endRecord() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) {
                body(Record(line: recordLine, fields: fields))
            }
            fields = []
        }

        while let c = pending {
            pending = chars.next()
            if inQuotes {
                if c == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = chars.next() } else { inQuotes = false; afterQuote = true }
                } else {
                    if c == "\n" { line += 1 }
                    if c == "\r" && pending == "\n" { continue }   // CRLF inside quotes becomes LF
                    field.unicodeScalars.append(c == "\r" ? "\n" : c)
                }
                continue
            }
            switch c {
            case ",":
                fields.append(field); field = ""; afterQuote = false
            case "\r", "\n":
                if c == "\r" && pending == "\n" { pending = chars.next() }
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
            default:
                if afterQuote {
                    throw ParseError(line: line, message: "unexpected text after a closing quote")
                }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw ParseError(line: recordLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
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
