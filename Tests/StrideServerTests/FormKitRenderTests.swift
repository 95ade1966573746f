import Foundation
@testable import StrideServer
import StrideCore
import Testing

/// Each form-kit partial rendered from its mock with the real templates in Resources/Views, checking
/// the markup that accessibility and the no-JavaScript path depend on (UI.md §2–4, §9).
@Suite struct FormKitRenderTests {
    @Test func fieldsetTiesLegendHintAndControls() async throws {
        // MUT
        let html = try await LeafTestRenderer.render("fieldset", as: "fieldset", FormFieldset.mock)

        // validate
        #expect(html.contains(#"<fieldset class="st-fieldset" id="objectives" aria-describedby="objectives-hint">"#))
        #expect(html.contains(
            #"<legend class="st-fieldset__legend st-fieldset__legend--l"><h1 class="st-fieldset__heading">Objectives</h1></legend>"#))
        #expect(html.contains(#"<div class="st-hint" id="objectives-hint">Agree these with your manager.</div>"#))
        // The textarea: label tied to it, limit stated in the hint, sized by rows, counter hook.
        #expect(html.contains(#"<label class="st-label" for="objectives-summary">Summary</label>"#))
        #expect(html.contains(#"<div class="st-hint" id="objectives-summary-hint">You can enter up to 500 characters.</div>"#))
        #expect(html.contains(#"<textarea class="st-textarea" id="objectives-summary" name="objectives-summary" rows="3" data-maxlength="500" aria-describedby="objectives-summary-hint">"#))
        #expect(html.contains("Grow the team</textarea>"))
        // Checkboxes: their own legend, numbered ids, a per-option hint tied to its input.
        #expect(html.contains(#"<legend class="st-fieldset__legend">Skills used (optional)</legend>"#))
        #expect(html.contains(#"<input class="st-checkboxes__input" id="objectives-skills" name="objectives-skills" type="checkbox" value="swift" checked>"#))
        #expect(html.contains(#"<input class="st-checkboxes__input" id="objectives-skills-2" name="objectives-skills" type="checkbox" value="mentoring" aria-describedby="objectives-skills-2-hint">"#))
        #expect(html.contains(#"<label class="st-checkboxes__label" for="objectives-skills-2">Mentoring</label>"#))
        #expect(html.contains(#"<div class="st-checkboxes__hint st-hint" id="objectives-skills-2-hint">Coaching or pairing with a colleague</div>"#))
    }

    @Test func plainLegendWhenNotAHeading() async throws {
        // setup
        let fieldset = FormFieldset(id: "review", legend: "Review", fields: [])

        // MUT
        let html = try await LeafTestRenderer.render("fieldset", as: "fieldset", fieldset)

        // validate
        #expect(html.contains(#"<fieldset class="st-fieldset" id="review">"#))
        #expect(html.contains(#"<legend class="st-fieldset__legend">Review</legend>"#))
        #expect(!html.contains("st-fieldset__heading"))
    }

    @Test func repeatedGroupNumbersItemsAndTiesErrorsToFields() async throws {
        // setup
        let errors = [FieldError("output-2-description", "Enter a description for output 2")]
        let group = RepeatedGroup.mockOutputs(["Mentor two new starters", "", "Run the workshop"], errors: errors)

        // MUT
        let html = try await LeafTestRenderer.render("repeated-group", as: "group", group)
        let page = visiblePart(html)

        // validate
        #expect(page.contains(#"<legend class="st-fieldset__legend st-fieldset__legend--m" data-repeated-text="Output {index} of {count}">Output 2 of 3</legend>"#))
        #expect(page.contains(#"<fieldset class="st-fieldset st-repeated-group__item" id="output-2" data-repeated-item data-index="2">"#))
        #expect(page.contains(#"<label class="st-label" for="output-2-description">Description</label>"#))
        #expect(page.contains(#"<div class="st-hint" id="output-2-description-hint">What you will deliver. You can enter up to 1,000 characters.</div>"#))
        #expect(page.contains(#"<p class="st-error-message" id="output-2-description-error"><span class="st-visually-hidden">Error:</span> Enter a description for output 2</p>"#))
        #expect(page.contains(#"<textarea class="st-textarea st-textarea--error" id="output-2-description" name="output-2-description" rows="4" data-maxlength="1000" aria-describedby="output-2-description-hint output-2-description-error">"#))
        // Only the field with the error is marked.
        #expect(page.contains(#"id="output-1-description" name="output-1-description" rows="4" data-maxlength="1000" aria-describedby="output-1-description-hint">"#))
        // Radios of an item: the first gets the bare id, the error summary's target.
        #expect(page.contains(#"<input class="st-radios__input" id="output-2-rating" name="output-2-rating" type="radio" value="2">"#))
        #expect(page.contains(#"<input class="st-radios__input" id="output-2-rating-2" name="output-2-rating" type="radio" value="3" aria-describedby="output-2-rating-2-hint">"#))
        #expect(page.contains(#"<p class="st-hint" id="output-group-hint">Add between 3 and 5 outputs</p>"#))
        #expect(page.contains(#"<input type="hidden" name="output-count" value="3" data-repeated-count>"#))
    }

