// The generator encodes an absent optional by leaving its key out, but the document promises these
// keys are always sent, `null` when there is nothing: a client reading `body["roleProfile"]` must
// not fail on a person without a role. These hand-written encoders take precedence over the
// synthesized ones and write `null` explicitly.

extension Components.Schemas.SkillGaps {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(roleProfile, forKey: .roleProfile)
        try container.encode(gaps, forKey: .gaps)
    }
}

extension Components.Schemas.SkillGap {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(skillId, forKey: .skillId)
        try container.encode(skill, forKey: .skill)
        try container.encode(requiredLevel, forKey: .requiredLevel)
        try container.encode(confirmedLevel, forKey: .confirmedLevel)
        try container.encode(gap, forKey: .gap)
        try container.encode(essential, forKey: .essential)
    }
}

extension Components.Schemas.SkillsMatrixSkill {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(skillId, forKey: .skillId)
        try container.encode(skill, forKey: .skill)
        try container.encode(framework, forKey: .framework)
        try container.encode(neededLevel, forKey: .neededLevel)
        try container.encode(essential, forKey: .essential)
        try container.encode(holders, forKey: .holders)
        try container.encode(bestLevel, forKey: .bestLevel)
        try container.encode(covered, forKey: .covered)
    }
}

extension Components.Schemas.RankedMember.ShortfallsPayloadPayload {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(skillId, forKey: .skillId)
        try container.encode(skill, forKey: .skill)
        try container.encode(heldLevel, forKey: .heldLevel)
        try container.encode(neededLevel, forKey: .neededLevel)
    }
}

extension Components.Schemas.RankedMember {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rank, forKey: .rank)
        try container.encode(staffId, forKey: .staffId)
        try container.encode(name, forKey: .name)
        try container.encode(levelsShared, forKey: .levelsShared)
        try container.encode(totalShortfall, forKey: .totalShortfall)
        try container.encode(openTasks, forKey: .openTasks)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(shortfalls, forKey: .shortfalls)
    }
}

extension Components.Schemas.UpwardFeedbackReportQuestion {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(category, forKey: .category)
        try container.encode(text, forKey: .text)
        try container.encode(count, forKey: .count)
        try container.encode(mean, forKey: .mean)
        try container.encode(distribution, forKey: .distribution)
    }
}

extension Components.Schemas.ColleagueFeedbackRequest {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(staffId, forKey: .staffId)
        try container.encode(staffName, forKey: .staffName)
        try container.encode(colleagueId, forKey: .colleagueId)
        try container.encode(colleagueName, forKey: .colleagueName)
        try container.encode(dueOn, forKey: .dueOn)
        try container.encode(givenAt, forKey: .givenAt)
        try container.encode(feedback, forKey: .feedback)
    }
}

extension Components.Schemas.ColleagueFeedbackRequest.FeedbackPayload {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ratings, forKey: .ratings)
        try container.encode(strengths, forKey: .strengths)
        try container.encode(development, forKey: .development)
    }
}

extension Components.Schemas.ColleagueFeedbackRating {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(questionId, forKey: .questionId)
        try container.encode(question, forKey: .question)
        try container.encode(rating, forKey: .rating)
    }
}
