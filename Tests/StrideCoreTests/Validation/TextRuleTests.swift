import Foundation
import StrideCore
import Testing

@Suite struct TextRuleTests {
    @Test(arguments: ["Jo\u{0}Bloggs", "Jo\u{1B}[31mBloggs", "line\nbreak", "tab\there", "del\u{7F}", "c1\u{85}"])
    func controlCharactersAreRefusedInOneLineTexts(_ text: String) {
        #expect(TextRule.problem(in: text, maxLength: 200) == .controlCharacter)
    }

    @Test func tabsAndLineBreaksBelongInMultiLineTexts() {
        #expect(TextRule.problem(in: "first\nsecond\r\n\tindented", maxLength: 200, multiline: true) == nil)
        #expect(TextRule.problem(in: "still\u{0}not", maxLength: 200, multiline: true) == .controlCharacter)
    }

    @Test func lengthIsCountedAsPeopleSeeCharacters() {
        #expect(TextRule.problem(in: String(repeating: "é", count: 5), maxLength: 5) == nil)
        #expect(TextRule.problem(in: "👩‍👩‍👧‍👦x", maxLength: 2) == nil)   // an emoji with joiners is one character
        #expect(TextRule.problem(in: "abcdef", maxLength: 5) == .tooLong(maximum: 5))
    }

    @Test func formsNameTheFieldAndTheProblem() {
        let input = StaffInput(name: "Jo\u{0}Bloggs", email: "jo@example.org", staffNumber: "S1", grade: "P3",
                               jobTitle: String(repeating: "x", count: 201), entryOnDuty: "2026-01-05",
                               contractType: "regular", status: "active")
        #expect(input.validate().errors == [
            FieldError("name", "Name must not contain control characters (such as NUL or escape)"),
            FieldError("jobTitle", "Job title must be 200 characters or fewer"),
        ])
        #expect(!EmailAddress.isPlausible("jo\u{0}@example.org"))
        #expect(WorkgroupInput(name: "Team", kind: "permanent_team", purpose: "First line\nSecond line").validate().errors.isEmpty)
    }

    @Test func frameworksFollowTheSameRule() throws {
        var framework = try FrameworkImporter.importFramework(
            text: try SeedDocuments.axelosText(), format: .axelos,
            options: FrameworkImportOptions(importedAt: Date(timeIntervalSince1970: 0))).0
        #expect(framework.validationProblems().isEmpty)
        framework.name = String(repeating: "N", count: 100_000)
        framework.publisher = "Pub\u{0}lisher"
        let problems = framework.validationProblems()
        #expect(problems.contains("the framework name must be 200 characters or fewer"))
        #expect(problems.contains("the publisher must not contain control characters (such as NUL or escape)"))
    }
}
