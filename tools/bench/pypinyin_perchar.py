#!/usr/bin/env python3
"""The reference for `dalaba pinyin --per-char`: the same job done with pypinyin (0.55.0).

Reads sentences on stdin, writes one line per sentence: one token per non-whitespace character,
tone-numbered (5 = neutral, ü as v) for a hanzi, the character itself otherwise.
Used by tools/bench/mandarin.sh to time both side by side.
"""
import sys

from pypinyin import Style, pinyin


def main():
    out = []
    for line in sys.stdin:
        text = "".join(ch for ch in line if not ch.isspace())
        readings = pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=False,
                          errors=lambda chars: [[c] for c in chars])
        out.append(" ".join(r[0].replace("ü", "v") for r in readings))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
