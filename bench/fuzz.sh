#!/usr/bin/env bash
# The long fuzz run (docs/gioi-han.md): N mutated inputs (default 10,000) through the same test CI
# runs with 1,000. Prints the outcome per target and the commonest refusals; exits 1 on a finding.
#   bench/fuzz.sh [N]                      e.g. bench/fuzz.sh 10000
#   REPORTKIT_FUZZ_SEED=7 bench/fuzz.sh    other inputs (input i is made from the seed and i)
#   REPORTKIT_FUZZ_ONLY=1234 bench/fuzz.sh input 1234 alone again
set -euo pipefail
cd "$(dirname "$0")/.."
export REPORTKIT_FUZZ="${1:-10000}"
export REPORTKIT_FUZZ_FOUND="${REPORTKIT_FUZZ_FOUND:-${TMPDIR:-/tmp}/reportkit-fuzz-found}"
dotnet test tests/ReportKit.Tests -c Release --filter "Category=Fuzz" --logger "console;verbosity=detailed" \
  | grep -E "seed [0-9]+:|results,|×|^\s*input [0-9]+|saved as|Passed!|Failed!"
