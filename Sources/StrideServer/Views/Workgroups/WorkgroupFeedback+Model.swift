import Foundation
import StrideCore

/// Feedback as the workgroup's page and the cycle timeline list it.
struct FeedbackItem: Encodable {
    let when: String
    let timestamp: String
    let kind: String
    let kindColour: String
    let text: String
    let context: String

    init(_ listed: WorkgroupFeedbackQueries.Listed, showMember: Bool) {
        when = DisplayDate.instant(listed.given_at)
        timestamp = DisplayDate.machine(listed.given_at)
        kind = listed.kind.displayName
        kindColour = listed.kind == .strength ? "green" : "blue"
        text = listed.text
        context = [showMember ? "For \(listed.member_name)" : nil, "in \(listed.workgroup_name)", listed.task_title.map { "on “\($0)”" },
                   "from \(listed.giver_name ?? "a former lead")"].compactMap { $0 }.joined(separator: " ")
    }
}

/// The model of `workgroups/feedback.leaf`: the feedback the viewer may read in the group, and
/// for its lead the form to give more.
struct WorkgroupFeedbackModel: Encodable {
    let groupName: String
    let groupHref: String
    let feedbackItems: [FeedbackItem]
    let action: String?
    let fields: [FormField]
}
