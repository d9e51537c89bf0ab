"""The binary files of voices/mandarin/ that MandarinReader memory-maps (Sources/Mandarin/Data).

Container (all integers little endian):
    0  magic, 8 bytes ("DLBLEX1\\0" or "DLBG2PM\\0")
    8  format version, u32 (FORMAT_VERSION)
   12  number of sections, u32
   16  CRC-32 (zlib) of every byte from offset 24 to the end of the file, u32
   20  file size, u32
   24  per section: tag (4 ASCII bytes), offset u32, length u32
Each section starts on a 64-byte boundary so the reader can use it in place as an array.

lexicon.bin sections:
    SYLO u32[n+1]  offsets into SYLB of the n syllables (a syllable's id is its index)
    SYLB bytes     the syllables, ASCII, concatenated ("a1", "zhong4" …, sorted)
    PAGE u16[1024] per block of 256 code points below U+40000: its index in BITS/BASE, 0xFFFF if no
                   character of the block has a reading
    BITS u32[8·b]  per used block a 256-bit map of the code points that have readings
    BASE u32[b]    per used block the rank of its first character (characters are ranked in
                   code point order, so rank = BASE + bits set below the code point)
    CORD u16[c]    per rank the character's slot: its position by usage (jieba frequency of the
                   words containing it), so that everything below is laid out most used first and
                   the pages that common text touches are few and together
    CRDG u32[c]    per slot: (first index into RDGS) << 8 | number of readings
    RDGS u16[]     syllable ids, each character's default first, in slot order
    CGRP u16[c]    per slot: 1 + the index of the group of words starting with it, or 0 (groups
                   and their records are in slot order too)
    GREC u32[g+1]  per group its first record (records of a group are consecutive; last = total)
    GBYT u32[g]    per group the byte offset of its first record in RECS
    ROFF u16[r]    per record its byte offset from its group's GBYT
    RECS bytes     per record, sorted within the group by the word's rest as slots:
                   u8 (characters in the rest | 0x80 if the word has its own reading),
                   the rest (the slots of the word's characters after the first, u16 each), the
                   jieba frequency as LEB128, then if flagged one u8 per character: the reading's
                   index in the character's readings, or 0xFF and the syllable id as u16

g2pm.bin sections:
    DIMS u32[8]    vocabulary size, hidden units, gates (4·hidden), head units, classes, and the
                   vocabulary indices of BOS, EOS and UNK
    VOCS u32[v']   code points of the single-character vocabulary entries, ascending
    VOCI u16[v']   their vocabulary indices
    PROJ f16[vocab·2·gates]  per vocabulary entry, embedding·W_ihᵀ + b_ih + b_hh for the forward
                   then the backward direction (computed in float64, rounded once to float16)
    WHHF, WHHB f32[hidden·gates]  recurrent weights, transposed (row k = hidden unit k's column)
    H0WT f32[2·hidden·head], H0BI f32[head], H1WT f32[head·classes], H1BI f32[classes]
                   the head's two layers, transposed
    CLSO u32[classes+1], CLSB bytes  class names (tone-numbered syllables) as in SYLO/SYLB
    POLY u32[]     code points of the polyphones the model decides, ascending
"""
import os
import struct
import zlib

import numpy as np

FORMAT_VERSION = 1
ALIGN = 64
BLOCKS = 0x40000 >> 8


def _write(path, magic, sections):
    header_size = 24 + 12 * len(sections)
    offset = (header_size + ALIGN - 1) // ALIGN * ALIGN
    table, body = b"", bytearray()
    for tag, data in sections:
        start = offset + len(body)
        table += struct.pack("<4sII", tag.encode("ascii"), start, len(data))
        body += data
        body += b"\0" * (-len(body) % ALIGN)
    pad = b"\0" * (offset - header_size)
    after_crc = table + pad + bytes(body)
    size = 24 + len(after_crc)
    head = struct.pack("<8sIIII", magic, FORMAT_VERSION, len(sections), zlib.crc32(after_crc), size)
    # Written beside and renamed over: a reader that has the old file mapped keeps its own copy.
    with open(path + ".tmp", "wb") as f:
        f.write(head + after_crc)
    os.replace(path + ".tmp", path)


def _strings(values):
    offsets, data = [0], bytearray()
    for v in values:
        data += v.encode("ascii")
        offsets.append(len(data))
    return struct.pack(f"<{len(offsets)}I", *offsets), bytes(data)


