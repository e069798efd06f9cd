import StoryModel
import Testing

@testable import StoryDrafting

/// Kinds from the generated gazetteer and word lists (issue 16, class 1 and 3), on sentences
/// written for these tests in the manner of the real articles that showed each problem.
@Suite struct PlaceAndWordRuleTests {
    func draft(_ text: String) throws -> Story { try draftStory(text) }

    func kind(_ story: Story, _ name: String) -> Entity.Kind? { story.entities.first { $0.names.contains(name) }?.kind }

    @Test func placesTheGazetteerKnowsAreNeitherPeopleNorBodies() throws {
        let story = try draft(
            "Crews from Lubbock County reached West Texas on Monday. Officials in Phoenix and Guyana watched. "
                + "The storm moved on to Nova Scotia and British Columbia, forecasters said.")
        #expect(kind(story, "Lubbock County") == .place)
        #expect(kind(story, "West Texas") == .place)
        #expect(kind(story, "Phoenix") == .place)
        #expect(kind(story, "Guyana") == .country)
        #expect(kind(story, "Nova Scotia") == .place)
        #expect(kind(story, "British Columbia") == .place, "a whole name before its demonym")
        #expect(kind(story, "Columbia") == nil)
    }

    @Test func aClubNamedTownIsABodyAndALaneIsAPlace() throws {
        let story = try draft(
            "Ashby Town manager Gary Lowe said the pitch at Mill Lane was flooded. Ashby Town will play Kettleford Albion on Tuesday."
        )
        #expect(kind(story, "Ashby Town") == .organisation)
        #expect(kind(story, "Kettleford Albion") == .organisation)
        #expect(kind(story, "Mill Lane") == .place)
        #expect(kind(story, "Gary Lowe") == .person)
    }

    @Test func aTownNamedLikeAWordIsAPlaceOnlyWhereTheTextSaysSo() throws {
        let here = try draft("The depot in Reading will close, the union said.")
        #expect(kind(here, "Reading") == .place)
        let word = try draft("Most Valuable Player went to a rookie. Reading the list, the coach smiled.")
        #expect(word.entities.isEmpty, "\(word.entities.map(\.name))")
    }

    @Test func commonWordsCapitalisedAsTermsNameNoOne() throws {
        let story = try draft(
            "The Chancellor defended the Budget. National Insurance will rise, and the Board of Directors "
                + "met. Opposition MPs called it a Budget U-turn.")
        for name in ["Budget", "National Insurance", "Budget U-turn"] {
            #expect(kind(story, name) == nil, "\(name)")
        }
    }

    @Test func aTitleBeforeOfNamesAPortfolioNotAPerson() throws {
        let story = try draft("The Minister of Economy, Ana Ruiz, said the plan would wait.")
        #expect(kind(story, "Economy") == nil)
        #expect(kind(story, "Ana Ruiz") == .person)
    }

    @Test func aDatelineInCapitalsKeepsItsCapitalsAsAName() throws {
        let story = try draft("CHANDIGARH, June 21 -- The state party met on Tuesday.")
        let place = try #require(story.entities.first { $0.name == "Chandigarh" })
        #expect(place.kind == .place)
        #expect(place.names.contains("CHANDIGARH"))
    }

    @Test func aRegionBesideABodyNamedAfterItIsStillTheRegion() throws {
        let story = try draft("Suffolk Police said little. The case was heard in Suffolk, near Newmarket.")
        #expect(kind(story, "Suffolk") == .place)
        #expect(kind(story, "Suffolk Police") == .organisation)
    }
}

/// Name boundaries and merging (issue 16, class 2 and 4), on sentences written for these tests.
@Suite struct NameBoundaryAndMergeTests {
    func draft(_ text: String) throws -> Story { try draftStory(text) }

    func entity(_ story: Story, named name: String) -> Entity? { story.entities.first { $0.names.contains(name) } }

