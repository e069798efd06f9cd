import StoryModel

/// What a draft knows without a model: countries with their demonyms and capitals, blocs and
/// international organisations, titles, and the capitalised words that are not names.
/// Written for storyscope from general knowledge; kept small and plain so it can be read.
enum Gazetteer {
    struct Place {
        var name: String
        var kind: Entity.Kind
        /// Other names as articles write them ("U.S.", "Britain").
        var aliases: [String]
        var demonyms: [String]
        var capital: String?
    }

    /// "Name|alias,alias|demonym,demonym|capital".
    private static let countryLines = """
        United States|U.S.,US,USA,America,United States of America|American|Washington
        United Kingdom|U.K.,UK,Britain,Great Britain|British|London
        Ukraine||Ukrainian|Kyiv
        Russia|Russian Federation|Russian|Moscow
        China|People's Republic of China|Chinese|Beijing
        France||French|Paris
        Germany||German|Berlin
        Italy||Italian|Rome
        Spain||Spanish|Madrid
        Portugal||Portuguese|Lisbon
        Poland||Polish|Warsaw
        Netherlands|Holland|Dutch|Amsterdam
        Belgium||Belgian|Brussels
        Switzerland||Swiss|Bern
        Austria||Austrian|Vienna
        Sweden||Swedish|Stockholm
        Norway||Norwegian|Oslo
        Denmark||Danish|Copenhagen
        Finland||Finnish|Helsinki
        Ireland||Irish|Dublin
        Greece||Greek|Athens
        Turkey|Türkiye|Turkish|Ankara
        Hungary||Hungarian|Budapest
        Romania||Romanian|Bucharest
        Bulgaria||Bulgarian|Sofia
        Czech Republic|Czechia|Czech|Prague
        Slovakia||Slovak|Bratislava
        Serbia||Serbian|Belgrade
        Croatia||Croatian|Zagreb
        Estonia||Estonian|Tallinn
        Latvia||Latvian|Riga
        Lithuania||Lithuanian|Vilnius
        Belarus||Belarusian|Minsk
        Moldova||Moldovan|Chisinau
        Georgia||Georgian|Tbilisi
        Armenia||Armenian|Yerevan
        Azerbaijan||Azerbaijani|Baku
        Kazakhstan||Kazakh|Astana
        Iceland||Icelandic|Reykjavik
        Canada||Canadian|Ottawa
        Mexico||Mexican|Mexico City
        Brazil||Brazilian|Brasília
        Argentina||Argentine,Argentinian|Buenos Aires
        Chile||Chilean|Santiago
        Colombia||Colombian|Bogotá
        Peru||Peruvian|Lima
        Venezuela||Venezuelan|Caracas
        Cuba||Cuban|Havana
        Japan||Japanese|Tokyo
        South Korea|Korea|South Korean,Korean|Seoul
        North Korea||North Korean|Pyongyang
        India||Indian|New Delhi
        Pakistan||Pakistani|Islamabad
        Afghanistan||Afghan|Kabul
        Bangladesh||Bangladeshi|Dhaka
        Indonesia||Indonesian|Jakarta
        Malaysia||Malaysian|Kuala Lumpur
        Singapore||Singaporean|
        Thailand||Thai|Bangkok
        Vietnam|Viet Nam|Vietnamese|Hanoi
        Philippines||Filipino,Philippine|Manila
        Taiwan||Taiwanese|Taipei
        Australia||Australian|Canberra
        New Zealand||New Zealander|Wellington
        Iran||Iranian|Tehran
        Iraq||Iraqi|Baghdad
        Syria||Syrian|Damascus
        Israel||Israeli|Jerusalem
        Lebanon||Lebanese|Beirut
        Jordan||Jordanian|Amman
        Saudi Arabia||Saudi|Riyadh
        Qatar||Qatari|Doha
        United Arab Emirates|UAE|Emirati|Abu Dhabi
        Yemen||Yemeni|Sanaa
        Egypt||Egyptian|Cairo
        Libya||Libyan|Tripoli
        Tunisia||Tunisian|Tunis
        Algeria||Algerian|Algiers
        Morocco||Moroccan|Rabat
        Sudan||Sudanese|Khartoum
        Ethiopia||Ethiopian|Addis Ababa
        Kenya||Kenyan|Nairobi
        Nigeria||Nigerian|Abuja
        Ghana||Ghanaian|Accra
        South Africa||South African|Pretoria
        Democratic Republic of Congo|DRC,Congo|Congolese|Kinshasa
        """

