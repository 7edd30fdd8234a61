#!/usr/bin/env bash
# Runs one fuzz target: scripts/fuzz.sh TARGET MINUTES (targets: tests/fuzz/fuzz_*.cpp).
# Builds build-fuzz with clang, libFuzzer, ASan and UBSan; seeds it from the in-tree corpus, the
# reproducers, the tests' fixtures and ../shared/data; fuzzes for MINUTES; merges what found new
# coverage into tests/fuzz/corpus/TARGET (inputs up to 8 KiB); findings go to
# build-fuzz/findings/TARGET/. Leaks inside Assimp are suppressed (tests/sanitizers/lsan.supp).
# Prints executions, coverage and findings on the last line.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:?usage: fuzz.sh TARGET MINUTES}"
minutes="${2:?usage: fuzz.sh TARGET MINUTES}"
[[ -f "$root/tests/fuzz/fuzz_$target.cpp" ]] || { echo "fuzz.sh: no target '$target'" >&2; exit 2; }
build="$root/build-fuzz"
shared="$root/../shared/data"
fixtures="$root/tests/fixtures"

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMYOSCOPE_FUZZ=ON -DMYOSCOPE_SANITIZE=address,undefined \
  -DBUILD_TESTING=ON > /dev/null
cmake --build "$build" -j"$(nproc)" --target "myoscope_fuzz_$target" > /dev/null

seeds="$build/seeds/$target"
work="$build/corpus/$target"
findings="$build/findings/$target"
rm -rf "$seeds"
mkdir -p "$seeds" "$work" "$findings" "$root/tests/fuzz/corpus/$target"
small() { find "$@" -type f -size -256k 2>/dev/null | sort; }
# prefixed FILE BYTE: the file with one selector byte in front (the targets' first-byte choice).
prefixed() { { printf "\\x$(printf %02x "$2")"; cat "$1"; } > "$seeds/$(basename "$1").$2"; }
case "$target" in
  gltf_bytes)
    small "$fixtures" "$shared" -name '*.gl[bt]*' | while read -r f; do cp "$f" "$seeds/"; done ;;
  gltf_files)  # the .gltf text, a zero byte, then its first buffer renamed buffer.bin
    small "$shared" -name '*.gltf' | while read -r f; do
      bin="$(grep -o '"uri" *: *"[^"]*\.bin"' "$f" | head -1 | sed 's/.*"\([^"]*\)"$/\1/')" || true
      [[ -n "$bin" && -f "$(dirname "$f")/$bin" ]] || continue
      { sed "s|\"$bin\"|\"buffer.bin\"|" "$f"; printf '\0'; cat "$(dirname "$f")/$bin"; } \
        > "$seeds/$(basename "$f").packed"
    done ;;
  model_formats)
    i=0
    for ext in obj stl ply off dae fbx 3ds; do
      small "$fixtures" "$shared" -iname "*.$ext" | while read -r f; do prefixed "$f" "$i"; done
      i=$((i + 1))
    done ;;
  atlas)
    i=0
    for f in "$root"/assets/atlas/trigger_points/*.json "$root"/assets/atlas/{techniques,safety,muscles}.json; do
      prefixed "$f" "$i"; i=$((i + 1))
    done ;;
  lesson) cp "$root"/assets/lessons/*.json "$seeds/"; rm -f "$seeds/lesson.schema.json" ;;
  command_script) cp "$root"/tests/scripts/*.myo "$seeds/" ;;
  records_import)
    small "$shared" -name '*.tsv' | while read -r f; do cp "$f" "$seeds/"; done
    printf 'time\ttrigger_point\ttechnique\theld_s\tbefore\tafter\n2026-12-01T10:00:00Z\tupper_trapezius_1\tischaemic_compression\t60\t6\t3\n' \
      > "$seeds/one_hold.tsv" ;;
esac

dict=()
[[ "$target" == gltf_* ]] && dict=(-dict="$root/tests/fuzz/gltf.dict")
log="$build/logs/$target-$(date +%Y%m%d-%H%M%S).log"
mkdir -p "$(dirname "$log")"
set +e
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
"$build/tests/fuzz/myoscope_fuzz_$target" "${dict[@]}" -max_total_time=$((minutes * 60)) \
  -timeout=60 -rss_limit_mb=4096 -max_len=262144 -print_final_stats=1 \
  -artifact_prefix="$findings/" "$work" "$seeds" "$root/tests/fuzz/corpus/$target" \
  "$root/tests/fuzz/reproducers/$target" > "$log" 2>&1
status=$?
set -e
"$build/tests/fuzz/myoscope_fuzz_$target" -merge=1 -max_len=8192 \
  "$root/tests/fuzz/corpus/$target" "$work" > /dev/null 2>&1 || true
runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)"
coverage="$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)"
found="$(find "$findings" -type f | wc -l)"
echo "$target: $minutes min, $runs executions, coverage $coverage edges, $found findings (exit $status), log $log"
