#!/usr/bin/env bash
# Start-up of the command line on a small site (the sample site): JVM options compared over
# interleaved rounds, CPU (user+sys) and wall of each `build`, medians printed. The AppCDS archive
# (static: a class list from one training build, then -Xshare:dump) is made first.
# Usage: bench/appcds.sh [ROUNDS]   (default 7); BENCH_JAR picks another jar.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${BENCH_JAR:-$PWD/generator/target/broadsheet.jar}"
[ -f "$jar" ] || mvn -B -q -o -DskipTests package -pl templates,generator
rounds="${1:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r sample-site "$work/site"
rm -rf "$work/site/public" "$work/site/data" "$work/site/pom.xml"
jsa="$work/broadsheet.jsa"
# A static archive, as the generated workflow makes it: one build lists the classes it loads, then
# -Xshare:dump archives them. (A dynamic one, -XX:ArchiveClassesAtExit, crashes JDK 17 in builds
# of a 200-source site, loading archived lambdas from parallel threads.)
java -XX:TieredStopAtLevel=1 -XX:DumpLoadedClassList="$work/classlist" -jar "$jar" build "$work/site" --offline --quiet >/dev/null
java -Xshare:dump -XX:SharedClassListFile="$work/classlist" -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -cp "$jar" >/dev/null
ls -la "$jsa" | awk '{printf "archive: %.1f MB\n", $5 / 1e6}'
declare -A variants=(
  [default]=""
  [c1]="-XX:TieredStopAtLevel=1"
  [appcds]="-XX:SharedArchiveFile=$jsa"
  [c1+appcds]="-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$jsa"
  [c1+appcds+serial]="-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$jsa -XX:+UseSerialGC"
)
order=(default c1 appcds c1+appcds c1+appcds+serial)
run() { # variant scenario
  local opts="${variants[$1]}"
  [ "$2" = first ] && rm -rf "$work/site/public" "$work/site/data"
  # shellcheck disable=SC2086
  # A run that fails (a JVM crash is fast) must stop the benchmark, not count as a time.
  if ! /usr/bin/time -f "%U %S %e" -o "$work/t" java $opts -jar "$jar" build "$work/site" --offline --quiet \
      >"$work/out" 2>&1; then
    echo "bench/appcds.sh: the $1 $2 build failed:" >&2
    cat "$work/out" >&2
    exit 1
  fi
  awk -v v="$1" -v s="$2" '{printf "%s %s %.3f %.3f\n", v, s, $1 + $2, $3}' "$work/t" >> "$work/results"
}
for ((r = 0; r < rounds; r++)); do
  for v in "${order[@]}"; do run "$v" first; run "$v" unchanged; done
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-20s %-10s %8s %8s\n" options build "CPU s" "wall s"
for v in "${order[@]}"; do
  for s in first unchanged; do
    cpu=$(awk -v v="$v" -v s="$s" '$1 == v && $2 == s {print $3}' "$work/results" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
    wall=$(awk -v v="$v" -v s="$s" '$1 == v && $2 == s {print $4}' "$work/results" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
    printf "%-20s %-10s %8.2f %8.2f\n" "$v" "$s" "$cpu" "$wall"
  done
done
