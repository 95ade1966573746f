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

extension Components.Schemas.Reading {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encode(on, forKey: .on)
        try container.encode(comment, forKey: .comment)
    }
}

extension Components.Schemas.Criterion {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(indicator, forKey: .indicator)
        try container.encode(unit, forKey: .unit)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(target, forKey: .target)
        try container.encode(dueOn, forKey: .dueOn)
        try container.encode(weight, forKey: .weight)
        try container.encode(progress, forKey: .progress)
        try container.encode(elapsed, forKey: .elapsed)
        try container.encode(status, forKey: .status)
        try container.encode(latest, forKey: .latest)
        try container.encode(readings, forKey: .readings)
    }
}

extension Components.Schemas.Objective {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(workgroupId, forKey: .workgroupId)
        try container.encode(workgroupName, forKey: .workgroupName)
        try container.encode(title, forKey: .title)
        try container.encode(description, forKey: .description)
        try container.encode(startsOn, forKey: .startsOn)
        try container.encode(dueOn, forKey: .dueOn)
        try container.encode(unitOutcomeId, forKey: .unitOutcomeId)
        try container.encode(ownerId, forKey: .ownerId)
        try container.encode(ownerName, forKey: .ownerName)
        try container.encode(status, forKey: .status)
        try container.encode(derivedStatus, forKey: .derivedStatus)
        try container.encode(overrideReason, forKey: .overrideReason)
        try container.encode(progress, forKey: .progress)
        try container.encode(elapsed, forKey: .elapsed)
        try container.encode(version, forKey: .version)
        try container.encode(criteria, forKey: .criteria)
    }
}

extension Components.Schemas.AlignmentNode {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(parentId, forKey: .parentId)
        try container.encode(level, forKey: .level)
        try container.encode(title, forKey: .title)
        try container.encode(progress, forKey: .progress)
        try container.encode(status, forKey: .status)
        try container.encode(unserved, forKey: .unserved)
        try container.encode(outputCount, forKey: .outputCount)
        try container.encode(totalOutputs, forKey: .totalOutputs)
    }
}

extension Components.Schemas.AlignmentTree {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(on, forKey: .on)
        try container.encode(unit, forKey: .unit)
        try container.encode(folded, forKey: .folded)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(unlinkedOutputs, forKey: .unlinkedOutputs)
    }
}

extension Components.Schemas.AlignmentOutput {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(staffId, forKey: .staffId)
        try container.encode(staffName, forKey: .staffName)
        try container.encode(description, forKey: .description)
    }
}

extension Components.Schemas.AlignmentOutputList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(outputs, forKey: .outputs)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.OrganisationDashboard {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unitId, forKey: .unitId)
        try container.encode(scope, forKey: .scope)
        try container.encode(cycles, forKey: .cycles)
        try container.encode(formsByState, forKey: .formsByState)
        try container.encode(overallRatings, forKey: .overallRatings)
        try container.encode(overdue, forKey: .overdue)
        try container.encode(units, forKey: .units)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(probationTotal, forKey: .probationTotal)
        try container.encode(probation, forKey: .probation)
        try container.encode(upwardFeedback, forKey: .upwardFeedback)
        try container.encode(skillsCoverage, forKey: .skillsCoverage)
    }
}

extension Components.Schemas.APIToken {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(scope, forKey: .scope)
        try container.encode(shown, forKey: .shown)
        try container.encode(ownerName, forKey: .ownerName)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(expiresAt, forKey: .expiresAt)
        try container.encode(lastUsedAt, forKey: .lastUsedAt)
        try container.encode(revokedAt, forKey: .revokedAt)
    }
}

// Every list's `next` is sent as `null` on the last page, as the document promises.
extension Components.Schemas.FormList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(forms, forKey: .forms)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.StaffList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(staff, forKey: .staff)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.FrameworkList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(frameworks, forKey: .frameworks)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.SkillAssessmentList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assessments, forKey: .assessments)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.CycleList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(cycles, forKey: .cycles)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.RoleProfileList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(roleProfiles, forKey: .roleProfiles)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.WorkTaskList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tasks, forKey: .tasks)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.SkillRoundList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rounds, forKey: .rounds)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.UpwardFeedbackRoundList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rounds, forKey: .rounds)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.ColleagueFeedbackList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(requests, forKey: .requests)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.ImprovementPlanList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plans, forKey: .plans)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.RecognitionList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(recognition, forKey: .recognition)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.ObjectiveList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(objectives, forKey: .objectives)
        try container.encode(next, forKey: .next)
    }
}

extension Components.Schemas.APITokenList {
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tokens, forKey: .tokens)
        try container.encode(next, forKey: .next)
    }
}
