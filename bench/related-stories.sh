#!/usr/bin/env bash
# Related stories on real headlines (../shared/corpus/clustering), through the product: each set is
# made into a site, built offline, listed with `broadsheet stories --json`, and its related links
# scored by bench/related_links.py (links between stories of one news category, and of one true story).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${BENCH_JAR:-generator/target/broadsheet.jar}
CORPUS=../shared/corpus/clustering
if [ ! -d "$CORPUS" ] || ! command -v python3 >/dev/null; then
  echo "skipped: $CORPUS or python3 missing"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for set in headlines headlines_digest; do
  python3 "$CORPUS/make_site.py" make "$CORPUS/$set.csv" "$work/$set" >/dev/null
  java -jar "$JAR" build "$work/$set" --offline --quiet
  java -jar "$JAR" stories "$work/$set" --json > "$work/$set.json"
  python3 "$CORPUS/make_site.py" read "$work/$set.json" "$work/$set.csv" >/dev/null
  echo "$set: $(python3 bench/related_links.py "$CORPUS/$set.csv" "$work/$set.csv" "$work/$set.json")"
done
