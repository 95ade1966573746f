/// A unit of a generated organisation: the top unit, departments, divisions and sections,
/// each headed by the person `chief` (an index into the people).
public struct GeneratedUnit: Sendable, Equatable {
    public let code: String
    public let name: String
    /// The parent unit's index, nil for the top unit.
    public let parent: Int?
    public let chief: Int
}

/// Where a person's current appraisal cycle has got to in a generated organisation.
public enum CycleStop: String, CaseIterable, Sendable {
    /// The Beginning of Cycle form as opened, blank.
    case notStarted
    /// Part of the Beginning of Cycle written.
    case beginningDraft
    /// The Beginning of Cycle submitted and under discussion.
    case beginningInDiscussion
    /// Signed by the staff member, waiting for the manager.
    case beginningStaffSigned
    /// The Beginning of Cycle signed by both; the Mid-term Review open as a draft.
    case beginningSigned
    /// The Mid-term Review signed by both; the End of Cycle open as a draft.
    case midtermSigned
    /// The End of Cycle's self-assessment submitted, waiting for the manager's ratings.
    case selfAssessed
    /// The End of Cycle rated and signed by both, at the Reports Board where it goes there.
    case endSigned
    /// The End of Cycle reviewed by the Reports Board.
    case endReviewed

    /// How far along the phases the stop is: 0 for the Beginning of Cycle, 1 the Mid-term Review, 2 the End of Cycle.
    public var phase: Int {
        switch self {
        case .notStarted, .beginningDraft, .beginningInDiscussion, .beginningStaffSigned: 0
        case .beginningSigned: 1
        case .midtermSigned, .selfAssessed, .endSigned, .endReviewed: 2
        }
    }
}

/// A person of a generated organisation, with what the generator does with them.
public struct GeneratedPerson: Sendable, Equatable {
    public let staffNumber: String
    public let name: String
    public let email: String
    public let grade: String
    public let jobTitle: String
    /// Index of the person's unit.
    public let unit: Int
    /// Index of the supervisor, nil for the head of the organisation.
    public let supervisor: Int?
    public let entryOnDuty: CalendarDate
    public let contractType: ContractType
    /// How many levels below the head (the head is 0).
    public let depth: Int
    public let stop: CycleStop
    /// The overall rating once the End of Cycle is rated.
    public let rating: OverallRating
    /// Whether they proposed skill levels against their role, and whether their manager decided them.
    public let proposesSkills: Bool
    public let managerDecides: Bool
}
