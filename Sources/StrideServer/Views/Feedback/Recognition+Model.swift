import Foundation
import StrideCore

/// Recognition as lists show it: who gave it to whom, when, for what, and the output it was on.
struct RecognitionItem: Encodable {
    let giver: String
    let receiver: String
    let when: String
    let text: String
    let output: String?

    init(_ listed: RecognitionQueries.Listed) {
        giver = listed.giverName ?? "A former colleague"
        receiver = listed.receiverName
        when = DisplayDate.long(CalendarDate(utc: listed.recognition.givenAt))
        text = listed.recognition.text
        output = listed.output
    }
}

/// The model of `feedback/recognition.leaf`: giving recognition, and what the person received and gave.
struct RecognitionModel: Encodable {
    let action: String
    let fields: [FormField]
    let received: [RecognitionItem]
    let given: [RecognitionItem]
    let backHref = StridePath.feedback.href

    init(colleague: String?, colleagueName: String?, outputs: [(key: UUID, text: String)], typed: [String: String],
         received: [RecognitionQueries.Listed], given: [RecognitionQueries.Listed], errors: [FieldError]) {
        action = StridePath.recognition.href + (colleague.map { "?for=\($0)" } ?? "")
        var fields = [
            FormField("colleague", .text, label: "Colleague", hint: colleagueName.map { "Recognising \($0). Or type another colleague's staff ID or email." }
                      ?? "Their staff ID or email, like S1042 or name@example.org", value: typed["colleague"] ?? colleague, errors: errors, width: "20"),
            FormField("text", .textarea, label: "What they did", hint: "The piece of work, and why it mattered. The colleague and their manager see it.",
                      value: typed["text"], errors: errors, maxLength: RecognitionInput.maxLength, rows: 4),
        ]
        if !outputs.isEmpty {
            fields.append(FormField("output", .select, label: "On one of their outputs (optional)", value: typed["output"], errors: errors,
                                    options: [.init(value: "", label: "None", selected: (typed["output"] ?? "").isEmpty)] + outputs.map {
                                        .init(value: $0.key.uuidString.lowercased(), label: $0.text, selected: typed["output"]?.lowercased() == $0.key.uuidString.lowercased())
                                    }))
        }
        self.fields = fields
        self.received = received.map(RecognitionItem.init)
        self.given = given.map(RecognitionItem.init)
    }
}
