import Foundation

/// The fewest responses an anonymous result may rest on. Below it nothing is released, so no
/// answer can be traced to the few who gave it. The policy sets it; it is never below 3.
public struct AnonymityThreshold: Sendable, Equatable {
    public static let minimum = 3
    public static let standard = AnonymityThreshold(uncheckedValue: 5)

    public let value: Int

    private init(uncheckedValue: Int) { value = uncheckedValue }

    /// The threshold a policy asks for, or nil when it is below the minimum.
    public init?(_ value: Int) {
        guard value >= Self.minimum else { return nil }
        self.value = value
    }

    /// Whether a result resting on `count` responses may be shown.
    public func allows(_ count: Int) -> Bool { count >= value }

    /// Whether a breakdown of a round (by sub-unit, grade, contract type…) may show a group of
    /// `group` responses out of `total`: the group must reach the threshold, and so must the rest
    /// of the round, or the rest could be subtracted from the whole to reveal the group (a group
    /// that is the whole round reveals nothing the whole does not).
    public func allowsBreakdown(group: Int, of total: Int) -> Bool {
        allows(group) && (total - group == 0 || allows(total - group))
    }
}

/// Stored as the bare number; a stored number below the minimum is refused, never lowered to.
extension AnonymityThreshold: Codable {
    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Int.self)
        guard let threshold = AnonymityThreshold(value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "An anonymity threshold below \(Self.minimum)"))
        }
        self = threshold
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
