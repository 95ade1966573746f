import Foundation
import StrideCore

/// Upward feedback in the demo, driven through the same service the pages use: two rounds open
/// now (on Kenji Watanabe and John Mwangi, some of their staff having answered), and two closed
/// this autumn, one released (on Fatima Zahra Benali) and one with too few responses to release
/// (on Amara Okafor).
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
