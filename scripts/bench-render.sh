#!/usr/bin/env bash
# Times `myoscope render` against f3d on the same model and machine: several alternating runs,
# median wall time and median peak memory (max RSS), printed as a Markdown table.
# Usage: scripts/bench-render.sh [MODEL] [RUNS]   (default: ../shared/data/bodyparts3d/bp3d_body.glb, 5)
# f3d needs an X display even for --output, so it runs on a private Xvfb started once; myoscope
# renders through EGL with no display.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:-$root/../shared/data/bodyparts3d/bp3d_body.glb}"
runs="${2:-5}"
myoscope="${MYOSCOPE_BINARY:-$root/build/src/app/myoscope}"

"$root/scripts/install-deps.sh" --test
missing=()
for package in f3d time; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
[[ -x "$myoscope" ]] || { cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null;
                         cmake --build "$root/build" -j"$(nproc)" --target myoscope; }

work="$(mktemp -d)"
Xvfb :91 -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1

measure() {  # name, command...: appends "seconds kilobytes" to $work/name
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/last" "$@" >/dev/null 2>&1 || { echo "$name failed" >&2; exit 1; }
  cat "$work/last" >> "$work/$name"
}
median() {  # column of $work/name
  sort -n -k"$2" "$work/$1" | awk -v c="$2" '{v[NR]=$c} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'
}

for ((i = 0; i < runs; ++i)); do
  measure myoscope "$myoscope" render "$model" -o "$work/myoscope.png" --size 1280x800
  DISPLAY=:91 measure f3d f3d "$model" --output "$work/f3d.png" --resolution 1280,800 --up=+Z
done

m_time=$(median myoscope 1); m_mem=$(median myoscope 2)
f_time=$(median f3d 1); f_mem=$(median f3d 2)
echo "| tool | median wall (s) | median peak memory (MiB) |"
echo "| --- | --- | --- |"
awk -v t="$m_time" -v m="$m_mem" 'BEGIN {printf "| myoscope render | %.2f | %.0f |\n", t, m/1024}'
awk -v t="$f_time" -v m="$f_mem" 'BEGIN {printf "| f3d 1.3.1 | %.2f | %.0f |\n", t, m/1024}'
awk -v mt="$m_time" -v ft="$f_time" -v mm="$m_mem" -v fm="$f_mem" \
  'BEGIN {printf "\nmyoscope/f3d: time %.2f, memory %.2f (%d runs each, %s)\n", mt/ft, mm/fm, '"$runs"', "'"$(basename "$model")"'"}'