    @Test func repeatedGroupOffersAddBelowMaximumButNoRemoveAtMinimum() async throws {
        // setup: 3 outputs, the minimum
        let group = RepeatedGroup.mockOutputs(["One", "Two", "Three"])

        // MUT
        let html = try await LeafTestRenderer.render("repeated-group", as: "group", group)
        let page = visiblePart(html)

        // validate
        #expect(page.contains(#"<button type="submit" class="st-button st-button--secondary" name="intent" value="add-output" aria-describedby="output-group-hint" data-repeated-add>Add another output</button>"#))
        #expect(!page.contains("data-repeated-remove"))
        // Enter in a text input presses the first submit button: it must be the hidden copy of "Save as draft".
        let enterKey = #"<button type="submit" class="st-visually-hidden" tabindex="-1" aria-hidden="true" name="intent" value="save-draft">Save as draft</button>"#
        let firstSubmit = try #require(page.range(of: #"type="submit""#))
        let enterKeyButton = try #require(page.range(of: enterKey))
        #expect(firstSubmit.lowerBound > enterKeyButton.lowerBound)
        // The script's blank item is numbered after the last one and can be removed.
        let template = templatePart(html)
        #expect(template.contains(">Output 4 of 4</legend>"))
        #expect(template.contains(#"id="output-4-description""#))
        #expect(template.contains(#"value="remove-output-4" data-repeated-remove>Remove <span class="st-visually-hidden" data-repeated-text="output {index}">output 4</span></button>"#))
    }

    @Test func repeatedGroupAtMaximumHasRemoveButtonsAndNoAdd() async throws {
        // setup: 5 outputs, the maximum
        let group = RepeatedGroup.mockOutputs(["One", "Two", "Three", "Four", "Five"])

        // MUT
        let html = try await LeafTestRenderer.render("repeated-group", as: "group", group)
        let page = visiblePart(html)

        // validate
        #expect(!page.contains(#"value="add-output""#))
        #expect(page.contains(">Output 5 of 5</legend>"))
        #expect(page.contains(#"<button type="submit" class="st-button st-button--secondary st-repeated-group__remove" name="intent" value="remove-output-5" data-repeated-remove>Remove <span class="st-visually-hidden" data-repeated-text="output {index}">output 5</span></button>"#))
        #expect(occurrences(of: "data-repeated-remove", in: page) == 5)
        // Kept in the template so the script can bring Add back after a removal.
        #expect(templatePart(html).contains(#"value="add-output""#))
    }

    @Test func repeatedGroupEscapesWhatWasTyped() async throws {
        // setup
        let group = RepeatedGroup.mockOutputs(["<script>alert(1)</script>", "Two", "Three"])

        // MUT
        let html = try await LeafTestRenderer.render("repeated-group", as: "group", group)

        // validate
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"))
        #expect(!html.contains("<script>"))
    }

    @Test func buttonsHaveExactlyOnePrimaryFirst() async throws {
        // MUT
        let html = try await LeafTestRenderer.render("buttons", as: "buttons", FormButtons.mock)

        // validate
        #expect(occurrences(of: #"class="st-button""#, in: html) == 1)
        let primary = try #require(html.range(of: #"<button type="submit" class="st-button" name="intent" value="submit">Save and continue</button>"#))
        let secondary = try #require(html.range(of: #"<button type="submit" class="st-button st-button--secondary" name="intent" value="save-draft">Save as draft</button>"#))
        #expect(primary.lowerBound < secondary.lowerBound)
        #expect(html.contains(#"<a class="st-link" href="/appraisals/42">Cancel</a>"#))
    }

