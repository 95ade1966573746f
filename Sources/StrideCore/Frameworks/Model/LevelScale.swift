import Foundation

/// The ordered levels a framework describes skills at (SFIA 1–7, AXELOS 1–5).
public struct LevelScale: Sendable, Codable, Equatable {
    /// The levels in ascending number order.
    public var levels: [ScaleLevel]

    public init(levels: [ScaleLevel]) {
        self.levels = levels.sorted { $0.number < $1.number }
    }

    /// The level numbers in ascending order.
    public var numbers: [Int] { levels.map(\.number) }

    /// Whether the scale has a level with this number.
    public func contains(_ number: Int) -> Bool {
        levels.contains { $0.number == number }
    }

    /// The level with this number, if the scale has one.
    public func level(_ number: Int) -> ScaleLevel? {
        levels.first { $0.number == number }
    }

    /// The SFIA levels of responsibility. SFIA skill pages do not carry the generic level
    /// descriptions, so descriptors are left empty rather than invented.
    public static let sfia = LevelScale(levels: [
        ScaleLevel(number: 1, name: "Follow"),
        ScaleLevel(number: 2, name: "Assist"),
        ScaleLevel(number: 3, name: "Apply"),
        ScaleLevel(number: 4, name: "Enable"),
        ScaleLevel(number: 5, name: "Ensure/advise"),
        ScaleLevel(number: 6, name: "Initiate/influence"),
        ScaleLevel(number: 7, name: "Set strategy/inspire/mobilise"),
    ])
}

/// One step of a level scale: its number, its name and, where the source gives one, the
/// generic description of what working at that level means.
public struct ScaleLevel: Sendable, Codable, Equatable {
    /// The level number, 1 for the lowest level.
    public var number: Int
    /// The level's name, e.g. "Enable" or "Practitioner".
    public var name: String
    /// The source's generic description of the level, when it has one.
    public var descriptor: String?

    public init(number: Int, name: String, descriptor: String? = nil) {
        self.number = number
        self.name = name
        self.descriptor = descriptor
    }
}
