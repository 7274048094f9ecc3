#!/usr/bin/env bash
# Extraction benchmark: runs `broadsheet extract --benchmark` over the shared news pages, scores the
# result with the corpus evaluator, and measures pages per second on one thread after warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpus/extraction
if [ ! -d "$CORPUS/benchmark/html" ]; then
  echo "bench/extraction.sh: $CORPUS is absent; nothing to measure (this is not an error)."
  exit 0
fi
if [ ! -f generator/target/broadsheet.jar ]; then
  mvn -B -q -DskipTests package -pl generator -am
fi
OUT=$(mktemp -d)
java -jar generator/target/broadsheet.jar extract --benchmark "$CORPUS/benchmark/html" --out "$OUT/predictions.json"
python3 "$CORPUS/evaluate.py" "$CORPUS/benchmark/ground-truth.json" "$OUT/predictions.json" --per-item "$OUT/per-item.tsv"
echo "per-item scores: $OUT/per-item.tsv"
java -XX:ActiveProcessorCount=1 -cp generator/target/broadsheet.jar bench/ExtractionSpeed.java "$CORPUS/benchmark/html"
java -cp generator/target/broadsheet.jar bench/MetadataBench.java "$CORPUS/reader-pages"
