#!/usr/bin/env python3
"""Real-text accuracy restricted to the characters that are ambiguous in practice (totals only).

The real-text sets label every character of g2pM's polyphone list, most of which are nearly always
read one way (的 de5, 个 ge4, 上 shang4 ...); both systems get those right, so the whole-list figure
hides the gap on the characters where the reading really has to be chosen. This script scores the
same labels restricted to a set of characters fixed outside the real-text data and outside either
system: a character counts as ambiguous when CPP's dev split (Tests/Data/cpp) marks it at least
MIN_COUNT times and its most frequent reading there is under MAX_SHARE of them. It prints totals
per set and split, never which rows are wrong, so it may be run on the held-out sets.

Usage (after swift build): python3 tools/bench/realtext_ambiguous.py [DALABA_BINARY]
"""
import collections
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")
MIN_COUNT, MAX_SHARE = 5, 0.95
SETS = [("announcements.tsv", "pypinyin-0.55.0.txt"), ("second.tsv", "pypinyin-0.55.0-second.txt"),
        ("third.tsv", "pypinyin-0.55.0-third.txt"), ("fourth.tsv", "pypinyin-0.55.0-fourth.txt"),
        ("fifth.tsv", "pypinyin-0.55.0-fifth.txt")]


def ambiguous_characters():
    cpp = os.path.join(ROOT, "Tests/Data/cpp")
    sentences = open(os.path.join(cpp, "dev.sent"), encoding="utf-8").read().split("\n")
    labels = open(os.path.join(cpp, "dev.lb"), encoding="utf-8").read().split("\n")
    readings = collections.defaultdict(collections.Counter)
    for sentence, label in zip(sentences, labels):
        if "\u2581" in sentence:
            readings[sentence.split("\u2581")[1]][label] += 1
    return {c for c, n in readings.items()
            if sum(n.values()) >= MIN_COUNT and max(n.values()) / sum(n.values()) < MAX_SHARE}


def main():
    dalaba = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/dalaba")
    chosen = ambiguous_characters()
    print(f"ambiguous characters (CPP dev: >= {MIN_COUNT} marks, top reading < {MAX_SHARE:.0%}): {len(chosen)}")
    data = os.path.join(ROOT, "Tests/Data/realtext")
    for name, reference in SETS:
        if not os.path.exists(os.path.join(data, name)):
            continue
        rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(data, name), encoding="utf-8")
                if line.strip() and not line.startswith("#")]
        theirs_lines = open(os.path.join(data, reference), encoding="utf-8").read().split("\n")
        text = "\n".join("".join(c for c in row[2] if not c.isspace()) for row in rows) + "\n"
        ours_lines = subprocess.run([dalaba, "pinyin", "--per-char", "--voices", os.path.join(ROOT, "voices")],
                                    input=text.encode("utf-8"), capture_output=True, check=True).stdout.decode("utf-8").split("\n")
        totals = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # all: n ours theirs; ambiguous: n ours theirs
        for row, ours, theirs in zip(rows, ours_lines, theirs_lines):
            ours, theirs = ours.split(" "), theirs.split(" ")
            for label in row[3].split(" "):
                index, char, reading = label.split(":")
                index = int(index)
                t = totals[row[0]]
                hit_ours = index < len(ours) and ours[index] == reading
                hit_theirs = index < len(theirs) and theirs[index] == reading
                t[0] += 1; t[1] += hit_ours; t[2] += hit_theirs
                if char in chosen:
                    t[3] += 1; t[4] += hit_ours; t[5] += hit_theirs
        for split, t in sorted(totals.items()):
            pct = lambda a, b: f"{100 * a / b:.2f}%" if b else "-"
            print(f"{name} {split}: all {t[0]}: dalaba {pct(t[1], t[0])} pypinyin {pct(t[2], t[0])} | "
                  f"ambiguous {t[3]}: dalaba {pct(t[4], t[3])} ({t[4]}) pypinyin {pct(t[5], t[3])} ({t[5]}) "
                  f"gap {100 * (t[4] - t[5]) / t[3]:+.2f}")


if __name__ == "__main__":
    main()
