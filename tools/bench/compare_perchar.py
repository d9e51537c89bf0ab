#!/usr/bin/env python3
"""Times per-char commands as whole processes over the CPP dev sentences and scores them.

compare_perchar.py DATA_DIR RUNS NAME=COMMAND... : each COMMAND (a shell command line) reads the
sentences (markers stripped) on stdin and writes one line of per-character tokens per sentence.
Prints, for each, the best wall-clock time of RUNS runs, sentences/s and CPP dev accuracy.
"""
import os
import subprocess
import sys
import tempfile
import time


def accuracy(sentences, labels, output):
    right = 0
    for s, label, out in zip(sentences, labels, output):
        chars = [c for c in s if not c.isspace()]
        index = chars.index("\u2581")
        tokens = out.split(" ")
        right += index < len(tokens) and tokens[index] == label.replace("u:", "v")
    return right


def main():
    data, runs, commands = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    sentences = [s for s in open(os.path.join(data, "dev.sent"), encoding="utf-8").read().split("\n") if s]
    labels = [s for s in open(os.path.join(data, "dev.lb"), encoding="utf-8").read().split("\n") if s]
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("\n".join(s.replace("\u2581", "") for s in sentences) + "\n")
        plain = f.name
    times = {}
    try:
        for item in commands:
            name, command = item.split("=", 1)
            best, output = None, ""
            for _ in range(runs):
                with open(plain, encoding="utf-8") as stdin:
                    start = time.perf_counter()
                    done = subprocess.run(command, shell=True, stdin=stdin, capture_output=True, check=True)
                    elapsed = time.perf_counter() - start
                best = elapsed if best is None else min(best, elapsed)
                output = done.stdout.decode("utf-8")
            right = accuracy(sentences, labels, output.split("\n"))
            times[name] = best
            print(f"{name:26s} {best:6.2f} s  {len(sentences) / best:6.0f} sentences/s  "
                  f"accuracy {right}/{len(sentences)} = {100 * right / len(sentences):.2f}%")
    finally:
        os.unlink(plain)
    names = list(times)
    if len(names) == 2:
        print(f"speed ratio {names[0]} / {names[1]}: {times[names[1]] / times[names[0]]:.2f}x faster")


if __name__ == "__main__":
    main()
