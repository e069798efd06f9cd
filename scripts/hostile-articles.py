#!/usr/bin/env python3
"""Writes articles built to make a drafter slow or hungry into a folder, each just under the
2 MiB drafting limit: one giant sentence of time expressions or quotations, opening quotes
that never close, hundreds of thousands of capitalised words or names. Every text is generated
filler written for the benchmark."""
import os
import sys

LIMIT = 2 * (1 << 20) - 1000


def write(folder, name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
        out.write(("Date: 2025-01-01\n" + text)[:LIMIT])


def main(folder):
    os.makedirs(folder, exist_ok=True)
    write(folder, "dates-one-sentence.txt", " ".join("on Monday" for _ in range(300000)))
    write(folder, "quotes-one-sentence.txt", " ".join('"a%d" said Ann Lee, and' % i for i in range(300000)))
    write(folder, "quotes-many-sentences.txt", " ".join('Ann said "a%d."' % i for i in range(300000)))
    write(folder, "responses.txt", " ".join(
        'In response, Ann Lee said "a". Bo Park said "b" while Ann Lee said "c".' for _ in range(40000)))
    write(folder, "open-curly-quotes.txt", "\u201c" * 600000)
    write(folder, "open-single-quotes.txt", " 'a" * 600000)
    write(folder, "capitals-one-run.txt", " ".join("Zq%dx" % i for i in range(300000)))
    write(folder, "capitals-apart.txt", " ".join("the Zq%dx and others" % i for i in range(300000)))
    write(folder, "people.txt", " ".join("Ann Lee%d met Bo Park%d. Lee%d said no." % (i, i, i) for i in range(60000)))
    write(folder, "titles.txt", " ".join("President Zq%dx met President Lee." % i for i in range(100000)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".build/hostile-articles")
