#!/usr/bin/env bash
# The "alike a top story" rule on real headlines (../shared/corpus/clustering), every story weighed
# for the top (editions without caps): how many stories it keeps from the top stories, how many of
# them truly are the top story's story (the corpus's labels), and how many top stories still repeat
# a true story of their edition. Usage: bench/alike-top-stories.sh [JAR...] (default: the built jar).
# The sites are made once, so every jar builds the same feeds (make_site.py dates them from the clock).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpus/clustering
if [ ! -d "$CORPUS" ] || ! command -v python3 >/dev/null; then
  echo "alike-top-stories: skipped ($CORPUS or python3 missing)"
  exit 0
fi
if [ $# -eq 0 ]; then
  [ -f generator/target/broadsheet.jar ] || mvn -B -q -DskipTests package -pl generator -am
  set -- generator/target/broadsheet.jar
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for set in headlines headlines_digest; do
  python3 "$CORPUS/make_site.py" make "$CORPUS/$set.csv" "$work/$set" >/dev/null
  printf 'editions:\n  topStories: 1000\n  maxPerSection: 1000\n  maxPerSource: 1000\n  maxStories: 1000\n' \
    >> "$work/$set/broadsheet.yaml"
done
for jar in "$@"; do
  for set in headlines headlines_digest; do
    rm -rf "$work/run"
    cp -r "$work/$set" "$work/run"
    java -jar "$jar" build "$work/run" --offline --quiet
    java -jar "$jar" stories "$work/run" --json > "$work/run.json"
    python3 - "$CORPUS/$set.csv" "$work/run.json" "$(basename "$jar") $set" <<'PY'
import collections, csv, json, sys
truth = {r['id']: r['story'] for r in csv.DictReader(open(sys.argv[1], encoding='utf-8'))}
data = json.load(open(sys.argv[2], encoding='utf-8'))
stories = data['stories'] if isinstance(data, dict) else data
def label(story):
    # A story is the true story most of its reports are in; a report's id ends its link.
    return collections.Counter(truth.get(a['url'].rsplit('/', 1)[1]) for a in story['articles']).most_common(1)[0][0]
by_id = {s['id']: s for s in stories}
kept = same = 0
tops = collections.defaultdict(list)
for s in stories:
    p = s.get('placement')
    if not p:
        continue
    if p.get('reason') == 'alike-a-top-story':
        kept += 1
        same += label(s) == label(by_id[p['alike']])
    if p.get('place') == 'top-story':
        tops[s.get('edition')].append(label(s))
repeats = sum(len(v) - len(set(v)) for v in tops.values())
print(f"{sys.argv[3]}: kept from the top as alike a top story {kept}, truly its story {same}; "
      f"top stories repeating a true story of their edition {repeats} of {sum(len(v) for v in tops.values())}")
PY
  done
done
