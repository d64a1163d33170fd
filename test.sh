#!/usr/bin/env bash
# Runs the whole test suite: engines, both database providers (SQLite and PostgreSQL) and the browser tests.
# Starts a local PostgreSQL cluster when it can (Debian's postgresql package, as root) and uses /usr/bin/chromium.
set -uo pipefail
cd "$(dirname "$0")"

fail_setup() {
  echo "test setup: $1" >&2
  exit 1
}

if [ -z "${SAMEPAGE_TEST_PG:-}" ]; then
  if command -v pg_lsclusters >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
    [ -n "$cluster" ] || fail_setup "PostgreSQL is installed but has no cluster (pg_createcluster 15 main)."
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster start 2>/dev/null || true
    port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
    pg_isready -q -h 127.0.0.1 -p "$port" || fail_setup "PostgreSQL did not start on port $port."
    # A throwaway password per run: nothing secret lives in the repository.
    password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
    su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" <<SQL || fail_setup "could not create the test role."
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'samepage_test') THEN CREATE ROLE samepage_test LOGIN CREATEDB; END IF;
END \$\$;
ALTER ROLE samepage_test WITH LOGIN CREATEDB PASSWORD '$password';
SQL
    export SAMEPAGE_TEST_PG="Host=127.0.0.1;Port=$port;Username=samepage_test;Password=$password;Database=postgres"
  elif [ "${CI:-}" = "true" ]; then
    fail_setup "PostgreSQL is missing (CI needs it): apt-get install postgresql."
  else
    echo "test setup: no PostgreSQL found and SAMEPAGE_TEST_PG is not set: the PostgreSQL tests will fail." >&2
  fi
fi

export SAMEPAGE_CHROMIUM="${SAMEPAGE_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$SAMEPAGE_CHROMIUM" ]; then
  [ "${CI:-}" = "true" ] && fail_setup "Chromium is missing at $SAMEPAGE_CHROMIUM (CI needs it): apt-get install chromium."
  echo "test setup: no Chromium at $SAMEPAGE_CHROMIUM: the browser tests will fail." >&2
fi

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
export SAMEPAGE_TEST_RESULTS="$results"
# Fuzzing of formulas and model JSON (tests/SamePage.Core.Tests/Fuzz): seconds per target; CI gives it more time.
export SAMEPAGE_FUZZ_SECONDS="${SAMEPAGE_FUZZ_SECONDS:-$([ "${CI:-}" = "true" ] && echo 30 || echo 3)}"
log="$results/dotnet-test.log"
dotnet test SamePage.slnx -c Release --nologo --results-directory "$results" --logger "trx" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One closing line for people and CI, summed from the TRX files (not the console text), and every test project
# must have reported: a project that ran no test, or whose host crashed before writing its results, fails the run.
passed=0; failed=0; skipped=0
trx=("$results"/*.trx)
for project in tests/*/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  file="$(grep -l "$name.dll" "${trx[@]}" 2>/dev/null | head -1 || true)"
  if [ -z "$file" ]; then
    echo "$name reported no results (did its test host crash?)" >&2
    failed=$((failed + 1)); continue
  fi
  p=$(grep -oE '<Counters [^>]*' "$file" | grep -oE ' passed="[0-9]+"' | grep -oE '[0-9]+')
  f=$(grep -oE '<Counters [^>]*' "$file" | grep -oE ' failed="[0-9]+"' | grep -oE '[0-9]+')
  n=$(grep -oE '<Counters [^>]*' "$file" | grep -oE ' notExecuted="[0-9]+"' | grep -oE '[0-9]+')
  if [ "${p:-0}" -eq 0 ]; then
    echo "$name ran no test" >&2
    failed=$((failed + 1))
  fi
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
  echo "$name: ${p:-0} passed, ${f:-0} failed, ${n:-0} skipped"
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
  echo "dotnet test exited with $status (a build error or a crashed test host)." >&2
fi
[ -f "$results/fuzz.log" ] && sed 's/^/fuzz: /' "$results/fuzz.log"
echo "$passed passed, $failed failed, $skipped skipped"
# Skipped tests do not count as passing.
[ "$failed" -eq 0 ] && [ "$skipped" -eq 0 ] && [ "$status" -eq 0 ]
