import Foundation
import StrideCore

/// The model of `workgroups/task.leaf`: one task, and for those who may move it the status form.
struct WorkTaskModel: Encodable {
    let title: String
    let workgroupName: String
    let workgroupHref: String
    let description: String?
    let assigneeName: String
    let dueOn: String
    let status: String
    let statusColour: String
    let requirements: [String]
    /// The objective the task serves, as a link.
    let objective: PageLink?
    let statusAction: String?
    let statusFields: [FormField]
}

extension WorkTaskStatus {
    /// The tag colour the same status has everywhere (UI.md §5).
    var tagColour: String {
        switch self {
        case .open: "grey"
        case .inProgress: "blue"
        case .done: "green"
        case .cancelled: "grey"
        }
    }
}
