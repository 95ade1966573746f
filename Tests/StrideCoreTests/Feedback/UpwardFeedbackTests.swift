import Foundation
import StrideCore
import Testing

/// Upward feedback's anonymity rules: nothing below the threshold, only aggregates at it, no
/// breakdown that could be subtracted from the whole, comments in an order that says nothing.
@Suite struct UpwardFeedbackTests {
    /// A generator that always gives the same numbers, so a shuffle is repeatable.
    struct Fixed: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
    }

    static let integrity = UUID(), communication = UUID()

    static func response(_ integrity: Int?, _ communication: Int?, _ comment: String? = nil) -> UpwardFeedbackResponse {
        UpwardFeedbackResponse(ratings: [Self.integrity: integrity, Self.communication: communication], comment: comment)
    }

    @Test func theThresholdIsNeverBelowThreeAndBreakdownsKeepBothSidesAboveIt() {
        #expect(AnonymityThreshold(2) == nil && AnonymityThreshold(3)?.value == 3 && AnonymityThreshold.standard.value == 5)
        let five = AnonymityThreshold.standard
        #expect(!five.allows(4) && five.allows(5))
        #expect(five.allowsBreakdown(group: 5, of: 10) && five.allowsBreakdown(group: 12, of: 12))
        #expect(!five.allowsBreakdown(group: 6, of: 10), "the other four could be subtracted from the whole")
        #expect(!five.allowsBreakdown(group: 4, of: 20))
    }

    @Test func belowTheThresholdNothingIsReleased() {
        var order = Fixed(state: 1)
        let report = UpwardFeedbackReport.compile(questions: [Self.integrity], responses: (0..<4).map { _ in Self.response(5, 4, "Kind") },
                                                  threshold: .standard, order: &order)
        #expect(!report.released && report.responses == 4 && report.comments.isEmpty)
        #expect(report.questions == [.init(id: Self.integrity, count: 0, mean: nil, distribution: nil)])
    }

    @Test func atTheThresholdOnlyAggregatesAndAQuestionFewAnsweredSaysNotEnough() {
        var order = Fixed(state: 7)
        let responses = [Self.response(5, nil, "Listens"), Self.response(4, 3), Self.response(4, nil, " "),
                         Self.response(2, nil, "Decides late"), Self.response(nil, 5), Self.response(3, nil, "Fair")]
        let report = UpwardFeedbackReport.compile(questions: [Self.integrity, Self.communication], responses: responses,
                                                  threshold: .standard, order: &order)
        #expect(report.released && report.responses == 6)
        #expect(report.questions[0] == .init(id: Self.integrity, count: 5, mean: 3.6, distribution: [0, 1, 1, 2, 1]))
        // Two ratings of communication: too few to show, though the round is released.
        #expect(report.questions[1] == .init(id: Self.communication, count: 2, mean: nil, distribution: nil))
        #expect(report.comments.sorted() == ["Decides late", "Fair", "Listens"])
        var again = Fixed(state: 7)
        #expect(UpwardFeedbackReport.compile(questions: [Self.integrity, Self.communication], responses: responses,
                                             threshold: .standard, order: &again) == report, "compiled alike from the same order")
    }

    @Test func theRoundRunsFromTheChiefsMidtermReviewToThreeMonthsBeforeTheCycleEnds() {
        let window = UpwardFeedbackWindow.dates(midtermReview: CalendarDate(iso: "2026-12-31")!, cycleEnd: CalendarDate(iso: "2028-01-01")!)
        #expect(window?.opens == CalendarDate(iso: "2026-12-31") && window?.closes == CalendarDate(iso: "2027-10-01"))
        #expect(UpwardFeedbackWindow.dates(midtermReview: CalendarDate(iso: "2026-11-01")!, cycleEnd: CalendarDate(iso: "2027-01-31")!) == nil)
    }
}
