/// The verbs that report speech, as data: adding one is a line here. Every form a news article
/// writes is listed (says, said, saying), since the drafter does not stem.
enum ReportingVerbs {
    /// Verbs of saying, in every form news writes them.
    static let all: Set<String> = {
        let stems = [
            "say says said saying", "tell tells told telling", "ask asks asked asking", "warn warns warned warning",
            "add adds added adding", "write writes wrote writing", "note notes noted noting",
            "call calls called calling", "refer refers referred referring", "describe describes described describing",
            "state states stated stating", "imply implies implied implying", "suggest suggests suggested suggesting",
            "argue argues argued arguing", "insist insists insisted insisting", "claim claims claimed claiming",
            "stress stresses stressed stressing", "announce announces announced announcing",
            "declare declares declared declaring", "explain explains explained explaining",
            "reply replies replied replying", "answer answers answered answering", "admit admits admitted admitting",
            "concede concedes conceded conceding", "promise promises promised promising", "vow vows vowed vowing",
            "urge urges urged urging", "predict predicts predicted predicting", "remark remarks remarked remarking",
            "comment comments commented commenting", "post posts posted posting", "tweet tweets tweeted tweeting",
            "recall recalls recalled recalling", "agree agrees agreed agreeing",
            "counter counters countered countering",
            "respond responds responded responding", "continue continues continued continuing",
            "echo echoes echoed echoing", "start starts started starting", "begin begins began beginning",
            "question questions questioned questioning", "contest contests contested contesting",
            "accuse accuses accused accusing", "reject rejects rejected rejecting", "retort retorts retorted retorting",
            "quip quips quipped quipping", "joke jokes joked joking", "shout shouts shouted shouting",
            "plead pleads pleaded pleading", "acknowledge acknowledges acknowledged acknowledging",
            "complain complains complained complaining", "lament laments lamented lamenting",
            "boast boasts boasted boasting", "observe observes observed observing",
            "testify testifies testified testifying",
            "conclude concludes concluded concluding", "interject interjects interjected interjecting",
            "demand demands demanded demanding", "maintain maintains maintained maintaining",
            "assert asserts asserted asserting", "confirm confirms confirmed confirming", "deny denies denied denying",
            "caution cautions cautioned cautioning", "emphasise emphasises emphasised emphasising",
            "emphasize emphasizes emphasized emphasizing", "reiterate reiterates reiterated reiterating",
            "told", "wonder wonders wondered wondering", "exclaim exclaims exclaimed exclaiming",
            "mutter mutters muttered muttering", "scoff scoffs scoffed scoffing", "tout touts touted touting",
            "brand brands branded branding", "dub dubs dubbed dubbing", "hail hails hailed hailing",
            "criticise criticises criticised criticising", "criticize criticizes criticized criticizing",
            "blast blasts blasted blasting", "slam slams slammed slamming", "insist", "explain",
            "reveal reveals revealed revealing",
        ]
        return Set(stems.flatMap { $0.split(separator: " ").map(String.init) })
    }()

    /// Verbs that may come before their subject: "…,” said Brenn; "…,” added the minister. Not
    /// "told", "asked", "urged": the name after them is who was told.
    static let invertible: Set<String> = [
        "said", "says", "added", "adds", "continued", "wrote", "writes", "explained", "noted", "replied", "insisted",
        "argued", "recalled", "admitted", "conceded", "remarked", "commented", "stated", "declared", "observed",
        "concluded", "countered", "responded", "quipped", "joked", "retorted", "warned", "claimed", "stressed",
        "acknowledged", "asserted", "maintained", "confirmed", "posted", "tweeted", "announced", "explained",
    ]

    /// Two-word verbs of saying, by their first word: "hit back", "went on", "pointed out".
    static let phrasal: [String: Set<String>] = [
        "hit": ["back"], "hits": ["back"], "fired": ["back"], "shot": ["back"], "went": ["on"], "goes": ["on"],
        "pointed": ["out"], "points": ["out"], "chimed": ["in"], "spoke": ["out"], "weighed": ["in"],
    ]

    static func isVerb(_ words: [ArticleText.Word], at index: Int) -> Bool {
        // "the United States", "Mr Post": a capital inside a sentence makes a name, not a verb.
        if words[index].isCapitalised && !words[index].startsSentence { return false }
        let lower = words[index].text.lowercased()
        if all.contains(lower) { return true }
        if let second = phrasal[lower], index + 1 < words.count {
            return second.contains(words[index + 1].text.lowercased())
        }
        return false
    }
}
