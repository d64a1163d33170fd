#!/usr/bin/env bash
# CLI start-up: median wall time of N runs of `solution list` and `model validate` (bench/cli-startup.sh [runs]).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-11}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
db="sqlite:$dir/bench.db"
"$root/samepage" --db "$db" demo >/dev/null 2>&1
model="$root/src/SamePage.Core/Values/DemoModels/nordlicht-backup-msp.json"
exe="$root/src/SamePage.Cli/bin/Release/net10.0/samepage.dll"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() {
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    dotnet "$exe" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done | median
}
echo "dotnet --version (runtime start only): $(time_ms --version) ms"
echo "solution list:                         $(time_ms --db "$db" solution list) ms"
echo "model validate:                        $(time_ms --db "$db" model validate "$model") ms"
