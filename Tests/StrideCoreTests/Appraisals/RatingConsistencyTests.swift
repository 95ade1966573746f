import StrideCore
import Testing

@Suite struct RatingConsistencyTests {
    private func check(_ overall: OverallRating, _ ratings: [ElementRating]) -> String? {
        RatingConsistency.inconsistency(overall: overall, elements: ratings)
    }

    @Test func consistentlyExceedsNeedsHalfExceededAndNonePartial() {
        #expect(check(.consistentlyExceeds, [.exceeded, .exceeded, .fullyMet, .fullyMet]) == nil)
        #expect(check(.consistentlyExceeds, [.exceeded, .fullyMet, .fullyMet])?.contains("only 1 of the 3") == true)
        #expect(check(.consistentlyExceeds, [.exceeded, .exceeded, .exceeded, .partiallyMet])?.contains("1 of the 4 outputs and competencies was partially met") == true)
        // The example: most outputs partially met.
        #expect(check(.consistentlyExceeds, [.partiallyMet, .partiallyMet, .exceeded]) != nil)
    }

    @Test func fullyMeetsIsInconsistentWithMostlyPartialOrAllExceeded() {
        #expect(check(.fullyMeets, [.fullyMet, .partiallyMet, .exceeded]) == nil)
        #expect(check(.fullyMeets, [.partiallyMet, .partiallyMet, .fullyMet, .fullyMet]) == nil)
        #expect(check(.fullyMeets, [.partiallyMet, .partiallyMet, .fullyMet]) != nil)
        #expect(check(.fullyMeets, [.exceeded, .exceeded, .exceeded])?.contains("every output and competency was exceeded") == true)
    }

    @Test func doesNotFullyMeetNeedsSomethingPartiallyMet() {
        #expect(check(.doesNotFullyMeet, [.fullyMet, .partiallyMet]) == nil)
        #expect(check(.doesNotFullyMeet, [.fullyMet, .exceeded]) != nil)
        #expect(check(.doesNotFullyMeet, []) == nil)
    }
}

/// The Board's comparison of rating practice between units and managers.
@Suite struct RatingPracticeTests {
    @Test func aGroupStandsOutOnlyWithEnoughRatingsAndABigEnoughDifference() {
        let organisation = RatingDistribution(counts: [.consistentlyExceeds: 2, .fullyMeets: 16, .doesNotFullyMeet: 2])
        let generous = RatingDistribution(counts: [.consistentlyExceeds: 3, .fullyMeets: 1])
        #expect(RatingPractice.outlier(generous, against: organisation) == "75 % rated “consistently exceeds”, against 10 % across the organisation")
        let small = RatingDistribution(counts: [.consistentlyExceeds: 2])
        #expect(RatingPractice.outlier(small, against: organisation) == nil, "two ratings are too few to judge")
        let usual = RatingDistribution(counts: [.consistentlyExceeds: 1, .fullyMeets: 5])
        #expect(RatingPractice.outlier(usual, against: organisation) == nil)
        let severe = RatingDistribution(counts: [.doesNotFullyMeet: 2, .fullyMeets: 2])
        #expect(RatingPractice.outlier(severe, against: organisation)?.hasPrefix("50 % rated “does not fully meet”") == true)
        #expect(RatingDistribution.sum([generous, usual]).counts == [.consistentlyExceeds: 4, .fullyMeets: 6])
        #expect(RatingDistribution(counts: [:]).share(.fullyMeets) == 0)
    }
}
