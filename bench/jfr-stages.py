#!/usr/bin/env python3
"""Shares of a Broadsheet build's CPU samples by pipeline stage and by top frame's package.

Usage: bench/jfr-stages.py RECORDING.jfr   (record with java -XX:StartFlightRecording=filename=X.jfr,settings=profile)
A sample's stage is the outermost stage entry point on its stack (refined by inner frames of the
same stage); its class is that of the topmost frame.
"""
import collections, json, subprocess, sys

STAGES = [  # (frame prefix, stage), checked in order for each frame from the bottom of the stack
    ("dev.broadsheet.config.ConfigLoader", "config"),
    ("dev.broadsheet.store.StoreFiles.load", "store load"),
    ("dev.broadsheet.fetch.", "fetch"),
    ("dev.broadsheet.feed.", "feed reading"),
    ("dev.broadsheet.store.StoreMerge", "store merge"),
    ("dev.broadsheet.store.StoreFiles.save", "store save"),
    ("dev.broadsheet.picks.", "picks"),
    ("dev.broadsheet.curate.RelatedStories", "curate: related"),
    ("dev.broadsheet.curate.StoryClusterer", "curate: clustering"),
    ("dev.broadsheet.curate.Assignment", "curate: clustering"),
    ("dev.broadsheet.curate.", "curate: other"),
    ("dev.broadsheet.publish.UpToDate", "up-to-date check"),
    ("dev.broadsheet.render.PageCache", "page cache"),
    ("dev.broadsheet.render.ModelFingerprint", "fingerprints"),
    ("dev.broadsheet.render.SiteOutputs", "render: feeds, search, sitemap"),
    ("dev.broadsheet.render.FeedWriter", "render: feeds, search, sitemap"),
    ("dev.broadsheet.render.PageJobs", "render: page layout"),
    ("dev.broadsheet.render.", "render: pages"),
    ("dev.broadsheet.publish.", "publish"),
]


def stage_of(frames):
    """The outermost stage on the stack, refined by inner frames of the same stage ("render: feeds")."""
    found = None
    for f in reversed(frames):  # from the bottom of the stack (the thread's start) up
        for prefix, stage in STAGES:
            if f.startswith(prefix):
                if found is None or stage.split(":")[0] == found.split(":")[0]:
                    found = stage
                break
    return found or "JVM / start-up"


def main(path):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    stages, packages = collections.Counter(), collections.Counter()
    for e in events:
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                  for f in e["values"]["stackTrace"]["frames"]]
        if not frames:
            continue
        stages[stage_of(frames)] += 1
        top = frames[0].rsplit(".", 1)[0]
        packages[top] += 1
    total = sum(stages.values())
    print(f"{total} samples")
    for name, counter in (("stage", stages), ("top frame's class", packages)):
        print(f"\nby {name}:")
        for k, v in counter.most_common(25):
            print(f"  {100.0 * v / total:5.1f}%  {k}")


if __name__ == "__main__":
    main(sys.argv[1])
