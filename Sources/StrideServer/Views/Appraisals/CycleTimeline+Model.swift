import Foundation
import StrideCore

/// The model of `appraisals/timeline.leaf`: the cycle's steps and forms (as My appraisal shows
/// a cycle), then its check-in notes for those who read them, and the form to add one.
struct CycleTimelineModel: Encodable {
    struct Note: Encodable {
        let when: String
        let timestamp: String
        let author: String
        let text: String
    }

    let heading: String
    let person: String
    let profileHref: String
    let cycle: MyAppraisalModel.Cycle
    /// Nil for those who may not read the notes (managers above, the unit's chief).
    let notes: [Note]?
    /// The note's text box, for the two parties (an array for Leaf's `#for`; empty for others).
    let noteFields: [FormField]
    let action: String
    /// Feedback given to the person in workgroups during the cycle, as far as the reader may see it.
    let feedbackItems: [FeedbackItem]

    init(loaded: LoadedCycle, forms: [AppraisalQueries.OpenedForm], notes: [CycleLookup.Note]?, canAdd: Bool, typed: String?,
         errors: [FieldError], today: CalendarDate, feedback: [WorkgroupFeedbackQueries.Listed] = []) {
        feedbackItems = feedback.map { FeedbackItem($0, showMember: false) }
        heading = "Cycle \(loaded.cycle.label)"
        person = loaded.staff.record.details.name
        profileHref = StridePath.staffMember(loaded.staff.record.id).href
        var cycle = MyAppraisalModel.cycle(loaded.cycle.scheduled, forms: forms, today: today)
        cycle.timelineHref = nil   // this page is the timeline
        self.cycle = cycle
        self.notes = notes?.map { note in
            Note(when: DisplayDate.instant(note.checkIn.writtenAt), timestamp: DisplayDate.machine(note.checkIn.writtenAt),
                 author: note.authorName ?? "Someone no longer in Stride", text: note.checkIn.note)
        }
        noteFields = canAdd
            ? [FormField("note", .textarea, label: "Add a check-in note",
                         hint: "What you discussed or agreed between the formal discussions: both of you and HR read it.",
                         value: typed, errors: errors, maxLength: CheckInRules.maxLength, rows: 4)]
            : []
        action = StridePath.cycleCheckIns(loaded.cycle.id!).href
    }
}
