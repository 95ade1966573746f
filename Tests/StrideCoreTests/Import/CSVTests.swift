import StrideCore
import Testing

@Suite struct CSVTests {
    @Test func readsQuotedFieldsLineBreaksAndCRLF() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\nlast,,\n"
        let records = try CSV.parse(text)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func reportsAnUnclosedQuoteWithItsLine() {
        #expect(throws: CSV.ParseError(line: 2, message: "a quoted field is never closed")) {
            try CSV.parse("a,b\n\"open,b\nmore")
        }
        #expect(throws: CSV.ParseError.self) { try CSV.parse("\"a\"b,c") }
    }

    @Test func readHandsOverEachRecordAsItIsRead() {
        var seen: [[String]] = []
        #expect(throws: CSV.ParseError(line: 3, message: "a quoted field is never closed")) {
            try CSV.read("a,b\nc,d\n\"open") { seen.append($0.fields) }
        }
        // The records before the bad one were handed over before the error was met.
        #expect(seen == [["a", "b"], ["c", "d"]])
    }

    @Test func writesRowsSafelyForSpreadsheets() throws {
        #expect(CSV.row(["S1", "Doe, Jane", "say \"hi\""]) == "S1,\"Doe, Jane\",\"say \"\"hi\"\"\"\r\n")
        #expect(CSV.row(["=HYPERLINK(1)", "+1", "@x"]) == "'=HYPERLINK(1),'+1,'@x\r\n")
        #expect(try CSV.parse(CSV.row(["a\nb", "c"])).first?.fields == ["a\nb", "c"])
    }
}
