#!/usr/bin/env python3
"""Writes articles built to make a drafter slow or hungry into a folder, each just under the
2 MiB drafting limit: one giant sentence of time expressions or quotations, opening quotes
that never close, hundreds of thousands of capitalised words or names; and the shapes issue 15
found (quotations chained by a reporting verb, sentences joined by tabs, no-break spaces or
CJK full stops with no space, thousands of names sharing a first word, counts of days that
overflow a date, dates at the ends of the calendar, CRLF and CR line ends); and a folder of
200 articles drafted at once (issue 18). Every text is generated filler written for the
benchmark."""
import os
import sys

LIMIT = 2 * (1 << 20) - 1000


def write(folder, name, text):
    # Cut in bytes, at a character's edge: the limit is on the file's size.
    data = ("Date: 2025-01-01\n" + text).encode("utf-8")[:LIMIT].decode("utf-8", errors="ignore")
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as out:
        out.write(data)


def main(folder):
    os.makedirs(folder, exist_ok=True)
    write(folder, "dates-one-sentence.txt", " ".join("on Monday" for _ in range(300000)))
    write(folder, "quotes-one-sentence.txt", " ".join('"a%d" said Ann Lee, and' % i for i in range(300000)))
    write(folder, "quotes-many-sentences.txt", " ".join('Ann said "a%d."' % i for i in range(300000)))
    write(folder, "responses.txt", " ".join(
        'In response, Ann Lee said "a". Bo Park said "b" while Ann Lee said "c".' for _ in range(40000)))
    write(folder, "open-curly-quotes.txt", "\u201c" * 600000)
    # Lists of happenings, each with its outcome, in sentences cut at their longest.
    write(folder, "listed-outcomes.txt", " ".join("the vote was cancelled and" for _ in range(80000)))
    # Times of saying after the happening's own time, in sentences cut at their longest.
    write(folder, "said-times.txt", " ".join("the vote is on Tuesday, Ann Lee said Monday, and" for _ in range(60000)))
    write(folder, "open-single-quotes.txt", " 'a" * 600000)
    write(folder, "capitals-one-run.txt", " ".join("Zq%dx" % i for i in range(300000)))
    write(folder, "capitals-apart.txt", " ".join("the Zq%dx and others" % i for i in range(300000)))
    write(folder, "people.txt", " ".join("Ann Lee%d met Bo Park%d. Lee%d said no." % (i, i, i) for i in range(60000)))
    write(folder, "titles.txt", " ".join("President Zq%dx met President Lee." % i for i in range(100000)))
    # Issue 15: the shapes that were quadratic, crashed, or drafted what validate refuses.
    write(folder, "quotes-chained-said.txt", '"a"said,' * 300000)
    write(folder, "said-tabs.txt", "\t".join('"a%d," said Ann Lee.' % i for i in range(120000)))
    write(folder, "cjk-no-space.txt", "".join("\u5b89\u5a1c\u8bf4\u201c\u597d\u201d\u3002" for _ in range(300000)))
    write(folder, "no-break-spaces.txt", "\u00a0".join("Ann Lee said \"a%d\" on Friday." % i for i in range(80000)))
    write(folder, "names-shared-first-word.txt", " ".join(
        "Ann Zq%dx spoke. Ann Zq%dx agreed." % (i, i) for i in range(2000)) * 20)
    write(folder, "overflowing-counts.txt", " ".join(
        "It began %d weeks ago and %d days ago." % (2000000000000000000 + i, 9223372036854775807 - i)
        for i in range(40000)))
    write(folder, "crlf-lines.txt", "\r\n".join('Ann Lee said "a%d" on Friday.' % i for i in range(60000)))
    write(folder, "cr-lines.txt", "\r".join('Ann Lee said "a%d" on Friday.' % i for i in range(60000)))
    write(folder, "no-stops.txt", " ".join("word%d" % i for i in range(300000)))
    write(folder, "long-names.txt", " ".join(" ".join("Zq%dx" % (j + i) for j in range(40)) + "." for i in range(5000)))
    # Issue 18: many articles at once, within every bound (200 articles, under 4 MiB in all),
    # every later one full of times of a happening the first names: each is compared with the
    # events of the first (75 s before the review of issue 18).
    many = os.path.join(folder, "many")
    os.makedirs(many, exist_ok=True)
    filler = " ".join("zq%dx" % i for i in range(60))
    with open(os.path.join(many, "000.txt"), "w", encoding="utf-8") as out:
        out.write("Date: 2025-01-01\n\n" + " ".join(
            "Ann Alder and Bob Brenn will sign the deal %s %d in March." % (filler, i) for i in range(64)))
    for number in range(1, 200):
        with open(os.path.join(many, "%03d.txt" % number), "w", encoding="utf-8") as out:
            out.write("Date: 2025-01-%02d\n\n" % (number % 28 + 1) + " ".join(
                "Alder and Brenn will sign the deal " + "in March, " * 90 + "they said." for _ in range(20)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".build/hostile-articles")
