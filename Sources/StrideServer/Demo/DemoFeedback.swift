import Foundation
import StrideCore

/// Feedback in the demo, driven through the same services the pages use. Upward feedback: two
/// rounds open now (on Kenji Watanabe and John Mwangi, some of their staff having answered), and
/// two closed this autumn, one released (on Fatima Zahra Benali) and one with too few responses to
/// release (on Amara Okafor). Probation: Sara Lindqvist and Michael O'Brien designated four
/// colleagues at her Mid-term Review, two of whom have given their feedback. Recognition on
/// several profiles, one of it on an output.
enum DemoFeedback {
    private struct Round {
        let chief: String
        /// Days before today the round opened, and closed (nil: still open, closing in 60 days).
        let opened: Int
        let closed: Int?
        /// Each respondent's staff number and base rating; the questions vary around it.
        let answers: [(String, Int)]
        let comments: [String]
    }

    private static let rounds = [
        Round(chief: "S3001", opened: 100, closed: 20,
              answers: [("S3002", 4), ("S3003", 5), ("S3005", 4), ("S3006", 3), ("S4001", 4), ("S4007", 5), ("S4010", 3)],
              comments: ["Gives us room to decide and backs the decisions we make.",
                         "Team meetings could end with clearer actions and owners.",
                         "Always makes time for field colleagues, even at short notice."]),
        Round(chief: "S2001", opened: 90, closed: 25, answers: [("S2002", 4), ("S2003", 3), ("S2007", 4)],
              comments: ["Supportive of learning."]),
        Round(chief: "S5001", opened: 10, closed: nil, answers: [("S5004", 4), ("S5006", 3), ("S5007", 4), ("S5009", 5)],
              comments: ["Explains the reasons behind priorities."]),
        Round(chief: "S4001", opened: 5, closed: nil, answers: [("S4002", 4), ("S4007", 3)], comments: []),
    ]

    static func load(staffIDs: [String: UUID], hr: UUID, in context: ServiceContext) async throws {
        try await loadUpwardFeedback(staffIDs: staffIDs, hr: hr, in: context)
        try await loadProbationFeedback(staffIDs: staffIDs, in: context)
        try await loadRecognition(staffIDs: staffIDs, in: context)
    }

    /// Giver, receiver, days ago, text; the manager's links the receiver's first output.
    private static let recognition: [(String, String, Int, String)] = [
        ("S5009", "S5004", 30, "Lerato rebuilt the sign-in service over a weekend when the old one failed, and documented every step."),
        ("S5003", "S5004", 12, "The new release pipeline cut our deployment time in half."),
        ("S2003", "S2005", 20, "Mei's onboarding guide made the new starters' first week far smoother."),
        ("S3006", "S3007", 8, "Rosa organised the field mission logistics for twelve people in two days."),
        ("S4001", "S4007", 15, "Olga closed the project accounts a week early, with no queries from the auditors."),
        ("S1002", "S3002", 5, "David's partner briefing was the clearest the Cabinet has had this year."),
    ]

    private static func loadRecognition(staffIDs: [String: UUID], in context: ServiceContext) async throws {
        let today = context.clock.today()
        for (giver, receiver, daysAgo, text) in recognition {
            guard let from = staffIDs[giver], let to = staffIDs[receiver] else { continue }
            let at = context.acting(as: from).at(today.adding(days: -daysAgo).start.addingTimeInterval(14 * 3600))
            let output = giver == "S5003" ? try await RecognitionQueries.currentOutputs(of: to, today: today, on: context.db).outputs.first?.key : nil
            _ = try await RecognitionService.give(to: to.uuidString, text: text, output: output?.uuidString, as: Viewer(staffID: from, roles: []), in: at)
        }
    }

    private static func loadProbationFeedback(staffIDs: [String: UUID], in context: ServiceContext) async throws {
        guard let sara = staffIDs["S5002"], let michael = staffIDs["S5003"],
              let cycle = try await ColleagueFeedbackQueries.designationCycle(of: sara, on: context.db),
              let designation = cycle.colleagueDesignationDate,
              let loaded = try await CycleLookup.load(cycle.id!, on: context.db, today: context.clock.today()) else { return }
        let atMidterm = context.acting(as: michael).at(designation.start.addingTimeInterval(11 * 3600))
        guard case .success(let requests) = try await ColleagueFeedbackService.designate(
            ["S5004", "S5009", "S5010", "S3006"], cycle: loaded, in: atMidterm) else { return }
        let given: [String: (Int, String, String?)] = [
            "S5004": (4, "Sara turns messy data into dashboards people actually use, and explains her sources.", "Could share work in progress earlier."),
            "S3006": (5, "Her field data reports arrive on time and answer the questions we asked.", nil),
        ]
        for request in requests {
            guard let (number, answer) = given.first(where: { staffIDs[$0.key] == request.$colleague.id }).map({ ($0.key, $0.value) }),
                  let colleague = staffIDs[number] else { continue }
            let ratings = ColleagueFeedbackForm.questions.enumerated().map { index, question in
                (question.id.uuidString, index == 3 && number == "S5004" ? UpwardFeedbackAnswers.cannotJudge : String(max(1, answer.0 - index % 2)))
            }
            _ = try await ColleagueFeedbackService.give(request.id!, answers: ratings, strengths: answer.1, development: answer.2,
                                                        as: Viewer(staffID: colleague, roles: []),
                                                        in: atMidterm.acting(as: colleague).at(designation.adding(days: 20).start.addingTimeInterval(15 * 3600)))
        }
    }

    private static func loadUpwardFeedback(staffIDs: [String: UUID], hr: UUID, in context: ServiceContext) async throws {
        let today = context.clock.today()
        for seed in rounds {
            guard let chief = staffIDs[seed.chief] else { continue }
            let opening = context.acting(as: hr).at(today.adding(days: -seed.opened).start.addingTimeInterval(9 * 3600))
            let closes = seed.closed.map { today.adding(days: -$0 - 1) } ?? today.adding(days: 60)
            guard case .success(let round) = try await UpwardFeedbackService.open(
                .init(chief: chief.uuidString, closesOn: closes.iso), in: opening) else { continue }
            let questions = round.questionList
            for (index, (number, base)) in seed.answers.enumerated() {
                guard let person = staffIDs[number] else { continue }
                let answers = questions.enumerated().map { position, question in
                    // The odd "cannot judge", and ratings a point either side of the person's view.
                    let rating = (position + index) % 7 == 6 ? UpwardFeedbackAnswers.cannotJudge
                        : String(min(5, max(1, base + [0, 1, 0, -1][(position + index) % 4])))
                    return (question.id.uuidString, rating)
                }
                let comment = index < seed.comments.count ? seed.comments[index] : nil
                let day = opening.at(today.adding(days: -seed.opened + 2 + index).start.addingTimeInterval(10 * 3600))
                _ = try await UpwardFeedbackService.respond(to: round.id!, UpwardFeedbackAnswers(answers: answers, comment: comment),
                                                            as: Viewer(staffID: person, roles: []), in: day.acting(as: person))
            }
            if let closed = seed.closed {
                try await UpwardFeedbackService.closeDueRounds(in: context.at(today.adding(days: -closed).start.addingTimeInterval(6 * 3600)))
            }
        }
    }
}
