#!/usr/bin/env bash
# ReportKit against its peers and against the disk, in one invocation, from paired runs:
#   1. one render, cold process: `reportgen render examples/khanh-hoa-2021/ke-hoach.yaml` (DOCX +
#      XLSX annex) against docxtemplater rendering the same DOCX in a fresh node process;
#   2. documents per second in one process: `reportgen batch` over 300 copies of that plan against
#      docxtemplater filling 300 copies of its data in one node process (each side's own clock
#      around its documents; `-j1` too, since node renders on one core);
#   3. the national batch: 3,321 commune plans, DOCX + XLSX each, against the write-only floor
#      (bench/ReportKit.Benchmarks `floor`: the same files, bytes, folders and temp+rename, from
#      one thread as the batch's DiskGate writes, nothing else), and `-j1` against the default (one
#      worker per core); with the batch's CPU time (user + system) per plan, which the load moves little.
# Runs of A and B alternate (A B A B ...), so a burst of load from elsewhere hits both; each ratio
# is the median of the per-pair ratios, with their range; the machine's load is printed before and
# after each part. Absolute times move with the load; the ratios are what to compare. On a busy
# machine -jN cannot beat -j1: Linux shares the CPU among sessions (autogroup), not threads, so
# a second worker only gets cores nobody else is asking for.
#
#   bench/compare.sh                        # everything, default run counts
#   bench/compare.sh --runs 21 --copies 300 --units 3321 --national-runs 3
#   REPORTGEN=path/to/reportgen bench/compare.sh   # measure another build (default: the NativeAOT publish)
#
# Needs: the .NET SDK (and clang for the NativeAOT publish), node and npm (docxtemplater is
# installed into bench/peers/node_modules from bench/peers/package-lock.json on first use).
set -euo pipefail
# The script reads reportgen's summary lines, which are Vietnamese by default.
export REPORTKIT_LANG=en
cd "$(dirname "$0")/.."
root=$PWD
runs=11 copies=300 units=3321 national_runs=3 parts="1 2 3"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --copies) copies=$2; shift 2 ;;
    --units) units=$2; shift 2 ;;
    --national-runs) national_runs=$2; shift 2 ;;
    --only) parts=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

load() { echo "load: $(cut -d' ' -f1-3 /proc/loadavg) ($1; $(nproc) cores)"; }
now() { echo "${EPOCHREALTIME/[.,]/}"; }   # microseconds
# median and range of the numbers on stdin, one a line
stats() { sort -g | awk '{v[NR]=$1} END {m = NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%s %s %s\n", m, v[1], v[NR]}'; }
fmt() { awk -v x="$1" -v d="${2:-2}" 'BEGIN{printf "%." d "f", x}'; }

