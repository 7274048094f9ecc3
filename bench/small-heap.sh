#!/usr/bin/env bash
# Small-heap benchmark: a site of N saved feeds of SIZE MB each (the corpus's huge-feed generator),
# built with --fetch-only under each heap given; prints, per heap, how many sources were read, how
# many failed (with the first reason), the wall time and the peak RSS. Feeds are fetched a few at a
# time and each is read as soon as it is fetched, within half the heap: a build of many large feeds
# in a small heap should read them all, more slowly, and never crash.
# Usage: bench/small-heap.sh [N=16] [SIZE_MB=9] [HEAPS="64m 128m 256m"]
set -euo pipefail
cd "$(dirname "$0")/.."
GEN=../shared/corpus/feeds/hostile/gen_huge_feed.py
if [ ! -f "$GEN" ]; then
  echo "bench/small-heap.sh: $GEN is absent; nothing to measure (this is not an error)."
  exit 0
fi
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl templates,generator
fi
N=${1:-16}; SIZE=${2:-9}; HEAPS=${3:-"64m 128m 256m"}
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/site/feeds"
python3 "$GEN" "$SIZE" > "$WORK/feed.xml"
printf 'title: Small heap\nbaseUrl: https://e.org/\nsources:\n' > "$WORK/site/broadsheet.yaml"
for i in $(seq 1 "$N"); do
  # Each feed its own items, so that no source's articles are another's.
  sed "s#https://example.org/#https://example.org/f$i/#g" "$WORK/feed.xml" > "$WORK/site/feeds/f$i.xml"
  printf '  - {id: f%s, name: Feed %s, url: feeds/f%s.xml}\n' "$i" "$i" "$i" >> "$WORK/site/broadsheet.yaml"
done
echo "$N feeds of $(( $(stat -c %s "$WORK/feed.xml") / 1048576 )) MB"
for heap in $HEAPS; do
  rm -rf "$WORK/run" && cp -r "$WORK/site" "$WORK/run"
  out=$( { /usr/bin/time -f "TIME %e %M" java -Xmx"$heap" -jar generator/target/broadsheet.jar build "$WORK/run" \
      --offline --fetch-only; } 2>&1 || true)
  sources=$(grep -m1 '^Sources:' <<<"$out" || echo "Sources: (the build did not finish)")
  reason=$(grep -m1 -E 'too large|OutOfMemoryError|Exception' <<<"$out" || true)
  read -r _ wall rss < <(grep '^TIME' <<<"$out")
  printf -- '-Xmx%-5s %s; %.1f s wall, %d MB peak RSS%s\n' "$heap" "$sources" "$wall" $((rss / 1024)) \
    "${reason:+; first failure: ${reason:0:120}}"
done
