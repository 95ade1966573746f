import Foundation
import Testing
import StrideCore

@Suite struct IndicatorSplitterTests {
    @Test func splitsBeforeACapitalisedVerbInRunningText() {
        let splitter = IndicatorSplitter()
        #expect(splitter.split("Perform security audits Record and escalate non compliance Investigate minor incidents.") == [
            "Perform security audits", "Record and escalate non compliance", "Investigate minor incidents.",
        ])
    }

    @Test func learntVerbsSplitEvenBeforeAcronyms() {
        let text = "Plan the service roll-out Provide IT support to users"
        #expect(IndicatorSplitter().split(text) == [text])
        var splitter = IndicatorSplitter()
        splitter.learn(fromIndicator: "Provide advice and coaching")
        #expect(splitter.vocabulary == ["provide"])
        #expect(splitter.split(text) == ["Plan the service roll-out", "Provide IT support to users"])
    }

    @Test func namesAcronymsAndParenthesesStayWhole() {
        var splitter = IndicatorSplitter()
        splitter.learn(fromIndicator: "Use tools")
        for text in [
            "Communicate the vision to Executive, third party shareholders and investors",
            "Set and improve IT Service Management (ITSM) processes using best practice",
            "Use modelling techniques (e.g. Use cases or UML for analysts) where relevant",
            "Work with IT Line Managers to ensure they are fulfilling their responsibilities",
            "Refer significant changes to the Change Advisory Board for assessment",
        ] {
            #expect(splitter.split(text) == [text])
        }
    }

    @Test func sentenceEndsSplitButAbbreviationsDoNot() {
        let splitter = IndicatorSplitter()
        #expect(splitter.split("Collect plans that have been put into place. Prioritize significant risks.") == [
            "Collect plans that have been put into place.", "Prioritize significant risks.",
        ])
        #expect(splitter.split("Assess risk, e.g. Legal exposure of the firm") == ["Assess risk, e.g. Legal exposure of the firm"])
    }

    @Test func runsOfSpacesSeparateAndLowerCaseContinues() {
        let splitter = IndicatorSplitter()
        #expect(splitter.split("   establish understanding      Identify advantages  \n Devise solutions") == [
            "establish understanding", "Identify advantages", "Devise solutions",
        ])
        #expect(splitter.split("Provide management of finances:            capital funding and accruals.") == [
            "Provide management of finances: capital funding and accruals.",
        ])
        #expect(splitter.split("  \n ") == [])
    }
}
