import Foundation
import StrideCore
import Testing

/// Upward feedback's forms and access: HR's template, a response's answers, opening a round by
/// hand, and who sees, answers and runs a round.
@Suite struct UpwardFeedbackFormTests {
    static let template = UpwardFeedbackTemplate.standard
    static let questions = template.questions

    static func answers(_ rating: String = "4", comment: String? = nil) -> UpwardFeedbackAnswers {
        UpwardFeedbackAnswers(answers: questions.map { ($0.id.uuidString, rating) }, comment: comment)
    }

    @Test func aResponseAnswersEveryQuestionOnceWithARatingOrCannotJudge() throws {
        var sent = Self.answers()
        sent.answers[0].rating = UpwardFeedbackAnswers.cannotJudge
        let response = try #require(sent.validate(questions: Self.questions).value)
        #expect(response.ratings.count == Self.questions.count)
        #expect(response.ratings[Self.questions[0].id] == .some(nil))
        #expect(response.ratings[Self.questions[1].id] == 4)
        #expect(response.comment == nil)
    }

    @Test func aResponseMissingRepeatingOrMisratingAQuestionIsRefusedByName() {
        var sent = Self.answers()
        sent.answers.removeLast()
        #expect(sent.validate(questions: Self.questions).errors
            == [FieldError(UpwardFeedbackAnswers.field(for: Self.questions.last!.id), "Rate \u{201C}Overall effectiveness as a manager\u{201D} from 1 to 5, or choose cannot judge")])
        sent = Self.answers("6")
        #expect(sent.validate(questions: Self.questions).errors.count == Self.questions.count)
        sent = Self.answers()
        sent.answers.append(sent.answers[0])
        sent.answers.append((UUID().uuidString, "3"))
        #expect(sent.validate(questions: Self.questions).errors.map(\.message)
            == ["Answer only the questions asked", "Answer each question once"])
        #expect(Self.answers(comment: String(repeating: "x", count: 4001)).validate(questions: Self.questions).errors.map(\.field)
            == ["comment"])
    }

    @Test func hrsTemplateKeepsTheIdsOfUnchangedQuestionsAndChecksTheThreshold() throws {
        let fresh = UUID()
        let input = UpwardFeedbackTemplateInput(threshold: "4", includeSubUnits: false, values: Self.template.lines(.value),
                                                competencies: "Communication: listens, explains decisions and keeps the team informed\nDelegation",
                                                overall: Self.template.lines(.overall))
        let edited = try #require(input.validate(keeping: Self.template) { fresh }.value)
        #expect(edited.threshold.value == 4 && !edited.includeSubUnits)
        #expect(edited.questions.filter { $0.category == .value }.map(\.id) == Self.questions.filter { $0.category == .value }.map(\.id))
        #expect(edited.questions.filter { $0.category == .competency }.map(\.id) == [Self.questions[3].id, fresh])

        var bad = input
        bad.threshold = "2"
        bad.values = "Integrity\nIntegrity"
        bad.overall = " "
        #expect(bad.validate(keeping: Self.template) { fresh }.errors.map(\.field) == ["threshold", "values", "overall"])
        #expect(bad.validate(keeping: Self.template) { fresh }.errors[0].message
            == "The anonymity threshold must be a whole number of responses from 3 to 100")
    }

    @Test func aStoredThresholdBelowTheMinimumIsRefusedWhenRead() throws {
        #expect(String(decoding: try JSONEncoder().encode(AnonymityThreshold.standard), as: UTF8.self) == "5")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AnonymityThreshold.self, from: Data("2".utf8)) }
    }

    @Test func hrOpensARoundForAChiefWithoutOneForAtLeastTwoWeeks() {
        let chief = UUID(), busy = UUID(), today = CalendarDate(iso: "2026-03-01")!
        func check(_ id: UUID?, _ closes: String) -> [String] {
            UpwardFeedbackRoundInput(chief: id?.uuidString, closesOn: closes)
                .validate(chiefs: [chief, busy], withOpenRounds: [busy], today: today).errors.map(\.message)
        }
        #expect(check(chief, "2026-03-15").isEmpty)
        #expect(check(chief, "2026-03-14") == ["The round must stay open at least 14 days: close it on 2026-03-15 or later"])
        #expect(check(busy, "2026-04-01") == ["This chief's round is already open; close it before opening another"])
        #expect(check(UUID(), "2026-04-01") == ["Choose a responsible chief who heads a unit"])
        #expect(check(nil, "") == ["Choose a responsible chief who heads a unit", "Enter the date the round closes"])
        #expect(UpwardFeedbackStatus.isDueToClose(closesOn: today, today: today.adding(days: 1)))
        #expect(!UpwardFeedbackStatus.isDueToClose(closesOn: today, today: today))
    }

    // The chief C reports to S, who reports to T; I is invited; H is HR; O is anyone else.
    static let c = UUID(), s = UUID(), t = UUID(), above = UUID(), i = UUID(), h = UUID(), o = UUID()

    static func decide(_ viewer: UUID, _ action: UpwardFeedbackPolicy.Action, open: Bool = true,
                       invitation: UpwardFeedbackRoundSubject.Invitation = .notInvited, roles: Set<Role> = []) -> AccessDecision {
        UpwardFeedbackPolicy.decide(Viewer(staffID: viewer, roles: roles), action,
                                    UpwardFeedbackRoundSubject(chiefID: c, chiefSupervisors: [s, t, above], isOpen: open, invitation: invitation))
    }

    @Test func theReportGoesToTheChiefAndTwoLevelsAboveAndNeverToHR() {
        for reader in [Self.c, Self.s, Self.t] { #expect(Self.decide(reader, .readReport) == .allowed) }
        #expect(Self.decide(Self.above, .readReport) == .forbidden)
        #expect(Self.decide(Self.h, .readReport, roles: [.hrAdministrator]) == .forbidden)
        #expect(Self.decide(Self.i, .readReport, invitation: .responded) == .forbidden)
        #expect(Self.decide(Self.o, .view) == .forbidden)
        #expect(Self.decide(Self.i, .view, invitation: .invited) == .allowed)
    }

    @Test func onlyTheInvitedRespondOnceWhileTheRoundIsOpenAndOnlyHRRunsIt() {
        #expect(Self.decide(Self.i, .respond, invitation: .invited) == .allowed)
        #expect(Self.decide(Self.i, .respond, invitation: .responded)
            == .refused("You have already responded to this round: each person responds once"))
        #expect(Self.decide(Self.i, .respond, open: false, invitation: .invited)
            == .refused("This round has closed: responses are no longer accepted"))
        #expect(Self.decide(Self.c, .respond) == .forbidden)
        #expect(Self.decide(Self.h, .respond, roles: [.hrAdministrator]) == .forbidden)
        #expect(Self.decide(Self.h, .administer, roles: [.hrAdministrator]) == .allowed)
        #expect(Self.decide(Self.c, .administer) == .forbidden)
    }
}
