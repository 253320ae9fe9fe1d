#!/usr/bin/env bash
# The national case, whole process: one provincial plan cloned for N commune-level units and
# every clone rendered (DOCX + XLSX annex each). Prints wall time, throughput and peak memory
# for clone and for batch, at each N given (default: 500 1000 3321, to show memory stays flat).
#   bench/national.sh            # 500, 1000 and 3321 units
#   bench/national.sh 3321       # just the national case
#   bench/national.sh --pdf 100  # also every plan's PDF (batch --pdf; needs LibreOffice)
#   REPORTGEN=publish/linux-x64/reportgen bench/national.sh   # the NativeAOT build (default: the Release dll)
set -euo pipefail
# The script reads reportgen's summary lines, which are Vietnamese by default.
export REPORTKIT_LANG=en
cd "$(dirname "$0")/.."
pdf=()
if [ "${1:-}" = "--pdf" ]; then pdf=(--pdf); shift; fi
sizes=("$@")
[ $# -eq 0 ] && sizes=(500 1000 3321)
[ -n "${REPORTGEN:-}" ] || dotnet build -c Release -v q -nologo src/reportgen/reportgen.csproj >/dev/null
dotnet build -c Release -v q -nologo bench/ReportKit.Benchmarks/ReportKit.Benchmarks.csproj >/dev/null
read -r -a reportgen <<<"${REPORTGEN:-dotnet src/reportgen/bin/Release/net10.0/reportgen.dll}"
printf '%-6s %-6s %9s %12s %14s %12s\n' units step wall plans/s "median/plan" "peak RSS"
for n in "${sizes[@]}"; do
  work=$(mktemp -d)
  dotnet bench/ReportKit.Benchmarks/bin/Release/net10.0/ReportKit.Benchmarks.dll national "$n" "$work" >/dev/null
  /usr/bin/time -f '%e %M' -o "$work/clone.time" "${reportgen[@]}" clone "$work/tinh.yaml" --units "$work/don-vi.xlsx" -o "$work/plans" >/dev/null
  read -r wall rss < "$work/clone.time"
  printf '%-6s %-6s %8ss %12.0f %14s %9.0f MB\n' "$n" clone "$wall" "$(awk -v a="$n" -v b="$wall" 'BEGIN{print a/b}')" - "$(awk -v a="$rss" 'BEGIN{print a/1024}')"
  CI=true /usr/bin/time -f '%e %M' -o "$work/batch.time" "${reportgen[@]}" batch "$work/plans" -o "$work/out" "${pdf[@]}" > "$work/batch.log"
  read -r wall rss < "$work/batch.time"
  median=$(tail -n 1 "$work/batch.log" | sed -E 's/.*median ([0-9]+) ms.*/\1 ms/')
  files=$(find "$work/out" -type f | wc -l)
  printf '%-6s %-6s %8ss %12.0f %14s %9.0f MB   (%s files)\n' "$n" batch "$wall" "$(awk -v a="$n" -v b="$wall" 'BEGIN{print a/b}')" "$median" "$(awk -v a="$rss" 'BEGIN{print a/1024}')" "$files"
  rm -rf "$work"
done
