import StoryModel
import Testing

@testable import StoryDrafting

/// Quotations and their speakers in news style (issue 16, class 5 and 6), on text written for
/// these tests in the manner of the real articles that showed each problem.
@Suite struct SpeakerRuleTests {
    func draft(_ text: String) throws -> Story { try draftStory(text) }

    /// The speaker's name of the one claim that holds exactly `quote`, or "(no claim)".
    func speaker(_ story: Story, _ quote: String) -> String {
        let claims = story.claims.filter { $0.quote == quote }
        guard claims.count == 1 else { return "(\(claims.count) claims)" }
        return story.entities.first { $0.id == claims[0].speaker }?.name ?? "the article"
    }

    @Test func reportingVerbsBeyondSaidAndAdverbsBeforeThem() throws {
        let story = try draft(
            """
            Judge Ruth Okonjo continued, "The jury will leave the room." Senator Paul Dane hit back: "That is false." \
            Mayor Lena Fisk wrongly claimed "the roads were clear". Councillor Omar Reyes echoed her, calling it "a mess".
            """)
        #expect(speaker(story, "The jury will leave the room.") == "Ruth Okonjo")
        #expect(speaker(story, "That is false.") == "Paul Dane")
        #expect(speaker(story, "the roads were clear") == "Lena Fisk")
        #expect(speaker(story, "a mess") == "Omar Reyes")
    }

    @Test func heAndSheGoToTheLastPersonOfThatSex() throws {
        let story = try draft(
            """
            Harriet Vale questioned Thomas Brand in the chamber. "We have heard nothing new," she said.

            "The figures speak for themselves," he replied.
            """)
        #expect(speaker(story, "We have heard nothing new") == "Harriet Vale")
        #expect(speaker(story, "The figures speak for themselves") == "Thomas Brand")
    }

    @Test func aTitleGoesToItsHolderNamedLast() throws {
        let story = try draft(
            """
            Premier Ada Moss of the east met Premier Rui Lopes of the west. Lopes spoke first. Then Moss answered. \
            "We need a partner," the premier said.
            """)
        #expect(speaker(story, "We need a partner") == "Ada Moss")
    }

    @Test func aQuotationOverSeveralParagraphsIsOneClaimOfOneSpeaker() throws {
        let story = try draft(
            """
            Opposition leader Carla Mendes told MPs: "This plan has failed in a week.

            "It taxes the people who can least afford it, and it was never costed.

            "Withdraw it today."

            The minister did not reply.
            """)
        let claim = try #require(story.claims.first)
        #expect(story.claims.count == 1)
        #expect(claim.quote?.hasPrefix("This plan has failed in a week.") == true)
        #expect(claim.quote?.hasSuffix("Withdraw it today.") == true)
        #expect(speaker(story, claim.quote!) == "Carla Mendes")
    }

    @Test func aQuotationOpeningTheNextParagraphGoesOnWithTheSameSpeaker() throws {
        let story = try draft(
            """
            "The port will stay open," said harbour master Ines Walsh.

            "Nobody loses a job this year."
            """)
        #expect(speaker(story, "Nobody loses a job this year.") == "Ines Walsh")
    }

    @Test func aCurlyOpeningClosedByAStraightMarkIsAQuotation() throws {
        let story = try draft("Chef Marta Ruiz said: \u{201C}We open on Friday, rain or shine.\" Guests cheered.")
        #expect(speaker(story, "We open on Friday, rain or shine.") == "Marta Ruiz")
    }

    /// Quoting styles of other languages, from the one table of QuotationMarks.
    @Test func guillemetsGermanAndCJKMarksAreQuotations() throws {
        let story = try draft(
            """
            Minister Anna Weber said „Wir schaffen das“ on Monday. «Nous verrons», said Mayor Paul Roy.             Governor Ken Sato said 「as planned」 at noon.
            """)
        #expect(speaker(story, "Wir schaffen das") == "Anna Weber")
        #expect(speaker(story, "Nous verrons") == "Paul Roy")
        #expect(speaker(story, "as planned") == "Ken Sato")
    }

    @Test func eachPartOfASplitQuotationIsAClaimOfTheSameSpeaker() throws {
        let story = try draft("\"The vote is close,\" said Dana Roe. \"We will know by night.\"")
        #expect(speaker(story, "The vote is close") == "Dana Roe")
        #expect(speaker(story, "We will know by night.") == "Dana Roe")
    }

    @Test func aParticipleAfterACommaHasTheSentencesSubject() throws {
        let story = try draft(
            "Governor Noor Haddad wrote to Minister Ivo Petrov, asking him to \u{201C}act before winter\u{201D}.")
        #expect(speaker(story, "act before winter") == "Noor Haddad")
    }

    @Test func aMonthThatIsSomeonesSurnameIsThatPerson() throws {
        let story = try draft("Prime Minister Theresa May faced questions. May hit back: \"Not today.\"")
        #expect(speaker(story, "Not today.") == "Theresa May")
    }
}

