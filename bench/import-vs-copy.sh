#!/usr/bin/env bash
# Import speed: `samepage import deals` of a 2-million-row CSV against PostgreSQL's own COPY of the same
# file into an unindexed table, in one run, and the same import into SQLite.
# Usage: bench/import-vs-copy.sh POSTGRES_URL   (a user who may create databases, e.g. postgres://u:p@127.0.0.1:5432/postgres)
# The source data is the large demo (20,000 partners, ~2 million deals); it is generated once into samepage_bench_source.
set -euo pipefail
cd "$(dirname "$0")/.."
admin_url=${1:?usage: bench/import-vs-copy.sh postgres://user:pass@host:5432/postgres}
base=${admin_url%/*}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
samepage() { dotnet src/SamePage.Cli/bin/Release/net10.0/samepage.dll "$@"; }
dotnet build src/SamePage.Cli -c Release -nologo -v quiet "-clp:ErrorsOnly;NoSummary"
now() { date +%s.%N; }

if ! psql "$admin_url" -tAc "SELECT 1 FROM pg_database WHERE datname='samepage_bench_source'" | grep -q 1; then
  psql "$admin_url" -qc "CREATE DATABASE samepage_bench_source"
  samepage demo --size large --db "$base/samepage_bench_source"
fi
source_url="$base/samepage_bench_source"
echo "exporting partners and deals …"
psql "$source_url" -qc "\copy (SELECT \"ExternalId\" AS \"externalId\", \"Name\" AS name, lower(\"Type\") AS type, \"Tier\" AS tier, \"Country\" AS country, \"Region\" AS region, \"Segment\" AS segment FROM \"Partners\" ORDER BY \"Id\") TO '$work/partners.csv' CSV HEADER"
psql "$source_url" -qc "\copy (SELECT d.\"ExternalId\" AS \"externalId\", p.\"ExternalId\" AS \"partnerId\", s.\"Name\" AS solution, d.\"Date\" AS date, lower(d.\"Type\") AS type, d.\"CustomerId\" AS \"customerId\", d.\"ProductRevenue\" AS \"productRevenue\", d.\"PartnerMargin\" AS \"partnerMargin\", d.\"ServicesRevenue\" AS \"servicesRevenue\", d.\"Seats\" AS seats, lower(d.\"Status\") AS status FROM \"Deals\" d JOIN \"Partners\" p ON p.\"Id\" = d.\"PartnerId\" JOIN \"Solutions\" s ON s.\"Id\" = d.\"SolutionId\" ORDER BY d.\"Id\") TO '$work/deals.csv' CSV HEADER"
rows=$(($(wc -l < "$work/deals.csv") - 1))
echo "deals.csv: $rows rows, $(du -h "$work/deals.csv" | cut -f1)"

psql "$admin_url" -qc "DROP DATABASE IF EXISTS samepage_bench WITH (FORCE)" -c "CREATE DATABASE samepage_bench"
target="$base/samepage_bench"
samepage db migrate --db "$target" >/dev/null
solutions=("Nordlicht Backup" "Nordlicht Secure Mail" "Nordlicht Analytics Suite")
for s in "${solutions[@]}"; do samepage solution add --name "$s" --db "$target" >/dev/null; done
samepage import partners "$work/partners.csv" --db "$target" >/dev/null

# Baseline: PostgreSQL's COPY of the same CSV into a table with the same columns and no index.
psql "$target" -qc "CREATE TABLE copy_baseline (\"externalId\" text, \"partnerId\" text, solution text, date date, type text, \"customerId\" text, \"productRevenue\" numeric, \"partnerMargin\" numeric, \"servicesRevenue\" numeric, seats int, status text)"
t0=$(now); psql "$target" -qc "\copy copy_baseline FROM '$work/deals.csv' CSV HEADER"; t1=$(now)
copy_s=$(echo "$t1 - $t0" | bc -l)

t0=$(now); samepage import deals "$work/deals.csv" --db "$target" > "$work/import.log"; t1=$(now)
import_s=$(echo "$t1 - $t0" | bc -l)
tail -1 "$work/import.log"

# The same file again: every row exists and is unchanged (the upsert path; nothing is rewritten or rebuilt).
t0=$(now); samepage import deals "$work/deals.csv" --db "$target" > "$work/reimport.log"; t1=$(now)
reimport_s=$(echo "$t1 - $t0" | bc -l)
tail -1 "$work/reimport.log"

rm -f "$work/bench.db"
samepage db migrate --db "sqlite:$work/bench.db" >/dev/null
for s in "${solutions[@]}"; do samepage solution add --name "$s" --db "sqlite:$work/bench.db" >/dev/null; done
samepage import partners "$work/partners.csv" --db "sqlite:$work/bench.db" >/dev/null
t0=$(now); samepage import deals "$work/deals.csv" --db "sqlite:$work/bench.db" > "$work/sqlite.log"; t1=$(now)
sqlite_s=$(echo "$t1 - $t0" | bc -l)
tail -1 "$work/sqlite.log"

printf '\nrows: %d\n' "$rows"
printf 'PostgreSQL COPY into an unindexed table: %6.1f s  (%8.0f rows/s)\n' "$copy_s" "$(echo "$rows / $copy_s" | bc -l)"
printf 'samepage import deals into PostgreSQL:   %6.1f s  (%8.0f rows/s)  speed ratio import/COPY: %.2f\n' "$import_s" "$(echo "$rows / $import_s" | bc -l)" "$(echo "$copy_s / $import_s" | bc -l)"
printf 'same file again into PostgreSQL:         %6.1f s  (%8.0f rows/s)  all rows unchanged\n' "$reimport_s" "$(echo "$rows / $reimport_s" | bc -l)"
printf 'samepage import deals into SQLite:       %6.1f s  (%8.0f rows/s)\n' "$sqlite_s" "$(echo "$rows / $sqlite_s" | bc -l)"
