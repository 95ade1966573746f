import Foundation

/// What an upward feedback question asks about (the framework's form: "values and competencies
/// demonstrated by the responsible chief, and his/her overall effectiveness").
public enum UpwardFeedbackCategory: String, Sendable, Codable, CaseIterable {
    case value
    case competency
    case overall

    public var displayName: String {
        switch self {
        case .value: "Values"
        case .competency: "Competencies"
        case .overall: "Overall effectiveness"
        }
    }
}

/// One question of a round, rated 1–5 or "cannot judge".
public struct UpwardFeedbackQuestion: Sendable, Equatable, Codable {
    public let id: UUID
    public let category: UpwardFeedbackCategory
    public let text: String

    public init(id: UUID, category: UpwardFeedbackCategory, text: String) {
        self.id = id
        self.category = category
        self.text = text
    }
}

/// The policy every new round is opened with: HR edits it; a round keeps the questions and
/// threshold it opened with, so its respondents all answer the same form.
public struct UpwardFeedbackTemplate: Sendable, Equatable, Codable {
    public var threshold: AnonymityThreshold
    /// Whether the staff of the units below the chief's own are invited too.
    public var includeSubUnits: Bool
    public var questions: [UpwardFeedbackQuestion]

    public init(threshold: AnonymityThreshold, includeSubUnits: Bool, questions: [UpwardFeedbackQuestion]) {
        self.threshold = threshold
        self.includeSubUnits = includeSubUnits
        self.questions = questions
    }

    public static let maxQuestionsPerCategory = 12
    public static let maxQuestionLength = 300

    /// The template until HR changes it. Its question ids are fixed, so every installation's
    /// standard questions are the same questions.
    public static let standard = UpwardFeedbackTemplate(threshold: .standard, includeSubUnits: true, questions: [
        question("0f6a1c52-2f0b-4f4e-9a51-000000000001", .value, "Integrity: acts in line with the organisation's values, fairly and openly"),
        question("0f6a1c52-2f0b-4f4e-9a51-000000000002", .value, "Sensitivity to diversity: treats people of every background with respect"),
        question("0f6a1c52-2f0b-4f4e-9a51-000000000003", .value, "Professionalism: keeps commitments and gives credit where it is due"),
        question("0f6a1c52-2f0b-4f4e-9a51-000000000004", .competency, "Communication: listens, explains decisions and keeps the team informed"),
        question("0f6a1c52-2f0b-4f4e-9a51-000000000005", .competency, "Orientation to learning: encourages development and learns from mistakes"),
        question("0f6a1c52-2f0b-4f4e-9a51-000000000006", .competency, "Managing performance: sets clear objectives and gives useful feedback"),
        question("0f6a1c52-2f0b-4f4e-9a51-000000000007", .competency, "Teamwork: builds cooperation within the unit and beyond it"),
        question("0f6a1c52-2f0b-4f4e-9a51-000000000008", .overall, "Overall effectiveness as a manager"),
    ])

    private static func question(_ id: String, _ category: UpwardFeedbackCategory, _ text: String) -> UpwardFeedbackQuestion {
        UpwardFeedbackQuestion(id: UUID(uuidString: id)!, category: category, text: text)
    }

    /// The questions of one category, in order, one per line, as HR's form shows them.
    public func lines(_ category: UpwardFeedbackCategory) -> String {
        questions.filter { $0.category == category }.map(\.text).joined(separator: "\n")
    }
}

/// The template as HR types it: the threshold, whether sub-units are invited, and each
/// category's questions one per line.
public struct UpwardFeedbackTemplateInput: Sendable, Equatable {
    public var threshold: String?
    public var includeSubUnits: Bool
    public var values: String?
    public var competencies: String?
    public var overall: String?

    public init(threshold: String?, includeSubUnits: Bool, values: String?, competencies: String?, overall: String?) {
        self.threshold = threshold
        self.includeSubUnits = includeSubUnits
        self.values = values
        self.competencies = competencies
        self.overall = overall
    }

    /// The template, or the problems by field (`threshold`, `values`, `competencies`,
    /// `overall`). A question whose wording is unchanged keeps its id; a new one takes `newID()`.
    public func validate(keeping current: UpwardFeedbackTemplate, newID: () -> UUID) -> Validated<UpwardFeedbackTemplate> {
        var check = FieldChecker()
        let text = (threshold ?? "").trimmingCharacters(in: .whitespaces)
        let number = text.count <= 3 && text.allSatisfy { $0.isASCII && $0.isNumber } ? Int(text) : nil
        var threshold: AnonymityThreshold?
        if let number, let chosen = AnonymityThreshold(number), number <= 100 {
            threshold = chosen
        } else {
            check.add("threshold", "The anonymity threshold must be a whole number of responses from \(AnonymityThreshold.minimum) to 100")
        }
        var questions: [UpwardFeedbackQuestion] = []
        for (field, category, raw) in [("values", UpwardFeedbackCategory.value, values), ("competencies", .competency, competencies),
                                       ("overall", .overall, overall)] {
            let lines = (raw ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if lines.isEmpty {
                check.add(field, "Write at least one question on \(category.displayName.lowercased()), one per line")
            } else if lines.count > UpwardFeedbackTemplate.maxQuestionsPerCategory {
                check.add(field, "Write at most \(UpwardFeedbackTemplate.maxQuestionsPerCategory) questions on "
                          + "\(category.displayName.lowercased()); there are \(lines.count)")
            } else if Set(lines).count < lines.count {
                check.add(field, "Each question on \(category.displayName.lowercased()) is asked once; remove the repeated line")
            }
            for line in lines {
                if let problem = TextRule.problem(in: line, maxLength: UpwardFeedbackTemplate.maxQuestionLength) {
                    check.add(field, "A question \(TextRule.describe(problem))")
                    break
                }
            }
            questions += lines.map { line in
                let kept = current.questions.first { $0.category == category && $0.text == line }
                return UpwardFeedbackQuestion(id: kept?.id ?? newID(), category: category, text: line)
            }
        }
        return check.result(UpwardFeedbackTemplate(threshold: threshold!, includeSubUnits: includeSubUnits, questions: questions))
    }
}
