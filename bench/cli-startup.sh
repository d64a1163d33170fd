#!/usr/bin/env bash
# CLI start-up: median wall time of `solution list` and `model validate` over N runs.
# bench/cli-startup.sh [runs] [other-samepage.dll]: with a second build (e.g. an older commit's bin folder) both run
# interleaved on the same demo database, so the two columns share the machine's state.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-11}"
other="${2:-}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
db="sqlite:$dir/bench.db"
"$root/samepage" --db "$db" demo >/dev/null 2>&1
model="$root/src/SamePage.Core/Values/DemoModels/nordlicht-backup-msp.json"
exe="$root/src/SamePage.Cli/bin/Release/net10.0/samepage.dll"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
once() {
  local start end
  start=$(date +%s%N)
  dotnet "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
measure() {
  local label="$1"; shift
  : > "$dir/this"; : > "$dir/other"
  for _ in $(seq "$runs"); do
    once "$exe" "$@" >> "$dir/this"
    [ -n "$other" ] && once "$other" "$@" >> "$dir/other"
  done
  if [ -n "$other" ]; then
    printf '%-16s this %5d ms   other %5d ms\n' "$label" "$(median < "$dir/this")" "$(median < "$dir/other")"
  else
    printf '%-16s %5d ms\n' "$label" "$(median < "$dir/this")"
  fi
}
measure "--version" --version
measure "solution list" --db "$db" solution list
measure "model validate" --db "$db" model validate "$model"
