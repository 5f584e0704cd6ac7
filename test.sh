#!/usr/bin/env bash
# Runs every Snapback test: installs what the tests need (PostgreSQL, Chromium) when absent, starts PostgreSQL,
# runs all test projects, and ends with one line: "tests: N passed, N failed".
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
results="$here/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

if [ -f .ci/postgres.sh ]; then
  if pg=$(bash .ci/postgres.sh); then
    export SNAPBACK_TEST_PG="${pg##*$'\n'}"
  else
    echo "test.sh: PostgreSQL could not be started; the Postgres tests will fail" >&2
  fi
fi
if [ -f .ci/chromium.sh ]; then
  bash .ci/chromium.sh || echo "test.sh: Chromium could not be installed; the browser tests will fail" >&2
fi

dotnet build Snapback.slnx -c Release -nologo -v q
build=$?
if [ $build -ne 0 ]; then
  echo "tests: 0 passed, 1 failed"
  exit 1
fi
dotnet test Snapback.slnx -c Release --no-build --logger "trx" --results-directory "$results"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
echo "tests: $passed passed, $failed failed"
[ $failed -eq 0 ]