    @Test func summaryCardShowsAnswersChangeLinksAndGaps() async throws {
        // MUT
        let html = try await LeafTestRenderer.render("summary-list", as: "summary", SummaryList.mock)

        // validate
        #expect(html.contains(#"<div class="st-summary-card"><div class="st-summary-card__title-wrapper"><h2 class="st-summary-card__title">Output 2 of 4</h2></div>"#))
        #expect(html.contains(#"<dt class="st-summary-list__key">Description</dt>"#))
        #expect(html.contains(#"<dd class="st-summary-list__value"><span class="st-pre-line">Mentor two new starters</span></dd>"#))
        #expect(html.contains(#"<a class="st-link" href="/appraisals/42/outputs#output-2-description">Change <span class="st-visually-hidden">description of output 2</span></a>"#))
        // A missing required answer: an "Enter…" style link in the value column, and no Change link.
        #expect(html.contains(#"<dd class="st-summary-list__value"><a class="st-link" href="/appraisals/42/outputs#output-2-rating">Select a rating for output 2</a></dd>"#))
        #expect(!html.contains("rating for output 2</span>"))
        // An empty optional answer.
        #expect(html.contains(#"<dd class="st-summary-list__value">Not provided</dd>"#))
        #expect(html.contains(#"Change <span class="st-visually-hidden">evidence for output 2</span>"#))
        #expect(html.contains(#"<p class="st-body">Swift</p><p class="st-body">Mentoring</p>"#))
    }