def _leb128(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def write_lexicon(path, chars, words, usage):
    """chars: {hanzi: [syllable, …]} default first; words: {word: (frequency, "syl syl" or "")};
    usage: {hanzi: how often it is used} (orders the slots; ties by code point)."""
    syllables = sorted({s for rs in chars.values() for s in rs}
                       | {s for _, r in words.values() for s in r.split()})
    sid = {s: i for i, s in enumerate(syllables)}
    assert len(syllables) < 0x10000
    ranked = sorted(chars, key=ord)
    assert all(ord(c) < 0x40000 for c in ranked)
    page = [0xFFFF] * BLOCKS
    bits, base = [], []
    for rank, ch in enumerate(ranked):
        block = ord(ch) >> 8
        if page[block] == 0xFFFF:
            page[block] = len(base)
            base.append(rank)
            bits.extend([0] * 8)
        low = ord(ch) & 0xFF
        bits[page[block] * 8 + low // 32] |= 1 << (low % 32)
    slots = sorted(ranked, key=lambda c: (-usage.get(c, 0), ord(c)))
    slot_of = {ch: i for i, ch in enumerate(slots)}
    assert len(slots) < 0x10000
    cord = [slot_of[ch] for ch in ranked]
    crdg, rdgs = [], []
    for ch in slots:
        crdg.append(len(rdgs) << 8 | len(chars[ch]))
        rdgs.extend(sid[s] for s in chars[ch])
    assert len(rdgs) < 1 << 24 and all(0 < len(chars[c]) < 256 for c in ranked)

    groups = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    cgrp = [0] * len(slots)
    grec, gbyt, roff, recs = [], [], [], bytearray()
    for g, first in enumerate(sorted(groups, key=lambda c: slot_of[c])):
        cgrp[slot_of[first]] = g + 1
        grec.append(len(roff))
        gbyt.append(len(recs))
        for w in sorted(groups[first], key=lambda x: [slot_of[c] for c in x[1:]]):
            freq, reading = words[w]
            rest = [slot_of[c] for c in w[1:]]
            assert len(rest) < 0x80 and freq >= 0
            roff.append(len(recs) - gbyt[-1])
            recs.append(len(rest) | (0x80 if reading else 0))
            recs += struct.pack(f"<{len(rest)}H", *rest)
            recs += _leb128(freq)
            if reading:
                syls = reading.split()
                assert len(syls) == len(w)
                for c, s in zip(w, syls):
                    k = chars[c].index(s) if s in chars[c] else 0xFF
                    recs += bytes([k]) if k < 0xFF else b"\xff" + struct.pack("<H", sid[s])
        assert roff[-1] < 0x10000
    grec.append(len(roff))
    assert len(groups) < 0xFFFF

    sylo, sylb = _strings(syllables)
    _write(path, b"DLBLEX1\0", [
        ("SYLO", sylo), ("SYLB", sylb),
        ("PAGE", struct.pack(f"<{BLOCKS}H", *page)),
        ("BITS", struct.pack(f"<{len(bits)}I", *bits)),
        ("BASE", struct.pack(f"<{len(base)}I", *base)),
        ("CORD", struct.pack(f"<{len(cord)}H", *cord)),
        ("CRDG", struct.pack(f"<{len(crdg)}I", *crdg)),
        ("RDGS", struct.pack(f"<{len(rdgs)}H", *rdgs)),
        ("CGRP", struct.pack(f"<{len(cgrp)}H", *cgrp)),
        ("GREC", struct.pack(f"<{len(grec)}I", *grec)),
        ("GBYT", struct.pack(f"<{len(gbyt)}I", *gbyt)),
        ("ROFF", struct.pack(f"<{len(roff)}H", *roff)),
        ("RECS", bytes(recs)),
    ])


def write_model(path, sd, vocab, classes, polyphones, bos, eos, unk):
    """sd: g2pM's numpy state dict; vocab: index → token; classes: index → syllable."""
    emb = sd["embedding.weight"].astype(np.float64)
    vocab_size, _ = emb.shape
    whh = sd["lstm.weight_hh_l0"]
    gates, hidden = whh.shape
    head = sd["logit_layer.0.weight"].shape[0]

    def projection(suffix):
        # float64 and one rounding to float16: the result does not depend on the BLAS's summation order.
        w = sd["lstm.weight_ih_l0" + suffix].astype(np.float64)
        b = sd["lstm.bias_ih_l0" + suffix].astype(np.float64) + sd["lstm.bias_hh_l0" + suffix].astype(np.float64)
        return emb @ w.T + b

    proj = np.concatenate([projection(""), projection("_reverse")], axis=1).astype("<f2")
    singles = sorted((ord(t), i) for i, t in enumerate(vocab) if len(t) == 1 and t not in (bos, eos))
    assert len({c for c, _ in singles}) == len(singles)

    def f32(a):
        return np.ascontiguousarray(a, dtype="<f4").tobytes()

    clso, clsb = _strings(classes)
    _write(path, b"DLBG2PM\0", [
        ("DIMS", struct.pack("<8I", vocab_size, hidden, gates, head, len(classes),
                             vocab.index(bos), vocab.index(eos), vocab.index(unk))),
        ("VOCS", struct.pack(f"<{len(singles)}I", *(c for c, _ in singles))),
        ("VOCI", struct.pack(f"<{len(singles)}H", *(i for _, i in singles))),
        ("PROJ", np.ascontiguousarray(proj).tobytes()),
        ("WHHF", f32(sd["lstm.weight_hh_l0"].T)),
        ("WHHB", f32(sd["lstm.weight_hh_l0_reverse"].T)),
        ("H0WT", f32(sd["logit_layer.0.weight"].T)),
        ("H0BI", f32(sd["logit_layer.0.bias"])),
        ("H1WT", f32(sd["logit_layer.2.weight"].T)),
        ("H1BI", f32(sd["logit_layer.2.bias"])),
        ("CLSO", clso), ("CLSB", clsb),
        ("POLY", struct.pack(f"<{len(polyphones)}I", *sorted(ord(c) for c in polyphones))),
    ])