work=$(mktemp -d "${TMPDIR:-/tmp}/reportkit-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- builds ------------------------------------------------------------------------------------
if [ -z "${REPORTGEN:-}" ]; then
  echo "building reportgen (NativeAOT, linux-x64) ..." >&2
  dotnet publish src/reportgen -c Release -r linux-x64 -p:PublishAot=true -v q -nologo -o publish/linux-x64 >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
  REPORTGEN=$root/publish/linux-x64/reportgen
fi
read -r -a reportgen <<<"$REPORTGEN"
dotnet build -c Release -v q -nologo bench/ReportKit.Benchmarks/ReportKit.Benchmarks.csproj >"$work/bench-build.log" 2>&1 \
  || { cat "$work/bench-build.log" >&2; exit 1; }
benchdll=$root/bench/ReportKit.Benchmarks/bin/Release/net10.0/ReportKit.Benchmarks.dll
[ -d bench/peers/node_modules ] || (cd bench/peers && npm ci --no-audit --no-fund >/dev/null)

echo "ReportKit: ${reportgen[*]}"
echo "peer: docxtemplater $(node -p 'require("./bench/peers/node_modules/docxtemplater/package.json").version') + pizzip $(node -p 'require("./bench/peers/node_modules/pizzip/package.json").version'), node $(node --version)"
echo "machine: $(nproc) cores, $(uname -sr), $(date -u '+%Y-%m-%d %H:%M UTC')"

# The peer's template: ReportKit's own DOCX of the example, its text runs turned into tags.
plan=examples/khanh-hoa-2021/ke-hoach.yaml
if ! "${reportgen[@]}" render "$plan" -o "$work/seed" >"$work/seed.log" 2>&1; then
  cat "$work/seed.log" >&2
  echo "the reportgen measured (${reportgen[*]}) cannot render $plan; fix it, or measure another build with REPORTGEN=" >&2
  exit 1
fi
node bench/peers/make-template.js "$work/seed/ke-hoach.docx" "$work/template.docx" "$work/data.json" >/dev/null

# ratio_line TITLE FILE UNIT MODE: FILE holds "ours peer" a line, one line per pair of runs. MODE
# "time": lower is better, ratio = peer/ours; "rate": higher is better, ratio = ours/peer. Either
# way a ratio above 1 means ReportKit is that many times faster.
ratio_line() {
  local ours peer ratio
  ours=$(cut -d' ' -f1 "$2" | stats); peer=$(cut -d' ' -f2 "$2" | stats)
  if [ "$4" = time ]; then ratio=$(awk '{print $2/$1}' "$2" | stats); else ratio=$(awk '{print $1/$2}' "$2" | stats); fi
  read -r om olo ohi <<<"$ours"; read -r pm plo phi <<<"$peer"; read -r rm rlo rhi <<<"$ratio"
  printf '%s\n' "$1"
  printf '  ReportKit      median %s %s (range %s–%s)\n' "$(fmt "$om" 3)" "$3" "$(fmt "$olo" 3)" "$(fmt "$ohi" 3)"
  printf '  docxtemplater  median %s %s (range %s–%s)\n' "$(fmt "$pm" 3)" "$3" "$(fmt "$plo" 3)" "$(fmt "$phi" 3)"
  printf '  ratio      %s× (ReportKit speed over docxtemplater speed; above 1 = ReportKit faster; median of %s paired ratios, range %s–%s)\n' "$(fmt "$rm")" "$(wc -l <"$2")" "$(fmt "$rlo")" "$(fmt "$rhi")"
}

# --- 1. cold render ------------------------------------------------------------------------------
if [[ " $parts " == *" 1 "* ]]; then
  echo
  load "before cold render"
  : >"$work/cold"
  for i in $(seq 0 "$runs"); do
    rm -rf "$work/cold-ours" "$work/cold-peer"
    t0=$(now); "${reportgen[@]}" render "$plan" -o "$work/cold-ours" >/dev/null; t1=$(now)
    node bench/peers/docxtemplater.js "$work/template.docx" "$work/cold-peer" "$work/data.json" >/dev/null; t2=$(now)
    # run 0 warms the page cache for both and is not counted
    [ "$i" -gt 0 ] && echo "$(( t1 - t0 )) $(( t2 - t1 ))" | awk '{print $1/1e6, $2/1e6}' >>"$work/cold"
  done
  /usr/bin/time -f '%M' -o "$work/rss" "${reportgen[@]}" render "$plan" -o "$work/cold-ours" >/dev/null
  /usr/bin/time -f '%M' -o "$work/rss-peer" node bench/peers/docxtemplater.js "$work/template.docx" "$work/cold-peer" "$work/data.json" >/dev/null
  load "after cold render"
  ratio_line "1. one render, cold process (khanh-hoa-2021; ReportKit: DOCX + XLSX, docxtemplater: DOCX), wall time:" "$work/cold" s time
  echo "  peak memory: ReportKit $(( $(cat "$work/rss") / 1024 )) MiB, docxtemplater $(( $(cat "$work/rss-peer") / 1024 )) MiB"
  awk '{ if ($1 <= 0.15) n++ } END { printf "  ReportKit runs at or under 0.15 s: %d of %d\n", n, NR }' "$work/cold"
fi

# --- 2. documents per second in one process ------------------------------------------------------
if [[ " $parts " == *" 2 "* ]]; then
  echo
  mkdir -p "$work/copies/plans" "$work/copies/data"
  for i in $(seq -w 1 "$copies"); do
    cp "$plan" "$work/copies/plans/ke-hoach-$i.yaml"
    cp "$work/data.json" "$work/copies/data/ke-hoach-$i.json"
  done
  load "before per-document"
  : >"$work/perdoc"; : >"$work/perdoc1"
  prounds=$(( runs < 5 ? runs : 5 ))
  for i in $(seq 0 "$prounds"); do
    # Every run writes into a folder of its own; all are removed after the last run (see part 3).
    ours=$(CI=true "${reportgen[@]}" batch "$work/copies/plans" -o "$work/copies/out-$i" -t templates | tail -n 1 | sed -E 's/.*, ([0-9.]+) plans\/s.*/\1/')
    peer=$(node bench/peers/docxtemplater.js "$work/template.docx" "$work/copies/peer-$i" "$work/copies/data"/*.json | sed -E 's/.* ([0-9]+) documents in ([0-9.]+) ms/\1 \2/' | awk '{print $1/($2/1000)}')
    ours1=$(CI=true "${reportgen[@]}" batch "$work/copies/plans" -o "$work/copies/out1-$i" -t templates -j 1 | tail -n 1 | sed -E 's/.*, ([0-9.]+) plans\/s.*/\1/')
    [ "$i" -gt 0 ] && { echo "$ours $peer" >>"$work/perdoc"; echo "$ours1 $peer" >>"$work/perdoc1"; }
  done
  load "after per-document"
  ratio_line "2. documents per second in one process ($copies copies; each side's own clock around its documents; ReportKit on all cores):" "$work/perdoc" docs/s rate
  echo "  with -j1 (one core, as node uses): ReportKit median $(cut -d' ' -f1 "$work/perdoc1" | stats | cut -d' ' -f1) docs/s, $(awk '{print $1/$2}' "$work/perdoc1" | stats | awk '{printf "%.2f× docxtemplater (range %.2f–%.2f)", $1, $2, $3}')"
fi

# --- 3. national batch against the write-only floor ----------------------------------------------
if [[ " $parts " == *" 3 "* ]]; then
  echo
  dotnet "$benchdll" national "$units" "$work/nat" >/dev/null
  "${reportgen[@]}" clone "$work/nat/tinh.yaml" --units "$work/nat/don-vi.xlsx" -o "$work/nat/plans" >/dev/null
  load "before national batch"
  : >"$work/national"; : >"$work/national1"; : >"$work/nat-rss"; : >"$work/nat-cpu"
  # No output is removed until the last run: on this VM (ext4) creating files soon after many
  # were deleted costs several times more (the allocator skips recently deleted inodes), which
  # would weigh on whichever run came first after a removal. The order also alternates.
  batch() { # $1: -j value, $2: output folder; prints wall seconds
    local t0 t1
    t0=$(now)
    CI=true /usr/bin/time -f '%M %U %S' -o "$work/nat/rss" "${reportgen[@]}" batch "$work/nat/plans" -o "$2" -j "$1" >"$work/nat/batch.log"
    t1=$(now)
    grep -q "rendered $units, failed 0" "$work/nat/batch.log" || { tail -n 3 "$work/nat/batch.log" >&2; exit 1; }
    cut -d' ' -f1 "$work/nat/rss" >>"$work/nat-rss"
    # CPU time (user + system) per plan: what the batch costs whatever else the machine runs.
    awk -v n="$units" '{printf "%.3f %.3f\n", ($2 + $3) * 1000 / n, $2 * 1000 / n}' "$work/nat/rss" >>"$work/nat-cpu"
    echo "$(( t1 - t0 ))" | awk '{print $1/1e6}'
  }
  # The floor writes from one thread: so does the batch (DiskGate: one render at a time puts its
  # files on disk), and on this VM one thread creates files faster than two.
  floor() { dotnet "$benchdll" floor "$1" "$2" 1 | sed -E 's/.* in ([0-9]+) ms.*/\1/' | awk '{print $1/1e3}'; }
  for i in $(seq 1 "$national_runs"); do
    if [ $(( i % 2 )) -eq 1 ]; then
      all=$(batch "$(nproc)" "$work/nat/out-$i"); fl=$(floor "$work/nat/out-$i" "$work/nat/floor-$i"); one=$(batch 1 "$work/nat/out1-$i")
    else
      one=$(batch 1 "$work/nat/out1-$i"); fl=$(floor "$work/nat/out1-$i" "$work/nat/floor-$i"); all=$(batch "$(nproc)" "$work/nat/out-$i")
    fi
    echo "$all $fl" >>"$work/national"
    echo "$all $one" >>"$work/national1"
  done
  load "after national batch"
  files=$(find "$work/nat/out-1" -type f | wc -l); mib=$(du -sm "$work/nat/out-1" | cut -f1)
  echo "3. national batch: $units plans, $files files ($mib MiB), whole reportgen process against the floor's writing alone (seconds):"
  read -r om olo ohi <<<"$(cut -d' ' -f1 "$work/national" | stats)"
  read -r fm flo fhi <<<"$(cut -d' ' -f2 "$work/national" | stats)"
  read -r rm rlo rhi <<<"$(awk '{print $1/$2}' "$work/national" | stats)"
  printf '  ReportKit  median %s s (range %s–%s), peak memory %s MiB\n' "$(fmt "$om")" "$(fmt "$olo")" "$(fmt "$ohi")" "$(( $(stats <"$work/nat-rss" | cut -d' ' -f3) / 1024 ))"
  printf '  floor      median %s s (range %s–%s)\n' "$(fmt "$fm")" "$(fmt "$flo")" "$(fmt "$fhi")"
  printf '  ratio      %s× the floor (range %s–%s, %s pairs)\n' "$(fmt "$rm")" "$(fmt "$rlo")" "$(fmt "$rhi")" "$(wc -l <"$work/national")"
  read -r cm clo chi <<<"$(cut -d' ' -f1 "$work/nat-cpu" | stats)"
  read -r um ulo uhi <<<"$(cut -d' ' -f2 "$work/nat-cpu" | stats)"
  printf '  CPU per plan (user + system, all runs, -j1 and -j%s): median %s ms (range %s–%s), of which user %s ms (range %s–%s)\n' "$(nproc)" "$(fmt "$cm")" "$(fmt "$clo")" "$(fmt "$chi")" "$(fmt "$um")" "$(fmt "$ulo")" "$(fmt "$uhi")"
  read -r jm jlo jhi <<<"$(cut -d' ' -f2 "$work/national1" | stats)"
  read -r sm slo shi <<<"$(awk '{print $2/$1}' "$work/national1" | stats)"
  printf '  -j1        median %s s (range %s–%s): -j%s is %s× faster (range %s–%s)\n' "$(fmt "$jm")" "$(fmt "$jlo")" "$(fmt "$jhi")" "$(nproc)" "$(fmt "$sm")" "$(fmt "$slo")" "$(fmt "$shi")"
fi
