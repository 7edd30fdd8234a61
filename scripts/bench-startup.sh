#!/usr/bin/env bash
# Window cold start on the bundled body: `myoscope --frames 1 --startup-times` several times on a
# private Xvfb, with Mesa's shader cache kept between runs (a person's second start) and emptied
# before each (the very first start). Prints a Markdown table of medians: time to the first frame
# on screen and the peak memory then (from the stage table), and the process's wall time and peak
# memory to its exit (/usr/bin/time), then the stage table of the last warm run.
# Usage: scripts/bench-startup.sh [RUNS] [WxH]   (default 7, 1280x800)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-7}"
size="${2:-1280x800}"
myoscope="${MYOSCOPE_BINARY:-$root/build/src/app/myoscope}"
[[ -x "$myoscope" ]] || { echo "build myoscope first (scripts/test.sh or scripts/run.sh)" >&2; exit 1; }

work="$(mktemp -d)"
Xvfb :92 -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
export DISPLAY=:92 XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

run() {  # kind (warm|cold): appends "first_ms first_mib wall_s max_kib" to $work/kind
  local kind="$1" cache="$work/cache-warm"
  [[ "$kind" == cold ]] && { rm -rf "$work/cache-cold"; cache="$work/cache-cold"; }
  MESA_SHADER_CACHE_DIR="$cache" /usr/bin/time -f "%e %M" -o "$work/time" \
    "$myoscope" --frames 1 --window-size "$size" --startup-times 2> "$work/table" >/dev/null
  local first peak
  first=$(awk '/first frame: draw, swap/ {print $(NF-1)}' "$work/table")
  peak=$(awk '/peak resident memory/ {print $4}' "$work/table")
  echo "$first $peak $(cat "$work/time")" >> "$work/$kind"
}
median() {  # file, column
  sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'
}

run warm  # fills the warm cache
: > "$work/warm"
for ((i = 0; i < runs; ++i)); do run warm; run cold; done

echo "| shader cache | first frame (ms) | peak at first frame (MiB) | wall to exit (s) | peak to exit (MiB) |"
echo "| --- | --- | --- | --- | --- |"
for kind in warm cold; do
  printf '| %s | %s | %s | %s | %s |\n' "$kind" "$(median "$work/$kind" 1)" \
    "$(median "$work/$kind" 2)" "$(median "$work/$kind" 3)" \
    "$(median "$work/$kind" 4 | awk '{printf "%.0f", $1 / 1024}')"
done
echo
echo "$runs runs each, $size, $(nproc) cores, $(date +%F). Stage table of the last warm run:"
echo '```'
run warm
cat "$work/table"
echo '```'