/// Speakers found from the shape of the sentence when no "said" stands by the quotation
/// (written for the tests, in the manner of real parliamentary, court and wire reports).
@Suite struct SentenceSubjectTests {
    func speaker(_ story: Story, _ quote: String) -> String { SpeakerRuleTests().speaker(story, quote) }

    @Test func aQuotedPhraseWithoutAVerbOfSayingIsTheSubjects() throws {
        let story = try draftStory(
            """
            In a sour exchange on the floor, Premier Wendell Ashby has accused the opposition of spreading "fairy tales". \
            Ms Corinne Havel was hopeful that "the next budget will close the gap". \
            While calling the plan "reckless," Havel said she would vote for it.
            "Nobody told us," the letter began.
            """)
        #expect(speaker(story, "fairy tales") == "Wendell Ashby")
        #expect(speaker(story, "the next budget will close the gap") == "Corinne Havel")
        #expect(speaker(story, "reckless") == "Corinne Havel")
        // A quotation that opens its sentence is not given to whoever the sentence names later.
        #expect(speaker(story, "Nobody told us") == "the article")
    }

    @Test func participlesInfinitivesAndModalsKeepTheSentencesSubject() throws {
        let story = try draftStory(
            """
            Senator Ruth Calloway attacked the bill in a long speech, at one point asking, "who wrote this?" \
            Senator Idris Fenwick used his time to call the delay "a scandal". \
            "This cannot stand," Calloway could be overheard saying.
            """)
        #expect(speaker(story, "who wrote this?") == "Ruth Calloway")
        #expect(speaker(story, "a scandal") == "Idris Fenwick")
        #expect(speaker(story, "This cannot stand") == "Ruth Calloway")
    }

    @Test func aCapitalisedWordIsNoVerbAndAndTakesItsOwnClausesPerson() throws {
        let story = try draftStory(
            """
            President Ana Lutz met Premier Oskar Brenn. Brenn pushed back, saying the United States would             "in time" regret it, prompting Lutz to raise her voice and say he was "in no position to lecture us".
            """)
        #expect(speaker(story, "in time") == "Oskar Brenn")
        #expect(speaker(story, "in no position to lecture us") == "Ana Lutz")
    }

    @Test func aQuotationParagraphGoesOnFromTheReportedSpeechBeforeIt() throws {
        let story = try draftStory(
            """
            Minister Ruth Okafor spoke after the vote.

            She said the figures showed a clear fall in waiting times.

            "However, the worst-hit wards still need more staff."

            "Nobody is sure," the report concluded.
            """)
        #expect(speaker(story, "However, the worst-hit wards still need more staff.") == "Ruth Okafor")
    }

    @Test func aSentenceOpenedByHeOrSheIsTheirsWithoutAVerbOfSaying() throws {
        let story = try draftStory(
            """
            Premier Tomas Reyes attacked the opposition's plan. He repeated the line that it was "a fantasy".
            """)
        #expect(speaker(story, "a fantasy") == "Tomas Reyes")
    }

    @Test func thePersonBeforeAnAppositionNotTheEmployerInIt() throws {
        let story = try draftStory(
            """
            Dr. Anwen Price, head of surgery at the Maple Valley Medical Foundation, said wards were "full every night".
            """)
        #expect(speaker(story, "full every night") == "Anwen Price")
    }

    @Test func aQuestionAndTheClauseAfterItAreOneSentence() throws {
        let story = try draftStory(
            """
            His cousin, Marisol Quint, spoke to the court. "Why him? Why then?" she asked.
            """)
        #expect(speaker(story, "Why him? Why then?") == "Marisol Quint")
    }

    @Test func anHonorificSaysWhoCanBeHeOrShe() throws {
        let story = try draftStory(
            """
            In a statement to the court, Mr. Dallow's elder sister, Wrenna Ilsley, spoke of the night. "Why him?" she asked.
            """)
        #expect(speaker(story, "Why him?") == "Wrenna Ilsley")
    }
}

/// Titles and letters around a name that are not the name (written for the tests).
@Suite struct TitleAndPostNominalTests {
    @Test func postNominalsTitlesAndSuffixes() throws {
        let story = try draftStory(
            """
            Bernard Ashe QC told the jury the case was plain. Health Secretary Olwen Marsh MP said "we will act". \
            Board Chairman Tomas Ferreira Jr. said the count was wrong. Taoiseach Ciarán Doyle accused her of "untruths". \
            Democratic Gov. Helen Pryce signed the bill.
            """)
        let names = Set(story.entities.filter { $0.kind == .person }.map(\.name))
        #expect(names == ["Bernard Ashe", "Olwen Marsh", "Tomas Ferreira Jr.", "Ciarán Doyle", "Helen Pryce"])
        #expect(SpeakerRuleTests().speaker(story, "we will act") == "Olwen Marsh")
        #expect(SpeakerRuleTests().speaker(story, "untruths") == "Ciarán Doyle")
    }
}
