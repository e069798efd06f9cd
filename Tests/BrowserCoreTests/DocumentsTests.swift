import StoryDrafting
import Testing

@testable import BrowserCore
@testable import StoryModel

/// A story of several articles: every document is reachable from the Overview and from the
/// Source view, the status bar names the one shown, and Back returns to the one before.
@Suite struct DocumentsTests {
    let context = BrowserContext(story: LayoutFixTests.twoDocuments)

    func screen(_ state: BrowserState) -> String { render(state, context).textLines.joined(separator: "\n") }

    @Test func dInTheSourceViewChoosesTheDocument() {
        let start = drive(keys("5"), context: context).state
        #expect(start.source.document == 0)
        #expect(screen(start).contains("1/2 Signing set for Friday"))
        #expect(screen(start).contains("d documents"))
        let picking = drive(keys("d"), from: start, context: context).state
        guard case .picker(let picker) = picking.mode else {
            Issue.record("d did not open the documents")
            return
        }
        #expect(
            picker.options.map(\.label) == [
                "\u{201C}Signing set for Friday\u{201D}, 26 Feb 2025", "\u{201C}Signing called off\u{201D}, 4 Mar 2025",
            ])
        let chosen = drive(keys("j Enter"), from: picking, context: context).state
        #expect(chosen.source.document == 1)
        #expect(screen(chosen).contains("The signing was called off on Friday."))
        #expect(screen(chosen).contains("Showing \u{201C}Signing called off\u{201D}, 4 Mar 2025."))
        #expect(screen(drive(keys("j"), from: chosen, context: context).state).contains("2/2 Signing called off"))
        let back = drive([.backspace], from: chosen, context: context).state
        #expect(back.source.document == 0)
    }

    @Test func theOverviewListsEverySourceAndEachLeadsToIt() {
        let overview = drive([], context: context).state
        let text = screen(overview)
        #expect(text.contains("Sources (2)"))
        #expect(text.contains("\u{201C}Signing called off\u{201D}, 4 Mar 2025"))
        let model = ScreenModel(overview, context)
        let second = model.page.links.firstIndex { $0.target == .document(1) }
        #expect(second != nil)
        var state = overview
        state.place.page.link = second
        state = drive(keys("Enter"), from: state, context: context).state
        #expect(state.screen == .source && state.source.document == 1)
    }

    @Test func aStoryOfOneDocumentShowsNoDocumentCount() {
        let source = drive(keys("5")).state
        let text = render(source, sharedContext).textLines.last ?? ""
        #expect(!text.contains("1/1"))
        #expect(!text.contains("documents"))
    }

    /// An event with evidence in both articles: Tab past its highlight in the first goes on to
    /// the second, and on again to the first.
    @Test func highlightsCycleAcrossEveryDocumentHoldingTheEvidence() {
        let shown = drive(keys("3 s"), context: context).state
        #expect(shown.screen == .source && shown.source.document == 0)
        #expect(shown.source.focus == .item(.event(0)))
        let second = drive(keys("Tab"), from: shown, context: context).state
        #expect(second.source.document == 1)
        #expect(second.place.page.link == 0)
        #expect(second.message == "Highlight 1 of 1 in \u{201C}Signing called off\u{201D}, 4 Mar 2025.")
        let first = drive(keys("Tab"), from: second, context: context).state
        #expect(first.source.document == 0)
        let backwards = drive(keys("["), from: shown, context: context).state
        #expect(backwards.source.document == 1)
    }

    /// Two articles a week apart, one speaker on one question in each: the claims show the day
    /// of their article, the later one after the earlier, whatever the file's order.
    @Test func claimsShowTheirDayAndComeInOrderOfTime() throws {
        let json = """
            {"format": "storyscope-story", "version": 1, "id": "two", "title": "T", "summary": "S",
             "documents": [{"id": "first", "title": "Before", "published": {"date": "2025-02-26"}, "text": "Ann said it will happen."},
                           {"id": "second", "title": "After", "published": {"date": "2025-03-04"}, "text": "Ann said it did not happen. Bo said it did."}],
             "entities": [{"id": "ann", "name": "Ann", "kind": "person", "role": "r", "description": "d"},
                          {"id": "bo", "name": "Bo", "kind": "person", "role": "r", "description": "d"}],
             "claims": [{"id": "later", "speaker": "ann", "paraphrase": "It did not happen.", "reach": "said",
                         "evidence": [{"document": "second", "excerpt": "Ann said it did not happen."}]},
                        {"id": "earlier", "speaker": "ann", "paraphrase": "It will happen.", "reach": "said",
                         "evidence": [{"document": "first", "excerpt": "Ann said it will happen."}]},
                        {"id": "bo-did", "speaker": "bo", "paraphrase": "It did.", "reach": "said",
                         "evidence": [{"document": "second", "excerpt": "Bo said it did."}]}],
             "topics": [{"id": "q", "question": "Did it happen?", "sides": [{"label": "Ann", "claims": ["later", "earlier"]},
                                                                            {"label": "Bo", "claims": ["bo-did"]}]}]}
            """
        let story = try StoryLoader().load(bytes: Array(json.utf8), name: "t.json") { _ in .failure(.init(message: ""))
        }
        let context = BrowserContext(story: story)
        let column = NarrativesScreen.side(0, 0, width: 40, context: context)
        let text = column.lines.map { $0.spans.map(\.text).joined() }
        let earlier = text.firstIndex { $0.contains("It will happen.") }
        let later = text.firstIndex { $0.contains("It did not happen.") }
        #expect(earlier != nil && later != nil && earlier! < later!, "\(text)")
        #expect(text.contains { $0.contains("Ann · said · 26 Feb") })
        #expect(text.contains { $0.contains("Ann · said · 4 Mar") })
    }

    /// Document titles and outlets from a hostile file, in every place that now shows them: the
    /// Overview's sources, the documents list, the status bar, the message on switching, line
    /// references and search hits. Nothing but visible text reaches the grid.
    @Test func hostileDocumentTitlesStayVisibleTextEverywhere() throws {
        let attack = "T\\u001b]0;pwned\\u0007\\u202Egnp\\nx"
        let json = """
            {"format": "storyscope-story", "version": 1, "id": "h", "title": "H", "summary": "S",
             "documents": [{"id": "a", "title": "\(attack)", "outlet": "\(attack)", "published": {"date": "2025-02-26"},
                            "text": "The signing is set for Friday."},
                           {"id": "b", "title": "\(attack)", "published": {"date": "2025-03-04"}, "text": "The signing was called off."}],
             "events": [{"id": "e", "title": "The signing", "summary": "s", "status": "cancelled", "when": {"text": "Friday"},
                         "evidence": [{"document": "a", "excerpt": "set for Friday"}, {"document": "b", "excerpt": "called off"}]}]}
            """
        let story = try StoryLoader().load(bytes: Array(json.utf8), name: "h.json") { _ in .failure(.init(message: ""))
        }
        let context = BrowserContext(story: story)
        var grids: [Grid] = []
        for script in ["", "5", "5 d", "5 d j Enter", "5 d j Enter j", "3 Tab", "/signing", "3 s Tab"] {
            grids.append(render(drive(keys(script), context: context).state, context))
        }
        for grid in grids {
            for cell in grid.cells {
                #expect(!cell.character.unicodeScalars.contains { isControl($0) || isBidiControl($0) })
            }
        }
        #expect(grids.map { $0.textLines.joined() }.joined().contains("^[]0;pwned^G<U+202E>gnp"))
    }

    /// The fields of format version 2 from a hostile file, in every place that shows them (a
    /// document with no date named in a status history, a report's own time, a claim's said
    /// time, a document's own voice, a linked event, an answer, the outcomes view, the
    /// Overview's changes), and an article with the
    /// same attack drafted: nothing but visible text reaches the grid.
    @Test func hostileVersion2FieldsAndDraftedArticlesStayVisibleText() throws {
        let attack = "T\\u001b]0;pwned\\u0007\\u202Egnp"
        let json = """
            {"format": "storyscope-story", "version": 2, "id": "h", "title": "H", "summary": "S",
             "documents": [{"id": "a", "title": "\(attack)", "text": "It is set for \\"Friday\\u001b[2J\\" now."},
                           {"id": "b", "title": "\(attack)", "text": "In reply it was called off."}],
             "entities": [{"id": "p", "name": "P\(attack)", "kind": "person", "role": "r", "description": "d"}],
             "events": [{"id": "e", "title": "E\(attack)", "summary": "s", "when": {"text": "w\(attack)"},
                         "evidence": [{"excerpt": "set for"}],
                         "reports": [{"document": "a", "status": "scheduled", "evidence": [{"excerpt": "set for"}],
                                      "when": {"text": "r\(attack)",
                                               "resolved": {"precision": "day", "date": "2025-02-20", "inferred": true, "basis": "b\(attack)"}}},
                                     {"document": "b", "status": "cancelled", "evidence": [{"excerpt": "called off"}]}]},
                        {"id": "f", "title": "F\(attack)", "summary": "s", "status": "expected", "when": {"text": "w"},
                         "evidence": [{"excerpt": "In reply"}],
                         "links": [{"kind": "follows", "event": "e", "evidence": [{"excerpt": "In reply"}]}]}],
             "claims": [{"id": "c1", "speaker": "a", "quote": "Friday\\u001b[2J", "paraphrase": "\(attack)",
                         "said": {"text": "s\(attack)",
                                  "resolved": {"precision": "day", "date": "2025-02-19", "inferred": true, "basis": "b\(attack)"}},
                         "reach": "assessed", "evidence": [{"excerpt": "set for \\"Friday\\u001b[2J\\""}]},
                        {"id": "c2", "speaker": "p", "paraphrase": "\(attack)", "reach": "said",
                         "evidence": [{"excerpt": "called off"}], "respondsTo": {"claim": "c1", "evidence": [{"excerpt": "In reply"}]}}],
             "topics": [{"id": "t", "question": "Q\(attack)", "sides": [{"label": "A", "claims": ["c1"]}, {"label": "B", "claims": ["c2"]}]}]}
            """
        let story = try StoryLoader().load(bytes: Array(json.utf8), name: "h.json") { _ in .failure(.init(message: ""))
        }
        let article = "Headline \u{1B}]0;pwned\u{07}\u{202E} here\n\nAnn Lee said \"stop\u{1B}[2J\u{9B}31m\" on Monday."
        let drafted = try Drafter.story(
            Drafter.draft([Drafter.Article(name: "x\u{1B}.txt", text: article, published: Day(iso: "2025-02-26"))]))
        for context in [BrowserContext(story: story), BrowserContext(story: drafted)] {
            var grids: [Grid] = []
            for script in [
                "", "G", "2 Tab", "3 Tab", "3 j Tab", "3 o", "4 Tab", "4 Tab j", "4 m", "5", "5 d j Enter", "/pwned",
            ] {
                grids.append(render(drive(keys(script), context: context).state, context))
            }
            for grid in grids {
                for cell in grid.cells {
                    #expect(!cell.character.unicodeScalars.contains { isControl($0) || isBidiControl($0) })
                }
            }
            #expect(grids.map { $0.textLines.joined() }.joined().contains("^[]0;pwned^G<U+202E>"))
        }
    }
}
