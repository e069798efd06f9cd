#!/usr/bin/env python3
"""Writes the amplification inputs of scripts/bench-hostile into a folder: story files of at
most about 10 MB, each built to make a naive loader slow or hungry. Every text in them is
generated filler written for the benchmark."""
import json
import os
import sys

MB = 1 << 20


def story(documents, entities=(), events=(), claims=(), topics=(), **top):
    value = {"format": "storyscope-story", "version": 1, "id": "hostile", "title": "Hostile input",
             "summary": "Written for the benchmark: an input built to be expensive.",
             "documents": documents, "entities": list(entities), "events": list(events),
             "claims": list(claims), "topics": list(topics)}
    value.update(top)
    return value


def entity(ident, name, **extra):
    value = {"id": ident, "name": name, "kind": "person", "role": "r", "description": "d"}
    value.update(extra)
    return value


def filler_words(count):
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
    return " ".join(words[i % len(words)] + str(i % 997) for i in range(count))


def write(folder, name, value):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as out:
        if isinstance(value, str):
            out.write(value)
        else:
            json.dump(value, out, ensure_ascii=False)
    return path


def main(folder):
    os.makedirs(folder, exist_ok=True)
    text = "Anna met Boris. " + filler_words(2000)
    doc = [{"id": "doc", "title": "D", "text": text}]
    ids = [entity(f"person-{i:05d}", f"Person{i:05d}") for i in range(4990)]

    # "Did you mean" against many ids: 20,000 unknown references.
    claims = [{"id": f"c{i}", "speaker": f"persn-{i % 4990:05d}", "paraphrase": "p", "reach": "said",
               "evidence": [{"excerpt": "Anna met Boris"}]} for i in range(20000)]
    write(folder, "did-you-mean-20k.json", story(doc, ids, claims=claims))

    # Many errors, each to be placed at a line and column: 100k unknown references, one a line.
    topic = {"id": "t", "question": "q", "sides": [], "others": [f"nobody{i}" for i in range(100000)]}
    raw = json.dumps(story(doc, topics=[topic]))
    write(folder, "errors-100k.json", raw.replace('", "nobody', '",\n"nobody'))

    # 100k duplicate ids.
    dups = [entity("same", f"Name{i}") for i in range(100000)]
    write(folder, "duplicate-ids-100k.json", story(doc, dups))

    # 2,000 entities named "a" against a text of 50,000 words "a".
    text_a = " ".join(["a"] * 50000)
    write(folder, "one-letter-names.json",
          story([{"id": "doc", "title": "D", "text": text_a}], [entity(f"a{i}", "a") for i in range(2000)]))

    # A long excerpt over a long repetitive text: 8 MB of "a" and a 128 KB excerpt of "a" then "b".
    long_text = "a" * (8 * MB)
    write(folder, "long-excerpt.json",
          story([{"id": "doc", "title": "D", "text": long_text}],
                [entity("x", "X", mentions=[{"excerpt": "a" * (128 * 1024) + "b"}])]))

    # A 9 MB unknown key.
    value = story(doc)
    raw = json.dumps(value)
    write(folder, "long-key.json", raw[:-1] + ', "' + "k" * (9 * MB) + '": 1}')

    # Many excerpts against one long text: 4 MB of text, 100k excerpts.
    big = filler_words(600000)[: 4 * MB]
    events = [{"id": f"e{i}", "title": "t", "summary": "s", "status": "happened", "when": {"text": "w"},
               "evidence": [{"excerpt": "zz%d" % i}]} for i in range(40000)]
    write(folder, "many-excerpts.json", story([{"id": "doc", "title": "D", "text": big}], events=events))

    # Many quotes not found, each looked for in a long text.
    claims = [{"id": f"q{i}", "speaker": "anna", "quote": "not there %d" % i, "paraphrase": "p", "reach": "said",
               "evidence": [{"start": 0, "end": 20}]} for i in range(30000)]
    write(folder, "many-missing-quotes.json",
          story([{"id": "doc", "title": "D", "text": big}], [entity("anna", "Anna")], claims=claims))

    # Excerpts whose every 4 bytes are common but which occur nowhere: random text over two
    # letters, and 40-letter excerpts over the same two letters.
    import random
    rng = random.Random(7)
    binary = "".join(rng.choice("ab") for _ in range(4 * MB))
    events = [{"id": f"e{i}", "title": "t", "summary": "s", "status": "happened", "when": {"text": "w"},
               "evidence": [{"excerpt": "".join(rng.choice("ab") for _ in range(40))}]} for i in range(40000)]
    write(folder, "common-grams.json", story([{"id": "doc", "title": "D", "text": binary}], events=events))

    # Many documents, and evidence naming documents that do not exist.
    docs = [{"id": f"d{i}", "title": "D", "text": "Some text %d." % i} for i in range(20000)]
    events = [{"id": f"e{i}", "title": "t", "summary": "s", "status": "happened", "when": {"text": "w"},
               "evidence": [{"document": f"missing{i}", "excerpt": "Some"}]} for i in range(20000)]
    write(folder, "unknown-documents.json", story(docs, events=events))

    # Format version 2: evidence without a document is looked for in every document. 1,000
    # documents of 9 KB and 2,000 excerpts none of them holds.
    docs = [{"id": f"d{i}", "title": "D", "text": filler_words(1000) + " number %d." % i} for i in range(1000)]
    events = [{"id": f"e{i}", "title": "t", "summary": "s", "status": "happened", "when": {"text": "w"},
               "evidence": [{"excerpt": "alpha%d bravo%d absent" % (i % 997, i % 997)}]} for i in range(2000)]
    inferred = story(docs, events=events)
    inferred["version"] = 2
    write(folder, "inferred-documents.json", inferred)

    # One object with 300k keys (duplicate-key check), all unknown.
    wide = story(doc)
    for i in range(300000):
        wide[f"key{i}"] = i
    write(folder, "wide-object.json", wide)

    # Names that overlap: 3,000 entities whose names are prefixes of one another.
    words = ("Anna " * 3000).split()
    names = [" ".join(words[: i + 1]) for i in range(0, 60)]
    text_names = " ".join(["Anna"] * 400000)
    write(folder, "overlapping-names.json",
          story([{"id": "doc", "title": "D", "text": text_names}], [entity(f"n{i}", n) for i, n in enumerate(names)]))


def add_many_small_items(folder):
    """10 MB of tiny items: each one is several problems, or a piece of evidence to find."""
    head = ('{"format": "storyscope-story", "version": 1, "id": "x", "title": "T", "summary": "S", '
            '"documents": [{"id": "doc", "title": "D", "text": "Anna met Boris."}], "entities": [')
    count = (10 * MB) // 3
    write(folder, "empty-objects.json", head + ",".join(["{}"] * count) + "]}")
    write(folder, "empty-arrays.json", head + ",".join(["[]"] * count) + "]}")
    evidence = ",".join(['{"excerpt":"met"}'] * (10 * MB // 18))
    write(folder, "many-evidence.json", head + '{"id":"a","name":"Anna","kind":"person","role":"r","description":"d",'
          '"mentions":[' + evidence + ']}]}')


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".build/hostile")
    add_many_small_items(sys.argv[1] if len(sys.argv) > 1 else ".build/hostile")
