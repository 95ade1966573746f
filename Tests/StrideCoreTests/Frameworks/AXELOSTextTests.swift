import Foundation
import Testing
import StrideCore

/// Exact texts from the AXELOS document: list items, paragraphs, run-together cells and
/// skills whose detailed heading differs from their summary row.
@Suite struct AXELOSTextTests {
    let framework: SkillsFramework

    init() throws {
        framework = try SeedDocuments.axelos().0
    }

    func level(_ skill: String, _ number: Int) throws -> SkillLevel {
        let found = try #require(framework.skill(named: skill), "missing \(skill)")
        return try #require(found.level(number), "\(skill) has no level \(number)")
    }

    @Test func listItemIndicatorsAtLevel4() throws {
        let level = try level("Portfolio management", 4)
        #expect(level.summary == "Applies portfolio management approaches.")
        #expect(level.indicators == [
            "Define standard processes, tools and reporting schemes to be used in all programmes/ projects of the portfolio",
            "Establish/evaluate support functions (PMO) to ensure consistent management of projects and programmes",
            "Prioritize resources to deliver projects within the portfolio on time and to budget",
            "Monitor progress and performance of projects/programmes within the portfolio",
            "Identify issues with portfolio structure, risk, cost, progress or impact on business performance and benefits",
            "Assess the cross-project and commercial impact of changes within the portfolio.",
        ])
    }

    @Test func paragraphIndicatorsAtLevel4() throws {
        let level = try level("Project and programme planning", 4)
        #expect(level.summary == "Coordinates planning activities across a complex project or programme, ensuring all sub-project plans are integrated into the overall plan.")
        #expect(level.indicators == [
            "Identify cross-project and sub-project dependencies and reflects these in the plan",
            "From the schedule, determine key dates, such as milestones and gates, and devise project control methods around them",
            "From the schedule, determine critical path tasks and their resources, and devise project control methods around them",
            "Perform resource analysis and levelling to optimize resource efficiency",
            "Integrate project baselines and agree plans with stakeholders.",
        ])
    }

    @Test func notDefinedLevelsAreDashesAndHyphens() throws {
        #expect(try level("Project and programme planning", 1).definition == .notDefined)
        #expect(try level("Project and programme planning", 5).definition == .notDefined)
        // This table writes "-" (hyphen) instead of "–".
        #expect(try level("Progress monitoring and control", 1).definition == .notDefined)
        #expect(try level("Progress monitoring and control", 1).note == nil)
    }

    @Test func runTogetherIndicatorsAfterYouCan() throws {
        #expect(try level("Project risk management", 2).indicators == [
            "Identify, analyze and report risks in area of responsibility",
            "Monitor risk and implements agreed risk management activities.",
        ])
        #expect(try level("Project risk management", 3).indicators == [
            "Carry out risk assessments, involving stakeholders and referring to specialists where relevant (e.g. legal and regulatory requirements)",
            "Evaluate risk (risk likelihood and impact)",
            "Prioritize risks for analysis and response planning",
            "Plan how to eliminate or mitigate risk",
            "Agree and communicate the risk response plan",
            "Track risks over the course of the project.",
        ])
    }

    @Test func runTogetherTextKeepsNamesParenthesesAndSentenceBreaks() throws {
        #expect(try level("Stakeholder management and communication", 5).indicators.first
            == "Communicate the strategic direction and vision to Executive, third party shareholders and investors and public relations")
        #expect(try level("Modelling", 3).indicators == [
            "Competently use a range of modelling techniques relevant to your area of expertise (e.g. Use cases or UML for technical analysts, flowcharting for process analysts, Net Present Value (NPV)/Return On Investment (ROI) for commercial analysts)",
            "Review models with stakeholders, identify issues and resolve.",
        ])
        #expect(try level("Release management", 3).indicators == [
            "Schedule releases, working with requesters, developers approvers and other stakeholders to define the release plan",
            "Communicate progress to stakeholders and highlight risks and issues",
            "Ensure releases are traceable, secure, tested and authorized before release.",
            "Carry out post-release reviews",
            "Monitor integration testing.",
        ])
        #expect(try level("Architecture design", 5).indicators == [
            "Provide Information Technology (IT) strategic leadership for implementing the enterprise strategy",
            "Apply strategic thinking to discover and recognize new patterns in vast datasets and new IT systems, to achieve business savings",
            "Specify, refine, update and make available a formal approach to implement solutions, necessary to develop and operate the IT architecture.",
        ])
        #expect(try level("Application of best practice processes, methods and tools", 5).indicators
            == ["Set and continuously improve IT Service Management (ITSM) processes using industry best practice methods as a benchmark."])
    }

    @Test func runTogetherVerbsTheDocumentNeverMarksUp() throws {
        #expect(try level("Information security management", 4).indicators.last
            == "Proactive in analyzing the business environment to identify emerging risks and vulnerabilities to intrusion and attacks.")
        #expect(try level("Contract management", 4).indicators == [
            "Negotiate contract terms and conditions",
            "Act as the final point for issue resolution",
            "Drive recovery plans and amend contracts if necessary",
            "Assure performance of the supply chain and drive continuous improvement.",
        ])
        #expect(try level("Stakeholder management and communication", 4).indicators[2]
            == "Positively communicate the purpose/direction of the project/programme and builds commitment")
    }

    @Test func indicatorsSeparatedByRunsOfSpaces() throws {
        #expect(try level("Technology trend monitoring", 4).indicators == [
            "establish understanding of evolving technologies",
            "Identify business advantages of adopting emerging technologies",
            "Devise innovative solutions for integration of new technology into existing products, applications or services or for the creation of new solutions",
            "Provide expert guidance and advice to the leadership team to support strategic decision-making.",
        ])
        // A run of spaces after a colon is layout inside one indicator.
        #expect(try level("Financial management", 5).indicators == [
            "Provide strategic financial management of finances: capital/non-cash funding, project cost amortization, accrual management, and cost of capital management.",
        ])
    }

    @Test func cellWithoutAnyMarkup() throws {
        let level4 = try level("Innovating", 4)
        #expect(level4.summary == "Recognizes and exploits the opportunities provided by IT to advance the organization or community.")
        #expect(level4.indicators == [
            "Think creatively to envision exploitation of technological advances to address business/society needs or research direction",
            "Devise creative solutions for the provision of new concepts, ideas, products or services",
            "Integrate disparate concepts to devise unique solutions.",
        ])
        #expect(framework.skill(named: "Innovating")?.description
            == "Being able to research and evaluate emerging technologies and recognize the opportunities that they present for improving performance.")
    }

    @Test func detailedHeadingsWordedDifferentlyFromTheSummary() throws {
        // Detailed heading: "APPLICATION OF PPM BEST PRACTICE PROCESSES, MODELS AND TOOLS".
        #expect(try level("Application of best practice processes, models and tools", 3).summary
            == "Applies best practice processes (e.g. PRINCE2®) to deliver a small to medium scale project.")
        // "PORTFOLIO, PROGRAMME AND PROJECT SUPPORT (P30/PMO)".
        #expect(try level("Portfolio, programme and project support", 4).summary
            == "Coordinates support office (P30/PMO) for a portfolio of projects and programmes.")
        // "BENEFITS MANAGEMENT", "REQUIREMENTS IDENTIFICATION", "INFORMATION SYSTEMS (IS) GOVERNANCE".
        #expect(try level("Benefits management and realization", 5).summary == "Optimizes benefits realization across a portfolio of projects and programmes.")
        #expect(try level("Requirements/needs identification", 5).summary == "Works with senior stakeholders to build consensus on the requirements for strategic change.")
        #expect(try level("IS Governance", 4).summary == "Leads the implementation of Information Systems IS governance.")
        // Summary row split over two lines; detailed heading misspelt "(ATTENTION TO DETIAL)".
        let quality = try #require(framework.skill(named: "Quality orientation (attention to detail)"))
        #expect(quality.summaryDescription == "Shows concern for all aspects of the job, checks work to ensure accuracy.")
        #expect(quality.description == "Ensuring accuracy and showing concern for all aspects of the quality of the jobs.")
        #expect(quality.level(1)?.summary == "Checks work for accuracy.")
    }

    @Test func descriptionsFromBothTables() throws {
        let quality = try #require(framework.skill(named: "Project and programme quality management"))
        #expect(quality.summaryDescription
            == "The implementation of a quality plan and management system to assure that the outputs produced by the project are “fit for purpose”.")
        let release = try #require(framework.skill(named: "Release management"))
        #expect(release.description == "The process of managing software releases from development stage to software release.")
    }

    @Test func levelLabelRepeatedInsideASummaryIsDropped() throws {
        #expect(try level("Portfolio management", 5).summary == "Leads definition and implementation of portfolio management framework.")
        #expect(try level("Resource management", 5).summary
            == "Plan and organize resources at a strategic level across an organization or across a portfolio.")
    }

    @Test func noMarkupLeadInOrEmptyTextSurvives() throws {
        for skill in framework.skills {
            var texts = [skill.name, skill.description, skill.summaryDescription ?? ""]
            for level in skill.levels {
                if level.isDefined {
                    #expect(!(level.summary ?? "").isEmpty, "\(skill.name) \(level.number)")
                    #expect(!level.indicators.isEmpty, "\(skill.name) \(level.number)")
                }
                texts += [level.summary ?? ""] + level.indicators
            }
            for text in texts {
                #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"), "\(text)")
                #expect(!text.lowercased().contains("you can:"), "\(text)")
                #expect(text == text.trimmingCharacters(in: .whitespaces) && !text.contains("  "), "\(text)")
            }
        }
    }
}
