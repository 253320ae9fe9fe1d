#!/usr/bin/env bash
# CPU time (user + system) per plan of two reportgen builds, from alternating runs at -j1: the
# national batch (3,321 cloned commune plans, DOCX + XLSX each) and 300 copies of the Khánh Hòa
# plan. CPU time moves far less with the machine's load than wall time does, so two builds can be
# compared on a busy machine; runs alternate (A B A B ...) so a burst of load hits both.
#   bench/cpu.sh "dotnet old/reportgen.dll" "dotnet src/reportgen/bin/Release/net10.0/reportgen.dll" [rounds]
#   bench/cpu.sh "" publish/linux-x64/reportgen     # one build only
# A build given as "dotnet x.dll" counts its JIT too (~1 s per process); the native build has none.
set -euo pipefail
# The script reads reportgen's summary lines, which are Vietnamese by default.
export REPORTKIT_LANG=en
cd "$(dirname "$0")/.."
a=$1 b=$2 rounds=${3:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/reportkit-cpu.XXXXXX")
trap 'rm -rf "$work"' EXIT
dotnet build -c Release -v q -nologo bench/ReportKit.Benchmarks/ReportKit.Benchmarks.csproj >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
read -r -a clone <<<"${b:-$a}"
dotnet bench/ReportKit.Benchmarks/bin/Release/net10.0/ReportKit.Benchmarks.dll national 3321 "$work/nat" >/dev/null
"${clone[@]}" clone "$work/nat/tinh.yaml" --units "$work/nat/don-vi.xlsx" -o "$work/nat/plans" >/dev/null
mkdir -p "$work/copies"
for i in $(seq -w 1 300); do cp examples/khanh-hoa-2021/ke-hoach.yaml "$work/copies/ke-hoach-$i.yaml"; done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (before; $(nproc) cores)"
run() { # $1 label, $2 build, $3 plans folder, $4 count, $5 output, then batch's other options
  local cmd label=$1 build=$2 plans=$3 n=$4 out=$5; shift 5; read -r -a cmd <<<"$build"
  CI=true /usr/bin/time -f '%U %S' -o "$work/time" "${cmd[@]}" batch "$plans" -o "$out" -j 1 "$@" >"$work/log" || { cat "$work/log" >&2; exit 1; }
  awk -v l="$label" -v n="$n" '{printf "%s %.3f %.3f\n", l, ($1 + $2) * 1000 / n, $1 * 1000 / n}' "$work/time" >>"$work/results"
}
: >"$work/results"
for i in $(seq 1 "$rounds"); do
  for side in A B; do
    build=$a; [ "$side" = B ] && build=$b
    [ -n "$build" ] || continue
    run "national-$side" "$build" "$work/nat/plans" 3321 "$work/out-nat-$side-$i"
    run "copies-$side" "$build" "$work/copies" 300 "$work/out-copies-$side-$i" -t templates
  done
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (after)"
for part in national copies; do
  for side in A B; do
    grep -q "^$part-$side " "$work/results" || continue
    grep "^$part-$side " "$work/results" | cut -d' ' -f2 | sort -g |
      awk -v p="$part" -v s="$side" '{v[NR]=$1} END {printf "%-8s %s: CPU per plan median %.2f ms (range %.2f–%.2f, %d runs)\n", p, s, v[int((NR+1)/2)], v[1], v[NR], NR}'
  done
done