    @Test func aPossessiveEndsAName() throws {
        let story = try draft("The plan needs Ottawa's Housing Accelerator Fund, said Mayor Ruth Olsen.")
        #expect(entity(story, named: "Ottawa") != nil)
        #expect(entity(story, named: "Ottawa's Housing Accelerator Fund") == nil)
    }

    @Test func aNameWithoutItsMiddleNameIsThePersonNamedInFull() throws {
        let story = try draft("Former chief minister Bhupinder Singh Hooda spoke. Later, Bhupinder Hooda left.")
        let person = try #require(entity(story, named: "Bhupinder Singh Hooda"))
        #expect(person.names.contains("Bhupinder Hooda"))
        #expect(story.entities.filter { $0.kind == .person }.count == 1)
    }

    @Test func initialsInCapitalsAreTheBodyTheyStandFor() throws {
        let story = try draft("The Bharatiya Janata Party won. The BJP will govern alone.")
        let party = try #require(entity(story, named: "Bharatiya Janata Party"))
        #expect(party.names.contains("BJP"))
        #expect(story.entities.count == 1)
    }

    @Test func aGivenNameAloneIsTheOnePersonNamedInFullWithIt() throws {
        let story = try draft("MP Deepak Rana attacked the plan. Critics said Deepak had a point.")
        #expect(entity(story, named: "Deepak Rana")?.names.contains("Deepak") == true)
    }

    @Test func aDemonymsPluralIsItsCountry() throws {
        let story = try draft("Russia sent envoys. Talks with Russians resumed.")
        #expect(entity(story, named: "Russia")?.names.contains("Russians") == true)
        #expect(story.entities.count == 1)
    }

    @Test func aPlaceBeforeATitleIsAPlaceAndTheHoldersRole() throws {
        let story = try draft("The meeting was hosted by Nova Scotia Premier Tim Houston on Tuesday.")
        #expect(entity(story, named: "Nova Scotia")?.kind == .place)
        #expect(entity(story, named: "Tim Houston")?.role == "Nova Scotia Premier")
    }
}

/// Parties, agency-style state abbreviations and "a person of a place" (written for the tests,
/// in the manner of British council reports and American wire copy).
@Suite struct PartyStateAndOfTests {
    func entity(_ story: Story, _ name: String) -> Entity? { story.entities.first { $0.names.contains(name) } }

    @Test func partiesByEveryFormAreOneOrganisationEach() throws {
        let story = try draftStory(
            """
            Labour member Cllr Dora Pike said the Conservative administration had failed. The Tories disagreed. \
            Tory leader Ivo Grant said the Greens and the Liberal Democrats had no plan. Lib Dem councillors abstained.
            """)
        #expect(entity(story, "Labour")?.kind == .organisation)
        let conservative = try #require(entity(story, "Conservative"))
        #expect(conservative.kind == .organisation)
        #expect(Set(conservative.names).isSuperset(of: ["Tories", "Tory"]))
        #expect(entity(story, "Greens")?.kind == .organisation)
        #expect(entity(story, "Liberal Democrats")?.names.contains("Lib Dem") == true)
        #expect(entity(story, "Dora Pike")?.kind == .person)
        #expect(entity(story, "Ivo Grant")?.kind == .person)
    }

    @Test func stateAbbreviationsOfWireCopyArePlaces() throws {
        let story = try draftStory(
            """
            SALINA, Kan. (AP) — Crews cleared roads on Tuesday. A second team left Raleigh, N.C., for the coast.
            """)
        #expect(entity(story, "Kan.")?.name == "Kansas")
        #expect(entity(story, "Kan.")?.kind == .place)
        #expect(entity(story, "N.C.")?.name == "North Carolina")
        // The abbreviation's stop ends no sentence.
        #expect(story.events.count == 1)
    }

    @Test func aPersonOfAPlaceOrAFirmIsTwoNames() throws {
        let story = try draftStory(
            "Rep. Owen Bracket of Elmsworth sent a letter. Miner Tom Aske of Gold Ridge Mining spoke.")
        #expect(entity(story, "Owen Bracket")?.kind == .person)
        #expect(entity(story, "Owen Bracket of Elmsworth") == nil)
        #expect(entity(story, "Gold Ridge Mining") != nil || entity(story, "Tom Aske")?.kind == .person)
        #expect(entity(story, "Tom Aske of Gold Ridge Mining") == nil)
    }
}

