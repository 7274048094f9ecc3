#!/usr/bin/env bash
# Extraction benchmark: extracts the shared corpus's two page sets on one thread, scores the bodies
# with the corpus evaluator (the news benchmark's development half, and the reader pages, whose
# expected bodies are one other extractor's output: a strong hint, not a truth), lists the worst
# pages, prints single-thread CPU time per page, and the metadata match rates on the reader pages.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpus/extraction
if [ ! -d "$CORPUS/benchmark/html" ]; then
  echo "bench/extraction.sh: $CORPUS is absent; nothing to measure (this is not an error)."
  exit 0
fi
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl templates,generator
fi
JAR=generator/target/broadsheet.jar
OUT=$(mktemp -d)
for SET in benchmark reader-pages; do
  echo "== $SET"
  # A fixed, pre-touched heap: first touches of a growing heap are page faults the page did not cause.
  java -XX:ActiveProcessorCount=1 -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp "$JAR" bench/ExtractionBench.java "$CORPUS/$SET" "$OUT/$SET.json"
  python3 "$CORPUS/evaluate.py" "$CORPUS/$SET/ground-truth.json" "$OUT/$SET.json" --per-item "$OUT/$SET.tsv"
  # Worst five pages by F1 (an empty prediction has no F1 and counts as 0). The last awk reads all
  # its input: `head` would close the pipe early, and the SIGPIPE then ended the script (pipefail).
  tail -n +2 "$OUT/$SET.tsv" | awk -F'\t' '{ f = ($7 == "" ? 0 : $7); printf "%s %s\n", f, $1 }' | sort -g \
    | awk 'NR <= 5 { printf "  worst: %s F1 %s\n", $2, $1 }'
  echo "  per-item scores: $OUT/$SET.tsv"
done
java -cp "$JAR" bench/MetadataBench.java "$CORPUS/reader-pages"
