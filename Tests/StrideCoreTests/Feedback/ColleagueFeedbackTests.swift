import Foundation
import StrideCore
import Testing

/// Probation feedback from colleagues: the form, its due date, and who designates, gives and reads it.
@Suite struct ColleagueFeedbackTests {
    static func answers(_ rating: String) -> [(questionID: String, rating: String)] {
        ColleagueFeedbackForm.questions.map { ($0.id.uuidString, rating) }
    }

    @Test func feedbackRatesEveryQuestionAndNamesAStrength() throws {
        let given = try #require(ColleagueFeedbackForm.validate(Self.answers("4"), strengths: " Thorough ", development: "").value)
        #expect(given.strengths == "Thorough" && given.development == nil && given.ratings.count == 5)
        let errors = ColleagueFeedbackForm.validate(Array(Self.answers("9").prefix(4)), strengths: "", development: nil).errors
        #expect(errors.map(\.field) == ColleagueFeedbackForm.questions.map { UpwardFeedbackAnswers.field(for: $0.id) } + ["strengths"])
    }

    @Test func feedbackIsDueByTheProbationaryReportTwentyOneMonthsIn() {
        #expect(ColleagueFeedbackForm.due(probationStart: CalendarDate(iso: "2025-08-31")!) == CalendarDate(iso: "2027-05-31"))
    }

    static let staff = UUID(), supervisor = UUID(), director = UUID(), colleague = UUID(), other = UUID()
    static func decide(_ who: UUID, _ action: ColleagueFeedbackPolicy.Action, roles: Set<Role> = [], given: Bool = false) -> AccessDecision {
        ColleagueFeedbackPolicy.decide(Viewer(staffID: who, roles: roles), action, ColleagueFeedbackSubject(
            staff: StaffSubject(staffID: staff, unitID: nil, supervisorChain: [supervisor, director]), appraiserID: supervisor,
            colleagueID: colleague, given: given))
    }

    @Test func theSupervisorReadsWithNamesTheStaffMemberSeesOnlyWhoAnswered() {
        for reader in [Self.supervisor, Self.director] { #expect(Self.decide(reader, .read) == .allowed) }
        #expect(Self.decide(Self.other, .read, roles: [.hrAdministrator]) == .allowed)
        #expect(Self.decide(Self.other, .read, roles: [.reportsBoardMember]) == .allowed)
        #expect(Self.decide(Self.staff, .read) == .forbidden && Self.decide(Self.staff, .viewStatus) == .allowed)
        #expect(Self.decide(Self.colleague, .read) == .forbidden && Self.decide(Self.other, .viewStatus) == .forbidden)
        #expect(Self.decide(Self.staff, .designate) == .allowed && Self.decide(Self.supervisor, .designate) == .allowed)
        #expect(Self.decide(Self.director, .designate) == .forbidden)
        #expect(Self.decide(Self.colleague, .give) == .allowed && Self.decide(Self.supervisor, .give) == .forbidden)
        #expect(Self.decide(Self.colleague, .viewRequest, given: true) == .allowed && Self.decide(Self.staff, .viewRequest) == .forbidden)
        #expect(Self.decide(Self.colleague, .give, given: true) == .refused("You have already given your feedback: it is final once sent"))
    }
}