/// The names of bodies that hold "and", "of" and words that are not names alone (written for
/// the tests, in the manner of health briefings, labour reports and disaster bulletins).
@Suite struct BodyNameTests {
    func names(_ text: String) throws -> [String: Entity.Kind] {
        Dictionary(
            try draftStory(text).entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func andInsideABodysName() throws {
        let found = try names(
            """
            Officials at the Department of Fisheries and Coastal Affairs met the Quality and Standards Authority. \
            The Treasury and Bank of England agreed. Labour and Conservative members voted.
            """)
        #expect(found["Department of Fisheries and Coastal Affairs"] == .organisation)
        #expect(found["Quality and Standards Authority"] == .organisation)
        #expect(found["Bank of England"] == .organisation)
        #expect(found["Labour"] == .organisation && found["Conservative"] == .organisation)
    }

    @Test func aBodysFirstWordsThatAreNotNamesAlone() throws {
        let found = try names(
            """
            A march was called by the Congress of Dockside Workers. National Union of Ferrymen spokesman Ed Vane \
            spoke. THE Ministry of Roads and Bridges replied.
            """)
        #expect(found["Congress of Dockside Workers"] == .organisation)
        #expect(found["National Union of Ferrymen"] == .organisation)
        #expect(found["Ministry of Roads and Bridges"] == .organisation)
        #expect(found["Ed Vane"] == .person)
    }

    @Test func initialsOfTheWordsBeforeAndAndATitleWithNoNameAfterIt() throws {
        let story = try draftStory(
            """
            The Office for Flood Control and Recovery (OFCR) warned of storms. "We are ready," said OFCR Chairman \
            Lino Abad. Union General Secretary Grace King spoke next.
            """)
        let office = try #require(story.entities.first { $0.name == "Office for Flood Control and Recovery" })
        #expect(office.names.contains("OFCR"))
        #expect(!story.entities.contains { $0.name.hasSuffix("Chairman") })
        #expect(story.entities.contains { $0.name == "Grace King" && $0.kind == .person })
    }
}

/// Calendar words and plural titles beside names (written for the tests, in the manner of
/// local election reports and sports briefs).
@Suite struct CalendarWordTests {
    @Test func aWeekdayEndsANameAndMonthAbbreviationsNameNoOne() throws {
        let story = try draftStory(
            """
            Voters gathered at Ferris River Tuesday night. Early Friday the count ended. The fair runs Oct. 3 to \
            Nov. 9. Three MPs and a PhD student spoke. Prime Minister Theresa May replied. Staff at Health New \
            Zealand walked out.
            """)
        let names = Set(story.entities.map(\.name))
        #expect(names.contains("Ferris River"))
        #expect(!names.contains { $0.contains("Tuesday") || $0.contains("Friday") })
        #expect(names.isDisjoint(with: ["Oct", "Nov", "MPs", "PhD", "Early"]))
        #expect(story.entities.contains { $0.name == "Theresa May" && $0.kind == .person })
        #expect(story.entities.contains { $0.name == "Health New Zealand" && $0.kind == .organisation })
    }
}

/// Places the gazetteer does not know, named where only a place can be (written for the tests,
/// in the manner of a disaster bulletin).
@Suite struct UnknownPlaceTests {
    @Test func afterInANameWithoutAGivenNameIsAPlace() throws {
        let story = try draftStory(
            """
            Landslides killed 12 people in Obrajo and 5 in Tamuli Dasag, officials said. Relief reached \
            Obrajo on Sunday. Workers at Kelvane were sent home.
            """)
        let kinds = Dictionary(story.entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Obrajo"] == .place)
        #expect(kinds["Tamuli Dasag"] == .place)
        // "at" takes firms as well as places: no place is made of it.
        #expect(kinds["Kelvane"] != .place)
    }
}
