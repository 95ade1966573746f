import Foundation
import StrideCore

/// A workgroup task as a table row: on the workgroup's page and the home page.
struct TaskRow: Encodable {
    let title: String
    let href: String
    let workgroupName: String
    let assigneeName: String
    let dueOn: String
    let status: String
    let statusColour: String
    /// Open and past its due date.
    let isOverdue: Bool

    init(_ task: WorkTaskQueries.Listed, today: CalendarDate) {
        title = task.title
        href = StridePath.workTask(task.id).href
        workgroupName = task.workgroup_name
        assigneeName = task.assignee_name
        dueOn = DisplayDate.long(task.due_on)
        status = task.status.displayName
        statusColour = task.status.tagColour
        isOverdue = task.status.isOpen && task.due_on < today
    }
}
