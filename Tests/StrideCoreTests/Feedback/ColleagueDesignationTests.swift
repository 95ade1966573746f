import Foundation
import StrideCore
import Testing

/// Probation: 3 to 5 colleagues designated for feedback, never the person or their supervisor.
@Suite struct ColleagueDesignationTests {
    static let staff = UUID(), supervisor = UUID()
    static let colleagues = (0..<6).map { _ in UUID() }
    static let active = Set(colleagues + [staff, supervisor])

    static func designate(_ ids: [UUID]) -> Validated<[UUID]> {
        ColleagueDesignation.validate(ids.map(\.uuidString), staffID: staff, supervisorID: supervisor, active: active)
    }

    @Test func threeToFiveDifferentColleaguesAreDesignated() {
        #expect(Self.designate(Array(Self.colleagues.prefix(3))).value == Array(Self.colleagues.prefix(3)))
        #expect(Self.designate(Array(Self.colleagues.prefix(5))).value?.count == 5)
        #expect(Self.designate(Array(Self.colleagues.prefix(2))).errors.map(\.message)
            == ["Designate between 3 and 5 colleagues or service recipients; 2 are chosen"])
        #expect(Self.designate(Self.colleagues).errors.map(\.field) == ["colleagues"])
    }

    @Test func thePersonTheirSupervisorRepeatsAndStrangersAreRefused() {
        let three = Array(Self.colleagues.prefix(3))
        #expect(Self.designate(three + [Self.staff]).errors.map(\.message)
            == ["The staff member gives their own view in the appraisal, not as a colleague"])
        #expect(Self.designate(three + [Self.supervisor]).errors.map(\.message)
            == ["The supervisor gives their view in the appraisal, not as a colleague"])
        #expect(Self.designate(three + [three[0]]).errors.map(\.message) == ["Each colleague is designated once"])
        #expect(ColleagueDesignation.validate(three.map(\.uuidString) + ["nobody"], staffID: Self.staff, supervisorID: nil,
                                              active: Self.active).errors.map(\.message)
            == ["Choose colleagues from the organisation's current staff"])
    }
}
