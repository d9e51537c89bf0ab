#!/usr/bin/env python3
"""Times whole commands side by side: each round runs every command once, in turn, so a busy
moment of the machine falls on all of them alike. Per command: wall time p50/p99 from spawn to
reap, CPU time and minor page faults p50 (getrusage of the child, from wait4).

usage: alternate.py [--runs N] [--warmup N] [--markdown] NAME=COMMAND [NAME=COMMAND ...]
A COMMAND is split on spaces; its standard output goes to /dev/null; a failing run is an error.
"""
import os
import shlex
import sys
import time


def spawn(argv, devnull):
    start = time.perf_counter_ns()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
    _, status, usage = os.wait4(pid, 0)
    wall = (time.perf_counter_ns() - start) / 1e6
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed with status {os.waitstatus_to_exitcode(status)}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_minflt


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    args = sys.argv[1:]
    runs, warmup, markdown = 500, 20, False
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--runs": runs = int(args.pop(0))
        elif flag == "--warmup": warmup = int(args.pop(0))
        elif flag == "--markdown": markdown = True
        else: sys.exit(__doc__)
    if not args: sys.exit(__doc__)
    commands = [(name, shlex.split(command)) for name, command in (a.split("=", 1) for a in args)]
    devnull = os.open(os.devnull, os.O_WRONLY)
    samples = {name: [] for name, _ in commands}
    for round in range(warmup + runs):
        for name, argv in commands:
            result = spawn(argv, devnull)
            if round >= warmup: samples[name].append(result)
    base = None
    if markdown:
        print("| command | wall p50 | wall p99 | CPU p50 | minor faults p50 | wall p50 / first |")
        print("|---|---|---|---|---|---|")
    for name, _ in commands:
        walls = [s[0] for s in samples[name]]
        p50 = percentile(walls, 50)
        base = base or p50
        cpu = percentile([s[1] for s in samples[name]], 50)
        faults = percentile([s[2] for s in samples[name]], 50)
        if markdown:
            print(f"| {name} | {p50:.2f} ms | {percentile(walls, 99):.2f} ms | {cpu:.2f} ms | {faults} | {p50 / base:.2f}× |")
        else:
            print(f"{name:24} wall p50 {p50:6.2f} ms  p99 {percentile(walls, 99):6.2f} ms  cpu p50 {cpu:5.2f} ms  "
                  f"minflt p50 {faults:5}  ratio {p50 / base:4.2f}")


main()
