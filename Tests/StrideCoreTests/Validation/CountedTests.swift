import StrideCore
import Testing

@Suite struct CountedTests {
    @Test func nounsFollowTheirCount() {
        #expect(counted(1, "framework") == "1 framework")
        #expect(counted(0, "framework") == "0 frameworks")
        #expect(counted(1, "person", "people") == "1 person")
        #expect(counted(2, "person", "people") == "2 people")
        #expect(counted(57, "skill") == "57 skills")
    }
}
