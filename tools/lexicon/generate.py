#!/usr/bin/env python3
"""Generate the Mandarin lexicon and model files in voices/mandarin/ (development time only).

    python3 -m venv /tmp/lexenv
    /tmp/lexenv/bin/pip install pypinyin==0.55.0 pypinyin-dict==0.9.0 jieba==0.42.1 g2pM==0.1.2.5 numpy
    /tmp/lexenv/bin/python tools/lexicon/generate.py voices/mandarin

Writes two binary files that the reader memory-maps and searches in place (layout in binfile.py):
  lexicon.bin  syllables; every hanzi's readings, default first (tone numbers 1-5, ü as v); the
               word list with jieba frequencies and a word's own reading where it tells something
  g2pm.bin     g2pM's BiLSTM, its input projection precomputed (float16), vocabulary and classes
Output is deterministic: running it again reproduces the committed files byte for byte.
Citation tones only: phrase data that already applied 一/不 sandhi (一定 yí, 不是 bú) is put back
to yi1/bu4, because the reader applies sandhi itself after segmentation.
"""
import importlib
import os
import pickle
import re
import sys
import unicodedata

import binfile

import jieba
import numpy as np
import pypinyin
from pypinyin.contrib.tone_convert import to_tone3
from pypinyin.phrases_dict import phrases_dict
from pypinyin.pinyin_dict import pinyin_dict

OUT = sys.argv[1] if len(sys.argv) > 1 else "voices/mandarin"
# Jieba words with no reading of their own only steer segmentation; the rarest of them change
# almost nothing and would double the file.
MIN_PLAIN_FREQ = 30
MAX_WORD_LEN = 8


SYLLABLE = re.compile(r"^[a-z]+[1-5]$")


def is_hanzi(ch):
    # pinyin-data also lists a few letters, symbols and private-use code points (B bi1, % pa1):
    # those must stay non-hanzi so the reader spells or skips them.
    name = unicodedata.name(ch, "")
    return ch == "〇" or name.startswith("CJK UNIFIED IDEOGRAPH") or name.startswith("CJK COMPATIBILITY IDEOGRAPH")


def tone3(s):
    r = to_tone3(s, neutral_tone_with_five=True).replace("ü", "v")
    return r


def citation(word, syls):
    """Undo 一/不 sandhi that the phrase data wrote in."""
    out = []
    for ch, s in zip(word, syls):
        if ch == "一" and s in ("yi2", "yi4"):
            s = "yi1"
        elif ch == "不" and s == "bu2":
            s = "bu4"
        out.append(s)
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    g2pm_dir = os.path.dirname(importlib.import_module("g2pM").__file__)
    cedict = pickle.load(open(os.path.join(g2pm_dir, "digest_cedict.pkl"), "rb"))

    # Characters: pypinyin's readings (default first), plus any reading g2pM's dictionary has,
    # so that the model's answer is always among a character's candidates.
    chars = {}
    for cp, readings in pinyin_dict.items():
        rs = []
        for r in readings.split(","):
            t = tone3(r)
            if t not in rs:
                rs.append(t)
        chars[chr(cp)] = rs
    for ch, prons in cedict.items():
        rs = chars.setdefault(ch, [])
        for p in prons:
            p = p.replace("u:", "v")
            if p not in rs:
                rs.append(p)
    chars = {ch: [r for r in rs if SYLLABLE.match(r)] for ch, rs in chars.items() if is_hanzi(ch)}
    chars = {ch: rs for ch, rs in chars.items() if rs}
    # Phrases: pypinyin's own phrase list wins over the larger phrase-pinyin-data list.
    phrases = {}
    jieba_freq = {}
    jdict = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    for line in open(jdict, encoding="utf-8"):
        parts = line.split(" ")
        jieba_freq[parts[0]] = int(parts[1])
    for k in range(11):
        mod = importlib.import_module(f"pypinyin_dict.phrase_pinyin_data.large_pinyin_{k}")
        for w, r in mod.phrases_dict.items():
            if w in jieba_freq:
                phrases[w] = [tone3(x[0]) for x in r]
    for w, r in phrases_dict.items():
        phrases[w] = [tone3(x[0]) for x in r]

    def default(ch):
        rs = chars.get(ch)
        return rs[0] if rs else None

    def informative(w, syls):
        # A reading is worth storing if it is not what the characters alone would give:
        # a polyphone in it, or a syllable that differs from the character's default (neutral tones).
        return any(len(chars.get(c, [])) > 1 or default(c) != s for c, s in zip(w, syls))

    words = {}
    for w, syls in phrases.items():
        if len(w) < 2 or len(w) > MAX_WORD_LEN or len(syls) != len(w):
            continue
        if not all(c in chars for c in w):
            continue
        syls = citation(w, syls)
        if informative(w, syls):
            words[w] = (jieba_freq.get(w, 1), " ".join(syls))
    for w, f in jieba_freq.items():
        if w in words or len(w) > MAX_WORD_LEN or not all(c in chars for c in w):
            continue
        if len(w) == 1 or f >= MIN_PLAIN_FREQ:
            words[w] = (f, "")
    # How much text a character is part of: lays the tables out most used first (binfile.py, CORD).
    usage = {}
    for w, f in jieba_freq.items():
        for c in w:
            usage[c] = usage.get(c, 0) + f
    binfile.write_lexicon(os.path.join(OUT, "lexicon.bin"), chars, words, usage)

    # g2pM's model.
    sd = pickle.load(open(os.path.join(g2pm_dir, "np_ckpt.pkl"), "rb"))
    c2i = pickle.load(open(os.path.join(g2pm_dir, "char2idx.pkl"), "rb"))
    cl = pickle.load(open(os.path.join(g2pm_dir, "class2idx.pkl"), "rb"))
    vocab = [None] * len(c2i)
    for ch, i in c2i.items():
        vocab[i] = ch
    classes = [None] * len(cl)
    for p, i in cl.items():
        classes[i] = p.replace("u:", "v")
    polyphones = sorted(ch for ch, p in cedict.items() if len(p) > 1)
    # g2pM's BOS/EOS tokens are the Hangul 시/끝; <PAD> and <UNK> are the other non-characters.
    binfile.write_model(os.path.join(OUT, "g2pm.bin"), sd, vocab, classes, polyphones,
                        bos="시", eos="끝", unk="<UNK>")
    print(f"chars {len(chars)}, words {len(words)}, pypinyin {pypinyin.__version__}")


if __name__ == "__main__":
    main()