    /// Blocs and organisations: "Name|aliases|demonyms|kind".
    private static let bodyLines = """
        European Union|EU|European Union's|bloc
        NATO|North Atlantic Treaty Organization|NATO's|bloc
        United Nations|UN,U.N.||organisation
        Security Council|UN Security Council||organisation
        International Monetary Fund|IMF||organisation
        World Bank|||organisation
        World Health Organization|WHO||organisation
        World Trade Organization|WTO||organisation
        OPEC|||bloc
        G7|Group of Seven||bloc
        G20|Group of 20||bloc
        African Union|AU||bloc
        ASEAN|||bloc
        OSCE|||organisation
        European Commission|||organisation
        European Parliament|||organisation
        European Central Bank|ECB||organisation
        Federal Reserve|Fed||organisation
        Red Cross|||organisation
        Kremlin|||organisation
        White House|||organisation
        Pentagon|||organisation
        Congress|||organisation
        Senate|||organisation
        Europe||European|place
        Asia||Asian|place
        Africa||African|place
        Middle East|||place
        """

    static let places: [Place] = {
        var result: [Place] = []
        for line in countryLines.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            result.append(
                Place(
                    name: fields[0], kind: .country, aliases: list(fields[1]), demonyms: list(fields[2]),
                    capital: fields[3].isEmpty ? nil : fields[3]))
        }
        for line in bodyLines.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            result.append(
                Place(
                    name: fields[0], kind: Entity.Kind(rawValue: fields[3]) ?? .organisation, aliases: list(fields[1]),
                    demonyms: list(fields[2]), capital: nil))
        }
        return result
    }()

    private static func list(_ field: String) -> [String] {
        field.split(separator: ",").map { String($0) }
    }

    enum Known {
        /// The place or body itself, by its name or an alias.
        case name(Int)
        /// A demonym ("Ukrainian"): an adjective of the place.
        case demonym(Int)
        /// A capital city of the country.
        case capital(Int)
    }

    /// Every name, alias, demonym and capital, to the entry it belongs to.
    static let lookup: [String: Known] = {
        var table: [String: Known] = [:]
        for (index, place) in places.enumerated() {
            for name in [place.name] + place.aliases where table[name] == nil { table[name] = .name(index) }
            for demonym in place.demonyms where table[demonym] == nil { table[demonym] = .demonym(index) }
            if let capital = place.capital, table[capital] == nil { table[capital] = .capital(index) }
        }
        return table
    }()

    /// Titles that come before a name ("Prime Minister Keir Starmer"), longest first when
    /// matched. Lowercase forms are matched too ("the company's chief executive, …").
    static let titles: [[String]] = [
        "President", "Vice President", "President-elect", "Prime Minister", "Deputy Prime Minister", "Chancellor",
        "Secretary of State", "Secretary", "Foreign Secretary", "Home Secretary", "Defence Secretary",
        "Defense Secretary", "Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
        "Finance Minister", "Energy Minister", "Health Minister", "Mayor", "Deputy Mayor", "Governor", "Senator",
        "Representative", "Congressman", "Congresswoman", "Ambassador", "King", "Queen", "Prince", "Princess",
        "Pope", "General", "Admiral", "Colonel", "Chief Executive", "Chief Executive Officer", "CEO", "Chairman",
        "Chairwoman", "Chair", "Director", "Managing Director", "Spokesman", "Spokeswoman", "Spokesperson",
        "Coach", "Head Coach", "Captain", "Manager", "Judge", "Justice", "Chief Justice", "High Representative",
        "High Representative for Foreign Affairs", "Commissioner", "Speaker", "Leader", "Opposition Leader",
        "Premier", "Councillor", "Councilor", "Inspector", "Detective", "Sheriff", "Bishop", "Archbishop",
        "Chief Financial Officer", "CFO", "Founder", "Co-founder", "Economist", "Analyst", "Organiser", "Organizer",
        "Programme Director", "Program Director", "Striker", "Midfielder", "Goalkeeper", "Referee", "MP", "MEP",
        "Taoiseach", "Tánaiste", "Coroner", "Senior Coroner", "General Secretary", "Secretary General",
        "Secretary-General", "Attorney General", "Attorney-General", "District Attorney", "Prosecutor",
        "Chief Constable", "Superintendent", "Chief Superintendent", "Lieutenant", "Sergeant", "Constable",
        "Cardinal", "Rabbi", "Imam", "Dean", "Vice-Chancellor", "Treasurer", "Comptroller", "Alderman",
        "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman", "Chief Minister", "Chief Medical Officer",
        "Health Secretary", "Chancellor of the Exchequer", "Solicitor General", "Auditor General", "Magistrate",
        "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Capt", "Sgt", "Det", "Insp", "Supt", "Cllr", "Rev", "Fr",
    ].map { $0.split(separator: " ").map(String.init) }

    /// The titles by their first word, for lookups word by word.
    static let titlesByFirstWord: [String: [[String]]] = Dictionary(grouping: titles) { $0[0] }

    /// Honorifics dropped from a person's name ("Sir Keir Starmer" is Keir Starmer).
    static let honorifics: Set<String> = [
        "Sir", "Dame", "Lord", "Lady", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Professor",
    ]

    /// Titles and honorifics written short with a full stop ("Gov.", "Dr."), which joins them
    /// to the name after them.
    static let shortTitles: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Capt", "Sgt", "Det", "Insp",
        "Supt", "Rev", "Fr", "St",
    ]

    /// Letters written after a name that are not part of it ("Jennifer Knight QC", "Priti
    /// Patel MP"): honours, degrees and offices. The name is drafted without them.
    static let postNominals: Set<String> = [
        "QC", "KC", "SC", "MP", "MEP", "MSP", "MS", "MLA", "TD", "AM", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD",
        "MD", "Esq", "JP", "FRS",
    ]

    /// Political parties by the forms news writes them, each with the one name its forms share
    /// ("Tory", "Tories" and "the Conservatives" are the Conservative party). Their names are
    /// common words ("Labour", "Greens"), so the common-word rule would drop them.
    static let parties: [String: String] = {
        let forms: [String: [String]] = [
            "Labour": ["Labour", "Labour Party", "Labour party"],
            "Labor": ["Labor", "Labor Party", "Australian Labor Party"],
            "Conservative": [
                "Conservative", "Conservatives", "Conservative Party", "Conservative party", "Tory", "Tories",
            ],
            "Liberal Democrats": ["Liberal Democrats", "Liberal Democrat", "Lib Dem", "Lib Dems"],
            "Greens": ["Greens", "Green Party", "Green party"],
            "Democrats": ["Democrats", "Democratic Party", "Democratic party"],
            "Republicans": ["Republicans", "Republican Party", "Republican party", "GOP"],
            "Liberals": ["Liberals", "Liberal Party", "Liberal party"],
            "Nationals": ["Nationals", "National Party"],
            "Scottish National Party": ["Scottish National Party", "SNP"],
            "Democratic Unionist Party": ["Democratic Unionist Party", "DUP"],
            "Sinn Féin": ["Sinn Féin", "Sinn Fein"],
            "Fine Gael": ["Fine Gael"],
            "Fianna Fáil": ["Fianna Fáil", "Fianna Fail"],
            "Plaid Cymru": ["Plaid Cymru"],
            "Reform UK": ["Reform UK"],
            "New Democratic Party": ["New Democratic Party", "NDP"],
            "African National Congress": ["African National Congress", "ANC"],
            "Bharatiya Janata Party": ["Bharatiya Janata Party", "BJP"],
        ]
        var table: [String: String] = [:]
        for (name, written) in forms { for form in written { table[form] = name } }
        return table
    }()

    /// The abbreviations of US states in the style of American news agencies ("Wichita, Kan."),
    /// written with their full stops, and the states they stand for.
    static let stateAbbreviations: [String: String] = [
        "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
        "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
        "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
        "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
        "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
        "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
        "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
        "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
        "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
        "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia",
    ]

    /// What an honorific says of the sex of the person it comes before.
    static let honorificSexes: [String: Knowledge.Sex] = [
        "Mr": .male, "Mr.": .male, "Sir": .male, "Lord": .male, "Mrs": .female, "Mrs.": .female, "Ms": .female,
        "Ms.": .female, "Miss": .female, "Dame": .female, "Lady": .female,
    ]

    /// Words that start a body's name and may hold "and" ("Centers for Disease Control and
    /// Prevention").
    static let bodyStarts: Set<String> = organisationWords.union(["Centre", "Center"])

    /// Articles and possessives: dropped from the front of any name.
    static let determiners: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Our", "Its", "My", "Your",
    ]

    /// A determiner however it is capitalised ("The", "THE").
    static func isDeterminer(_ word: String) -> Bool {
        determiners.contains(word) || determiners.contains(word.prefix(1) + word.dropFirst().lowercased())
    }

    /// Words that end the names of organisations.
    static let organisationWords: Set<String> = [
        "Company", "Co", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "Corp", "Corp.", "Corporation", "Group",
        "Council", "Ministry", "Department", "Agency", "Bank", "Fund", "Party", "Union", "Association", "Institute",
        "University", "College", "School", "Committee", "Commission", "Court", "Parliament", "Assembly", "Board",
        "Authority", "Office", "Service", "Services", "Airlines", "Airways", "Motors", "Holdings", "Partners",
        "Foundation", "Federation", "League", "Club", "FC", "United", "City", "Rovers", "Athletic", "Times", "Post",
        "News", "Press", "Media", "Network", "Systems", "Technologies", "Industries", "Energy", "Freight",
        "Railways", "Police", "Army", "Navy", "Forces", "Guard", "Alliance", "Cabinet", "Senate", "Congress",
        "Organisation", "Organization", "Trust", "Society", "Rail", "Rovers", "Wanderers", "Ventures", "Bancorp",
        "Hospital", "Clinic", "Infirmary", "Church", "Museum", "Library", "Prison", "Zoo", "Centers", "Centres",
        "Unions", "Ministries", "Departments", "Town", "Albion", "Hotspur",
    ]

    /// Words that end the names of places and named things that are not people.
    static let placeWords: Set<String> = [
        "Sea", "Ocean", "River", "Lake", "Bay", "Gulf", "Strait", "Island", "Islands", "Mountains", "Valley", "Park",
        "Stadium", "Arena", "Square", "Street", "Road", "Avenue", "Bridge", "Hall", "Airport", "Station", "Port",
        "Harbour", "Harbor", "Cup", "Trophy", "Championship", "Games", "Festival", "Summit", "Treaty", "Accord",
        "Plan", "Act", "Centre", "Center", "Tower", "Palace", "Cathedral", "Coast", "Peninsula", "Desert", "Forest",
        "County", "Province", "District", "Borough", "Township", "Parish", "Region", "Prefecture", "Oblast",
        "Lane", "Drive", "Terrace", "Crescent", "Field", "Speedway", "Raceway", "Racecourse", "Coliseum",
        "Velodrome", "Courthouse",
    ]

    /// Words that join the words of one name ("Secretary of State", "Bank of England").
    static let connectors: Set<String> = ["of", "for", "de", "du", "van", "von", "der", "al", "bin", "la", "le"]

    static let weekdays = Day.weekdayFullNames
    static let months = Day.monthFullNames
    static let monthAbbreviations = Day.monthNames

    /// Capitalised words that are never names by themselves: the words that start sentences,
    /// and calendar words.
    static let notNames: Set<String> = {
        var words: Set<String> = [
            "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
            "His", "Her", "Their", "Our", "My", "Your", "In", "On", "At", "By", "For", "From", "To", "Of", "With",
            "Without", "After", "Before", "During", "Since", "Until", "As", "But", "And", "Or", "Nor", "So", "Yet",
            "If", "When", "While", "Where", "Whereas", "Although", "Though", "Despite", "However", "Meanwhile",
            "Moreover", "Also", "Still", "Even", "Only", "Just", "Now", "Then", "There", "Here", "What", "Which",
            "Who", "Whom", "Whose", "Why", "How", "All", "Some", "Many", "Most", "More", "Much", "Few", "Several",
            "Both", "Each", "Every", "Any", "No", "Not", "Yes", "One", "Two", "Three", "First", "Second", "Last",
            "Next", "Other", "Another", "Such", "Separately", "Additionally", "Earlier", "Later", "Today",
            "Tomorrow", "Yesterday", "According", "Asked", "Speaking", "Under", "Over", "About", "Against",
            "Between", "Among", "Through", "Into", "Upon", "Within", "Located", "Diverging", "Warnings", "Written",
            "Residents", "Officials", "Critics", "Analysts", "Reports", "Talks", "Mr", "Mrs", "Ms", "Dr", "Sir",
            "Chief", "Senior", "Former", "Deputy", "Acting", "Local", "National", "Federal", "State", "Government",
            "Minister", "President", "Prime", "Mayor", "Secretary", "Date", "Headline", "Update", "Updated",
            "Editor", "Note", "Photo", "Source", "Sources", "AM", "PM", "OK", "TV",
        ]
        words.formUnion(weekdays)
        words.formUnion(months)
        words.formUnion(monthAbbreviations)
        words.formUnion(["Sept", "MPs", "MEPs", "MSPs", "TDs", "PhD"])
        return words
    }()
}
