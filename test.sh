#!/usr/bin/env bash
# Runs every Snapback test: installs what the tests need (PostgreSQL, Chromium) when absent, starts PostgreSQL,
# runs all test projects, and ends with one line: "tests: N passed, N failed, N skipped". It fails when a real part the tests
# need (PostgreSQL, Chromium) could not be started or installed, and when any test failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
results="$here/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

missing=0
if pg=$(bash .ci/postgres.sh) && [ -n "${pg##*$'\n'}" ]; then
  export SNAPBACK_TEST_PG="${pg##*$'\n'}"
else
  echo "test.sh: PostgreSQL could not be started; the Postgres tests will fail" >&2
  missing=1
fi
if ! bash .ci/chromium.sh || [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: Chromium could not be installed; the browser tests will fail" >&2
  missing=1
fi

dotnet build Snapback.slnx -c Release -nologo -v q
build=$?
if [ $build -ne 0 ]; then
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi
dotnet test Snapback.slnx -c Release --no-build --logger "trx" --results-directory "$results"
status=$?

passed=0; failed=0; skipped=0
count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2"; }
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(count passed "$counters"); f=$(count failed "$counters")
  n=$(count notExecuted "$counters"); s=$(count skipped "$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-${s:-0}}))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ] && [ $missing -eq 0 ]