    @Test func summaryListWithoutTitleIsNotACard() async throws {
        // setup
        let summary = SummaryList(rows: [.answer("Name", "<script>x</script>", changeHref: nil, context: "name")])

        // MUT
        let html = try await LeafTestRenderer.render("summary-list", as: "summary", summary)

        // validate
        #expect(!html.contains("st-summary-card"))
        #expect(html.contains(#"<dl class="st-summary-list">"#))
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("st-summary-list__actions"))
    }

    @Test func taskListShowsEachStatusAsUIGuideSays() async throws {
        // MUT
        let html = try await LeafTestRenderer.render("task-list", as: "tasks", TaskList.mock)

        // validate
        #expect(html.contains(#"<h2 class="st-heading-m">Beginning of cycle</h2>"#))
        // Completed: plain text, pointed at by the link.
        #expect(html.contains(#"<a class="st-link st-task-list__link" href="/appraisals/42/objectives" aria-describedby="agree-objectives-status">Agree objectives</a>"#))
        #expect(html.contains(#"<div class="st-task-list__status" id="agree-objectives-status">Completed</div>"#))
        // In progress and Not yet started: tags; a hint is described before the status.
        #expect(html.contains(#"aria-describedby="describe-outputs-hint describe-outputs-status">Describe outputs</a>"#))
        #expect(html.contains(#"<div class="st-task-list__hint st-hint" id="describe-outputs-hint">Between 3 and 5</div>"#))
        #expect(html.contains(#"<div class="st-task-list__status" id="describe-outputs-status"><strong class="st-tag st-tag--blue">In progress</strong></div>"#))
        #expect(html.contains(#"<div class="st-task-list__status" id="choose-skills-status"><strong class="st-tag st-tag--grey">Not yet started</strong></div>"#))
        // Cannot start yet: grey text and no link, even though the model had an address.
        #expect(html.contains(#"<span class="st-task-list__name">Sign</span>"#))
        #expect(html.contains(#"<div class="st-task-list__status st-task-list__status--cannot-start" id="sign-status">Cannot start yet</div>"#))
        #expect(!html.contains("/appraisals/42/sign"))
    }

    @Test func signatureBlockListsSignersThenTheDeclaration() async throws {
        // MUT
        let html = try await LeafTestRenderer.render("signature-block", as: "signatures", SignatureBlock.mock)

        // validate
        #expect(occurrences(of: #"<strong class="st-tag st-tag--green">Signed</strong>"#, in: html) == 2)
        #expect(html.contains(#"<h3 class="st-summary-card__title">Appraisee</h3>"#))
        #expect(html.contains(#"<dd class="st-summary-list__value">Jane Doe</dd>"#))
        #expect(html.contains(#"<time datetime="2026-03-02T14:05:00Z">2 March 2026, 14:05 UTC</time>"#))
        #expect(html.contains(#"<dd class="st-summary-list__value">Mona Manager</dd>"#))
        #expect(html.contains(#"<dd class="st-summary-list__value">3 March 2026, 09:30 UTC</dd>"#))
        #expect(html.contains(#"<dd class="st-summary-list__value">AUD-7F3K</dd>"#))
        #expect(html.contains(#"<dt class="st-summary-list__key">Disagreement</dt><dd class="st-summary-list__value"><span class="st-pre-line">I disagree with the rating for output 3.</span></dd>"#))
        // The declaration is plain text above a button named for the action, in its own form.
        let form = try #require(html.range(of: #"<form class="st-declaration" method="post" action="/appraisals/42/sign" novalidate data-submit-once>"#))
        let lastSignature = try #require(html.range(of: "Mona Manager"))
        #expect(lastSignature.lowerBound < form.lowerBound)
        #expect(html.contains(#"<input type="hidden" name="_csrf" value="test-csrf-token">"#))
        #expect(html.contains(#"<p class="st-body">I confirm that this is a fair record of the year.</p>"#))
        #expect(html.contains(#"<button type="submit" class="st-button" name="intent" value="sign">Sign and submit appraisal</button>"#))
    }

    @Test func readOnlyFormShowsHeaderAgreedAndAdjustedAndReferenceTwice() async throws {
        // MUT
        let html = try await LeafTestRenderer.render("read-only-form", as: "document", ReadOnlyForm.mock)

        // validate
        #expect(html.contains(#"<h1 class="st-heading-l">Beginning of cycle appraisal</h1>"#))
        #expect(html.contains(#"<dd class="st-summary-list__value">Acme Ltd</dd>"#))
        #expect(html.contains(#"<dd class="st-summary-list__value">1 April 2025 to 31 March 2026</dd>"#))
        #expect(html.contains(#"<dt class="st-summary-list__key">Status</dt><dd class="st-summary-list__value"><strong class="st-tag st-tag--green">Signed</strong></dd>"#))
        #expect(html.contains(#"<p class="st-body st-no-print"><a class="st-link" href="/appraisals/42/print">Print or save as PDF</a></p>"#))
        // Agreed text next to the adjusted text and the reason, only where it changed.
        let agreed = try #require(html.range(of: #"<p class="st-body st-pre-line">Mentor two new starters.</p>"#))
        let adjusted = try #require(html.range(of: #"<p class="st-body st-pre-line">Mentor one new starter.</p>"#))
        #expect(agreed.lowerBound < adjusted.lowerBound)
        #expect(html.contains(#"<p class="st-comparison__label">Agreed at the beginning of the cycle</p>"#))
        #expect(html.contains(#"<p class="st-comparison__label">Reason for the change</p><p class="st-body st-pre-line">One post was not filled.</p>"#))
        #expect(occurrences(of: #"<div class="st-comparison">"#, in: html) == 1)
        #expect(html.contains(#"<span class="st-pre-line">Run the workshop.</span>"#))
        #expect(html.contains(#"<span class="st-pre-line">3 – Meets expectations</span>"#))
        #expect(html.contains("Not provided"))
        // The signatures, read-only: no sign form.
        #expect(html.contains(#"<dd class="st-summary-list__value">Jane Doe</dd>"#))
        #expect(html.contains(#"<time datetime="2026-03-02T14:05:00Z">2 March 2026, 14:05 UTC</time>"#))
        #expect(!html.contains("<form"))
        // The reference at the top and again after the signatures.
        #expect(occurrences(of: "STR-2025-0042", in: html) == 2)
        let signatures = try #require(html.range(of: #"<div class="st-signature-block">"#))
        let reference = try #require(html.range(of: #"<p class="st-body st-read-only__reference">Reference: STR-2025-0042</p>"#))
        #expect(signatures.lowerBound < reference.lowerBound)
        // What people typed is escaped.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
    }

    @Test func textareaLimitIsStatedOnceInTheHint() {
        // MUT
        let added = FormField("purpose", .textarea, label: "Purpose", hint: "Why it exists.", value: nil, errors: [],
                              maxLength: 2000)
        let stated = FormField("purpose", .textarea, label: "Purpose", hint: "Up to 2,000 characters.", value: nil,
                               errors: [], maxLength: 2000)
        let input = FormField("name", .text, label: "Name", value: nil, errors: [], maxLength: 200)

        // validate
        #expect(added.hint == "Why it exists. You can enter up to 2,000 characters.")
        #expect(added.describedBy == "purpose-hint")
        #expect(stated.hint == "Up to 2,000 characters.")
        #expect(input.hint == nil)
        #expect(added.rows == 5)
        #expect(DisplayNumber.grouped(1_234_567) == "1,234,567")
        #expect(DisplayNumber.grouped(999) == "999")
    }

    // MARK: helpers

    /// The markup outside the group's `<template>`: what people without JavaScript get.
    private func visiblePart(_ html: String) -> String {
        guard let start = html.range(of: "<template"), let end = html.range(of: "</template>") else { return html }
        return String(html[..<start.lowerBound] + html[end.upperBound...])
    }

    /// The markup inside the `<template>`, which only the script uses.
    private func templatePart(_ html: String) -> String {
        guard let start = html.range(of: "<template"), let end = html.range(of: "</template>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    private func occurrences(of text: String, in html: String) -> Int {
        html.components(separatedBy: text).count - 1
    }
}
