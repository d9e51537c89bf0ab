#!/usr/bin/env python3
"""pypinyin 0.55.0's per-character readings of the real-text set, committed so that the Swift test
(Tests/MandarinTests/RealTextAccuracyTests) compares against it without Python.

Usage: python3 tools/bench/realtext_pypinyin.py > Tests/Data/realtext/pypinyin-0.55.0.txt
       python3 tools/bench/realtext_pypinyin.py second.tsv > Tests/Data/realtext/pypinyin-0.55.0-second.txt
       python3 tools/bench/realtext_pypinyin.py third.tsv > Tests/Data/realtext/pypinyin-0.55.0-third.txt
       python3 tools/bench/realtext_pypinyin.py fifth.tsv > Tests/Data/realtext/pypinyin-0.55.0-fifth.txt
One line per data line of the set (Tests/Data/realtext/announcements.tsv unless another file of that
directory is named), in the same order: one token per non-whitespace character, as
tools/bench/pypinyin_perchar.py writes them.
"""
import os
import sys

import pypinyin
from pypinyin import Style, pinyin

assert pypinyin.__version__ == "0.55.0", pypinyin.__version__
DATA = os.path.join(os.path.dirname(__file__), "../../Tests/Data/realtext",
                    sys.argv[1] if len(sys.argv) > 1 else "announcements.tsv")

for line in open(DATA, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    sentence = line.rstrip("\n").split("\t")[2]
    text = "".join(ch for ch in sentence if not ch.isspace())
    readings = pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=False,
                      errors=lambda chars: [[c] for c in chars])
    sys.stdout.write(" ".join(r[0].replace("ü", "v") for r in readings) + "\n")
