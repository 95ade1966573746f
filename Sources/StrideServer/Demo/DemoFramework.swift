import Foundation
import StrideCore

/// A small competency framework written for the demo, so the skills pages have something to
/// show before anyone imports SFIA or AXELOS. Its wording is Stride's own.
enum DemoFramework {
    static func make(importedAt: Date) -> SkillsFramework {
        let core = "Core competencies"
        let managerial = "Managerial competencies"
        return SkillsFramework(
            name: "Stride Core Competencies", version: "2026", publisher: "Stride demo organisation",
            source: FrameworkSource(fileName: nil, format: .json, importedAt: importedAt),
            levelScale: LevelScale(levels: [
                ScaleLevel(number: 1, name: "Foundation", descriptor: "Learning the competency; applies it with guidance."),
                ScaleLevel(number: 2, name: "Developing", descriptor: "Applies it independently in familiar situations."),
                ScaleLevel(number: 3, name: "Proficient", descriptor: "Applies it in complex situations and helps others to."),
                ScaleLevel(number: 4, name: "Advanced", descriptor: "Shapes how the unit practises it."),
                ScaleLevel(number: 5, name: "Expert", descriptor: "Sets direction for the organisation."),
            ]),
            categories: [SkillCategory(name: core), SkillCategory(name: managerial)],
            skills: [
                Skill(code: "COMM", name: "Communication", category: core,
                      description: "Conveys information and ideas clearly, listens actively and adapts to the audience.",
                      levels: [
                          .defined(1, summary: "Shares information accurately with colleagues.",
                                   indicators: ["Writes clear, correct emails and notes", "Asks questions to check understanding"]),
                          .defined(2, summary: "Communicates clearly with internal and external contacts.",
                                   indicators: ["Adapts tone and detail to the reader", "Presents the work of the team at meetings",
                                                "Listens to other views before responding"]),
                          .defined(3, summary: "Communicates complex matters persuasively.",
                                   indicators: ["Explains technical subjects to non-specialists", "Drafts briefings for senior management",
                                                "Handles difficult conversations constructively"]),
                          .notDefined(4), .notDefined(5),
                      ]),
                Skill(code: "TEAM", name: "Teamwork", category: core,
                      description: "Works with others towards shared objectives and builds effective working relationships.",
                      levels: [
                          .defined(1, summary: "Contributes reliably to the team's work.", indicators: ["Completes agreed tasks on time", "Offers help to colleagues"]),
                          .defined(2, summary: "Collaborates across teams.", indicators: ["Shares knowledge and resources", "Resolves minor disagreements directly"]),
                          .defined(3, summary: "Builds collaboration in and beyond the unit.",
                                   indicators: ["Brings people with different expertise together", "Recognises the contribution of others"]),
                          .defined(4, summary: "Creates the conditions for teams to succeed.",
                                   indicators: ["Removes obstacles to cooperation between units", "Models inclusive behaviour"]),
                          .notDefined(5),
                      ]),
                Skill(code: "CLNT", name: "Client orientation", category: core,
                      description: "Understands the needs of those the organisation serves and delivers what they need.",
                      levels: [
                          .notDefined(1),
                          .defined(2, summary: "Responds to clients promptly and courteously.", indicators: ["Keeps clients informed of progress", "Checks the service met the need"]),
                          .defined(3, summary: "Anticipates client needs.", indicators: ["Proposes improvements to services", "Balances competing client priorities"]),
                          .notDefined(4), .notDefined(5),
                      ]),
                Skill(code: "PERF", name: "Managing performance", category: managerial,
                      description: "Sets clear objectives, monitors progress and gives feedback so people and workgroups deliver agreed results.",
                      levels: [
                          .notDefined(1), .notDefined(2),
                          .defined(3, summary: "Agrees SMART outputs with each team member and reviews them regularly.",
                                   indicators: ["Links individual outputs to unit outcomes", "Gives timely, specific feedback",
                                                "Records mid-term adjustments with the staff member"]),
                          .defined(4, summary: "Manages performance consistently across a unit.",
                                   indicators: ["Allocates work according to individual capability", "Addresses underperformance with an improvement plan",
                                                "Recognises excellent performance"]),
                          .defined(5, summary: "Sets the performance culture of the organisation.",
                                   indicators: ["Aligns workgroup objectives to organisational objectives", "Champions upward feedback"]),
                      ]),
                Skill(code: "DEVP", name: "Developing people", category: managerial,
                      description: "Supports the growth of staff through coaching, developmental objectives and learning opportunities.",
                      levels: [
                          .notDefined(1), .notDefined(2),
                          .defined(3, summary: "Coaches team members towards their developmental objectives.",
                                   indicators: ["Agrees one developmental objective with each person", "Creates stretch assignments"]),
                          .defined(4, summary: "Builds the capability of the unit.", indicators: ["Identifies skills gaps against roles", "Plans learning for the whole team"]),
                          .notDefined(5),
                      ]),
            ])
    }
}
