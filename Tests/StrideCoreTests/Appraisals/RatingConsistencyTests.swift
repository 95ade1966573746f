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
