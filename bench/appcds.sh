#!/usr/bin/env bash
# Start-up of the command line on a small site (the sample site): JVM options compared over
# interleaved rounds, CPU (user+sys) and wall of each `build`, medians printed. The AppCDS archive
# (JDK 17 dynamic archive) is made by one training build with -XX:ArchiveClassesAtExit.
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
java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -jar "$jar" build "$work/site" --offline --quiet >/dev/null 2>&1
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
  /usr/bin/time -f "%U %S %e" -o "$work/t" java $opts -jar "$jar" build "$work/site" --offline --quiet >/dev/null 2>&1
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
