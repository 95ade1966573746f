import Foundation

/// The organisation's own framework as HR starts it in the editor: its name, version, publisher
/// and level scale; competencies are added one by one afterwards.
public struct NewFrameworkInput: Sendable, Equatable {
    /// A level of the scale as typed; levels are numbered 1, 2, 3… in the order given.
    public struct Level: Sendable, Equatable {
        public var name: String?
        public var descriptor: String?

        public init(name: String? = nil, descriptor: String? = nil) {
            self.name = name
            self.descriptor = descriptor
        }
    }

    public var name: String?
    public var version: String?
    public var publisher: String?
    public var levels: [Level]

    public static let maxLevels = 9

    public init(name: String? = nil, version: String? = nil, publisher: String? = nil, levels: [Level] = []) {
        self.name = name
        self.version = version
        self.publisher = publisher
        self.levels = levels
    }

    /// Every problem by field, in page order: `name`, `version`, `publisher`, then
    /// `levels[i].name` / `.descriptor`; the scale has two levels at least.
    /// - Parameter now: the moment it is created, recorded as its source's import moment.
    public func validate(now: Date) -> Validated<SkillsFramework> {
        var check = FieldChecker()
        let name = check.required("name", name, name: "Name", missing: "Enter the framework's name", maxLength: 120)
        let version = check.required("version", version, name: "Version", missing: "Enter a version, like 2027", maxLength: 40)
        let publisher = check.required("publisher", publisher, name: "Publisher", missing: "Enter who publishes it, like your organisation's name",
                                       maxLength: 120)
        let filled = levels.enumerated().filter { !(($0.element.name ?? "") + ($0.element.descriptor ?? "")).trimmingCharacters(in: .whitespaces).isEmpty }
        if filled.count < 2 { check.add("levels", "Name two levels of the scale at least") }
        if filled.count > Self.maxLevels { check.add("levels", "A scale has at most \(Self.maxLevels) levels") }
        var scale: [ScaleLevel] = []
        for (offset, (index, level)) in filled.enumerated() {
            let levelName = check.required("levels[\(index)].name", level.name, name: "Level \(offset + 1)'s name",
                                           missing: "Name level \(offset + 1), like Foundation", maxLength: 120)
            let descriptor = check.optional("levels[\(index)].descriptor", level.descriptor, name: "Level \(offset + 1)'s descriptor",
                                            maxLength: 2000, multiline: true)
            scale.append(ScaleLevel(number: offset + 1, name: levelName, descriptor: descriptor))
        }
        return check.result(SkillsFramework(name: name, version: version, publisher: publisher,
                                             source: FrameworkSource(fileName: nil, format: .json, importedAt: now),
                                             levelScale: LevelScale(levels: scale), categories: [], skills: []))
    }
}
