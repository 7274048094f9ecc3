#!/usr/bin/env bash
# Story clustering figures (issue 10 of the project):
#  1. the hand-written fixture: pairwise precision and recall;
#  2. real headlines (../shared/corpus/clustering), through the product as a user runs it:
#     make_site.py -> broadsheet build --offline -> broadsheet stories --json -> score.py,
#     then top stories against the largest true stories, and the size of the site it writes;
#  3. curation CPU time for 10,000 and 100,000 articles on one thread, and peak heap.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl generator -am
fi
JAR=generator/target/broadsheet.jar
CORPUS=../shared/corpus/clustering

echo "== fixture and curation time"
java -XX:ActiveProcessorCount=1 -Xmx2g -cp "$JAR" bench/ClusteringBench.java \
  generator/src/test/resources/curate/story-fixture.tsv | grep -v '^  '

if [ ! -d "$CORPUS" ] || ! command -v python3 >/dev/null; then
  echo "== real headlines: skipped ($CORPUS or python3 missing)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for set in headlines headlines_digest; do
  echo "== $set.csv through the product"
  python3 "$CORPUS/make_site.py" make "$CORPUS/$set.csv" "$work/$set"
  start=$(date +%s.%N)
  java -jar "$JAR" build "$work/$set" --offline --quiet
  end=$(date +%s.%N)
  java -jar "$JAR" stories "$work/$set" --json > "$work/$set.json"
  python3 "$CORPUS/make_site.py" read "$work/$set.json" "$work/$set.pred.csv"
  python3 "$CORPUS/score.py" "$CORPUS/$set.csv" "$work/$set.pred.csv" | grep -E 'B-cubed|pairwise'
  articles=$(find "$work/$set/public/articles" -mindepth 1 -maxdepth 1 -type d | wc -l)
  bytes=$(du -sb "$work/$set/public" | cut -f1)
  largest=$(find "$work/$set/public" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  largest_any=$(find "$work/$set/public" -type f -printf '%s %P\n' | sort -n | tail -1)
  printf 'site: %d article pages, %.1f KB of output per article, largest page %s bytes, largest file %s bytes; build %.1f s wall\n' \
    "$articles" "$(echo "$bytes / $articles / 1024" | bc -l)" "$largest" "$largest_any" "$(echo "$end - $start" | bc -l)"
done
echo "== top stories (in process, same articles as make_site.py)"
java -cp "$JAR" bench/HeadlineBench.java "$CORPUS/headlines.csv" "$CORPUS/headlines_digest.csv"
