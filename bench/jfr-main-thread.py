#!/usr/bin/env python3
"""Where the main thread's wall time goes under one method of a Broadsheet build, by the line of
that method and the method it called there.

Usage: bench/jfr-main-thread.py RECORDING.jfr METHOD [LINES]
  e.g. bench/jfr-main-thread.py build.jfr dev.broadsheet.curate.DigestAssembler.assemble
Each sample of the thread named "main" stands for the time to the next one (at most 0.1 s):
JFR's period per thread depends on how many threads run, so counting samples misweighs stages
that run on several cores against those that run on one (see docs/performance.md).
"""
import collections, datetime, json, subprocess, sys


def when(event):
    return datetime.datetime.fromisoformat(event["values"]["startTime"].replace("Z", "+00:00")).timestamp()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path, target = sys.argv[1], sys.argv[2]
    lines = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    main_thread = sorted((e for e in events if e["values"]["sampledThread"]["javaName"] == "main"), key=when)
    spent = collections.Counter()
    total = 0.0
    for sample, following in zip(main_thread, main_thread[1:]):
        frames = sample["values"]["stackTrace"]["frames"]
        names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
        under = [i for i, name in enumerate(names) if name == target]
        if not under:
            continue
        i = under[-1]  # the outermost call of the method
        gap = min(when(following) - when(sample), 0.1)
        total += gap
        callee = names[i - 1] if i > 0 else "(itself)"
        spent[f"line {frames[i].get('lineNumber')} -> {callee}"] += gap
    print(f"{total:.2f} s of the main thread under {target}")
    for where, seconds in spent.most_common(lines):
        print(f"{seconds:7.3f} s  {where}")


if __name__ == "__main__":
    main()
