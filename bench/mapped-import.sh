#!/usr/bin/env bash
# Mapped vs unmapped import of the same deals: SamePage's own deals.csv against a Salesforce-style opportunity report
# of the same rows (other headers, partners by name, "EUR 1,234.50" amounts, "15 %" margins, M/d/yyyy dates, stage and
# type labels through value maps), each a first load into a fresh database, interleaved, best of RUNS.
# Usage: bench/mapped-import.sh [ROWS] [RUNS] [POSTGRES_URL]   (default 2,000,000 rows, 2 runs, SQLite only)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-2000000}
runs=${2:-2}
admin_url=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
samepage() { dotnet src/SamePage.Cli/bin/Release/net10.0/samepage.dll "$@"; }
dotnet build src/SamePage.Cli -c Release -nologo -v quiet "-clp:ErrorsOnly;NoSummary"
now() { date +%s.%N; }
echo "writing $rows deals twice …"
python3 bench/mapped-import-files.py "$rows" "$work"
echo "deals.csv $(du -h "$work/deals.csv" | cut -f1), opportunities.csv $(du -h "$work/opportunities.csv" | cut -f1)"

fresh() {
  if [[ $1 == sqlite ]]; then
    rm -f "$work/bench.db"*; db="sqlite:$work/bench.db"
  else
    psql "$admin_url" -qc "DROP DATABASE IF EXISTS samepage_bench_mapped WITH (FORCE)" -c "CREATE DATABASE samepage_bench_mapped"
    db="${admin_url%/*}/samepage_bench_mapped"
  fi
  samepage db migrate --db "$db" >/dev/null
  for s in "Nordlicht Backup" "Nordlicht Secure Mail" "Nordlicht Analytics Suite"; do samepage solution add --name "$s" --db "$db" >/dev/null; done
  samepage import partners "$work/partners.csv" --db "$db" >/dev/null
}

timed() { local t0 t1; t0=$(now); samepage import deals "$@" --db "$db" > "$work/last.log"; t1=$(now); tail -1 "$work/last.log" >&2; echo "$t1 - $t0" | bc -l; }

targets=(sqlite)
[[ -n $admin_url ]] && targets+=(postgres)
for target in "${targets[@]}"; do
  best_plain=999999; best_mapped=999999
  for ((run = 1; run <= runs; run++)); do
    fresh "$target"; plain=$(timed "$work/deals.csv")
    fresh "$target"; mapped=$(timed "$work/opportunities.csv" --mapping "$work/mapping.json")
    printf '%s run %d: unmapped %6.1f s, mapped %6.1f s\n' "$target" "$run" "$plain" "$mapped"
    best_plain=$(echo "if ($plain < $best_plain) $plain else $best_plain" | bc -l)
    best_mapped=$(echo "if ($mapped < $best_mapped) $mapped else $best_mapped" | bc -l)
  done
  printf '%s, %d rows, best of %d: unmapped %6.1f s (%8.0f rows/s), mapped %6.1f s (%8.0f rows/s), speed ratio mapped/unmapped %.2f\n' \
    "$target" "$rows" "$runs" "$best_plain" "$(echo "$rows / $best_plain" | bc -l)" "$best_mapped" "$(echo "$rows / $best_mapped" | bc -l)" "$(echo "$best_plain / $best_mapped" | bc -l)"
done
