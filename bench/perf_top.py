#!/usr/bin/env python3
"""Shares of perf samples (from `perf script -F comm,ip,sym`) by thread and by the innermost
dev.broadsheet method on each stack. Usage: bench/perf_top.py SAMPLES.txt [TOP]"""
import collections, re, sys


def stacks(path):
    """Each sample as (thread name, frames from the innermost outwards)."""
    thread, frames = None, None
    with open(path, errors="replace") as f:
        for line in f:
            if not line.strip():
                if frames is not None:
                    yield thread, frames
                thread, frames = None, None
            elif line[0] not in " \t":
                thread, frames = line.strip(), []
            elif frames is not None:
                parts = line.strip().split(" ", 1)
                frames.append(parts[1] if len(parts) > 1 else "?")
    if frames is not None:
        yield thread, frames


def method(frame):
    """A Java frame's class and method, without its signature."""
    frame = re.sub(r"\(.*", "", frame)
    return frame.split(" ")[-1]


def main():
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    threads, methods = collections.Counter(), collections.Counter()
    total = 0
    for thread, frames in stacks(sys.argv[1]):
        total += 1
        # Pools number their threads: "broadsheet-fetch-3" and "broadsheet-fetch-1" are one pool.
        threads[re.sub(r"[-#]?\d+$", "", thread)] += 1
        ours = next((method(f) for f in frames if "dev.broadsheet." in f), None)
        methods[ours or "[not Broadsheet] " + thread + ": " + method(frames[0] if frames else "?")] += 1
    if total == 0:
        print("no samples")
        return
    print(f"{total} samples (about {total / 999:.1f} s of CPU at 999 Hz)\n\nby thread:")
    for name, n in threads.most_common(12):
        print(f"{n:7} {100 * n / total:5.1f}%  {name}")
    print("\nby innermost Broadsheet method (what it called included):")
    for name, n in methods.most_common(top):
        print(f"{n:7} {100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
