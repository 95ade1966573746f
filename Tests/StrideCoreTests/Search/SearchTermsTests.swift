import StrideCore
import Testing

@Suite struct SearchTermsTests {
    @Test func wordsAreFoldedForCaseAndAccents() {
        #expect(SearchTerms.terms(of: "Lucía FERNÁNDEZ, Chief of Staff") == ["lucia", "fernandez", "chief", "of", "staff"])
        #expect(SearchTerms.terms(of: "Ana ana ANA") == ["ana"])
        #expect(SearchTerms.terms(of: "  -- ") == [])
    }

    @Test func anEmailIsFoundWholeAndByItsWords() {
        #expect(SearchTerms.terms(ofEmail: "Amara.Okafor@demo.example")
            == ["amara.okafor@demo.example", "amara", "okafor", "demo", "example"])
    }

    @Test func aQueryIsReadTheSameWayAndBounded() {
        #expect(SearchTerms.queryWords("  Fernández  lu ") == ["fernandez", "lu"])
        #expect(SearchTerms.queryWords("a b c d e f g h").count == SearchTerms.maxQueryWords)
        #expect(SearchTerms.queryWords("%_\\").isEmpty)
    }

    /// Plain ASCII takes a faster road than accented text; both must read words the same way.
    @Test func asciiTextIsReadAsTheGeneralRuleReadsIt() {
        for (plain, accented) in [("Zoe O'Brien-Smith, P4 #2", "Zoë O'Brien-Smith, P4 #2"), ("ANA maria 42x", "ANA maría 42x")] {
            #expect(SearchTerms.terms(of: plain) == SearchTerms.terms(of: accented), "\(plain)")
        }
        #expect(SearchTerms.terms(of: "Zoe O'Brien-Smith, P4 #2") == ["zoe", "o", "brien", "smith", "p4", "2"])
        #expect(SearchTerms.terms(ofEmail: "Zoe.Smith@UN.org") == ["zoe.smith@un.org", "zoe", "smith", "un", "org"])
    }

    @Test func longWordsAreCut() {
        let long = String(repeating: "x", count: 500)
        #expect(SearchTerms.terms(of: long) == [String(repeating: "x", count: SearchTerms.maxTermLength)])
    }

    @Test func thePrefixRangeHoldsExactlyTheWordsThatStartWithIt() {
        let upper = SearchTerms.upperBound(of: "fern")
        for word in ["fern", "fernandez", "fernñ", "fern\u{1F600}"] { #expect(word >= "fern" && word < upper, "\(word)") }
        for word in ["fer", "fero", "ferm", "gern"] { #expect(!(word >= "fern" && word < upper), "\(word)") }
    }
}
