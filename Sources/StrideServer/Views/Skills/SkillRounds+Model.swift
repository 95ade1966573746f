import Foundation
import StrideCore

/// The model of `skills/rounds.leaf`: every round with its progress, and the form to open one.
struct SkillRoundsModel: Encodable {
    struct Row: Encodable {
        let name: String
        let scope: String
        let dueOn: String
        let isPast: Bool
        let asked: String
        let proposed: String
        let decided: String
    }

    let rounds: [Row]
    let action: String
    let fields: [FormField]

    init(rounds: [SkillRoundQueries.Progress], today: CalendarDate, action: String, fields: [FormField]) {
        self.rounds = rounds.map { progress in
            func share(_ count: Int) -> String {
                progress.asked == 0 ? "0" : "\(DisplayNumber.grouped(count)) (\(count * 100 / progress.asked) %)"
            }
            return Row(name: progress.round.name, scope: progress.scopeName, dueOn: DisplayDate.long(progress.round.dueOn),
                       isPast: progress.round.dueOn < today, asked: DisplayNumber.grouped(progress.asked),
                       proposed: share(progress.proposed), decided: share(progress.decided))
        }
        self.action = action
        self.fields = fields
    }

    static func fields(_ form: SkillRoundController.OpenForm, units: [UnitRecord], roles: [RoleProfileQueries.Choice],
                       errors: [FieldError]) -> [FormField] {
        let scope = form.scope ?? "everyone"
        return [
            FormField("name", .text, label: "Name", hint: "As staff will see it, like 2027 skills self-assessment", value: form.name,
                      errors: errors),
            FormField("scope", .radios, label: "Who is asked", value: scope, errors: errors, options: [
                .init(value: "everyone", label: "Everyone", selected: scope == "everyone"),
                .init(value: "unit", label: "The staff of a unit, and of the units below it", selected: scope == "unit"),
                .init(value: "role", label: "The holders of a job role", selected: scope == "role"),
            ]),
            FormField("unit", .select, label: "Unit (when a unit is asked)", value: form.unit, errors: errors,
                      options: [.init(value: "", label: "Choose a unit", selected: false)] + units.map {
                          .init(value: $0.id.uuidString.lowercased(), label: "\($0.details.name) (\($0.details.code))",
                                selected: $0.id.uuidString.lowercased() == form.unit?.lowercased())
                      }),
            FormField("role", .select, label: "Job role (when a role is asked)", value: form.role, errors: errors,
                      options: [.init(value: "", label: "Choose a role", selected: false)] + roles.map {
                          .init(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == form.role?.lowercased())
                      }),
            FormField("dueOn", .text, label: "Due date", hint: "When the self-assessments are due, like 2027-01-31", value: form.dueOn,
                      errors: errors, width: "10"),
        ]
    }
}
