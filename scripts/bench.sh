#!/usr/bin/env bash
# Runs every benchmark and rewrites the measured tables of docs/benchmarks.md: each block
# between "<!-- bench:NAME -->" and "<!-- /bench:NAME -->" is replaced by this run's table, every
# row ending with the machine and the date, so a change is compared with the last run by one
# command and `git diff docs/benchmarks.md`.
# Usage: scripts/bench.sh [NAME...]   (default: all of them, about 8 minutes on 2 cores)
#   load picking geodesics preparation frame select render startup ui classroom pain pain_drawing
# Needs the Release build in build/ (scripts/test.sh makes it); render installs f3d when missing
# (bench-render.sh), render and startup start their own Xvfb.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build"
doc="$root/docs/benchmarks.md"
all=(load picking geodesics preparation frame select render startup ui classroom pain pain_drawing)
names=("$@")
[[ ${#names[@]} -eq 0 ]] && names=("${all[@]}")
for name in "${names[@]}"; do
  [[ " ${all[*]} " == *" $name "* ]] || { echo "bench.sh: unknown table '$name' (one of: ${all[*]})" >&2; exit 2; }
done
[[ -x "$build/tests/bench/myoscope_bench" && -x "$build/src/app/myoscope" ]] ||
  { echo "bench.sh: build first (scripts/test.sh)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cpu="$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
memory="$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)"
renderer="$("$build/src/app/myoscope" render -o "$work/probe.png" --size 64x64 2>/dev/null |
  sed -n 's/.*triangles drawn, \([^(]*\)(\(LLVM [0-9.]*\).*/\1\2/p')"
machine="$(nproc) × ${cpu:-CPU}, ${memory} GiB, ${renderer:-GL}"
today="$(date +%F)"
tail_cells="| $machine | $today |"

# Google Benchmark console lines of BINARY for FILTER, medians of REPS runs (1: the run itself),
# as "name<TAB>value<TAB>unit<TAB>counter=value ..." in $work/NAME.tsv.
gbench() {  # name binary filter reps
  local name="$1" binary="$2" filter="$3" reps="$4"
  local args=(--benchmark_filter="$filter" --benchmark_counters_tabular=false)
  [[ "$reps" -gt 1 ]] && args+=(--benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true)
  "$build/tests/bench/$binary" "${args[@]}" 2>/dev/null |
    awk -v reps="$reps" '
      /^BM_|^[a-zA-Z]+\/[A-Za-z0-9]/ {
        if (reps > 1 && $1 !~ /_median$/) next
        n = $1; sub(/_median$/, "", n); gsub(/\/iterations:[0-9]+|\/real_time/, "", n)
        c = ""; for (i = 4; i <= NF; ++i) if ($i ~ /=/) c = c " " $i
        printf "%s\t%s\t%s\t%s\n", n, $2, $3, c
      }' > "$work/$name.tsv"
}

# A Markdown table from $work/NAME.tsv: HEADER its first two lines (without the details column
# when COUNTERS is empty), LABELS lines "benchmark-name<TAB>label" in order, COUNTERS the counter
# names shown in a details column (space separated).
table() {  # name header labels counters
  local name="$1" header="$2" labels="$3" counters="$4"
  {
    echo "$header"
    awk -F'\t' -v counters="$counters" -v tail="$tail_cells" '
      FNR == NR { unit = ($3 == "us") ? "µs" : $3; time[$1] = $2 " " unit; extra[$1] = $4; next }
      $1 in time {
        details = ""; n = split(counters, want, " "); m = split(extra[$1], pairs, " ")
        for (w = 1; w <= n; ++w) for (p = 1; p <= m; ++p) {
          split(pairs[p], kv, "=")
          if (kv[1] == want[w]) details = details (details == "" ? "" : ", ") kv[1] " " kv[2]
        }
        printf "| %s | %s %s%s\n", $2, time[$1], (n > 0 ? "| " details " " : ""), tail
      }' "$work/$name.tsv" <(printf '%s\n' "$labels")
  } > "$work/$name.md"
}

# The value of counter KEY on benchmark NAME's line of $work/FILE.tsv.
counter() {  # file benchmark key
  awk -F'\t' -v b="$2" -v k="$3" '$1 == b { n = split($4, p, " "); for (i = 1; i <= n; ++i) {
    split(p[i], kv, "="); if (kv[1] == k) print kv[2] } }' "$work/$1.tsv"
}

run_load() {
  gbench load myoscope_bench 'Load' 3
  table load "| body | load (median of 3) | size | machine | date |
| --- | ---: | --- | --- | --- |" "BM_LoadBodyParts3dBody	BodyParts3D bp3d_body.glb
BM_LoadFiveMillionTriangles	the same, every triangle split in six" "file_MB triangles model_MiB"
}

run_picking() {
  gbench picking myoscope_bench 'Bvh' 3
  table picking "| benchmark (1,000,000 triangles) | median | machine | date |
| --- | ---: | --- | --- |" "BM_BvhPickOneRay1M	one closest-hit ray
BM_BvhBuild1M	BVH build (binned SAH, 4 triangles a leaf)" ""
}

run_geodesics() {
  gbench geodesics myoscope_bench 'Skin|PrepareMuscles|ReferralField' 3
  table geodesics "| step | median | details | machine | date |
| --- | ---: | --- | --- | --- |" "BM_WeldSkin	bundled skin: weld the render mesh into a topology mesh
BM_HeatFactorSkin	heat method: Laplacian + two factorizations (once per body)
BM_HeatQuerySkin	heat method: one distance field
BM_DijkstraSkin	Dijkstra on the edge graph, one source
BM_ReferralFieldUpperTrapezius	upper trapezius's whole field on the skin
BM_PrepareMusclesBodyParts3D	BodyParts3D: weld, bridge the 40 muscles, edge graph (once)
BM_ReferralFieldBodyParts3D	upper trapezius's whole field there" "vertices bridges"
}

run_preparation() {
  gbench preparation myoscope_preparation_bench 'Prepare' 1
  {
    echo "| body | body | picking BVH | atlas placed | surface: weld, distance, matcher | muscles under the skin | every point's field | GPU: heat + pain buffers | total | machine | date |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
    for body in Bundled BodyParts3D; do
      local b="BM_Prepare$body"
      [[ -n "$(counter preparation "$b" total_MiB)" ]] || continue
      awk -v b="$body" -v tail="$tail_cells" \
        -v body="$(counter preparation "$b" body_MiB)" -v bvh="$(counter preparation "$b" bvh_MiB)" \
        -v placed="$(counter preparation "$b" placement_MiB)" \
        -v sw="$(counter preparation "$b" surface_weld_MiB)" -v sd="$(counter preparation "$b" surface_distance_MiB)" \
        -v sm="$(counter preparation "$b" surface_matcher_MiB)" \
        -v mw="$(counter preparation "$b" muscles_weld_MiB)" -v md="$(counter preparation "$b" muscles_distance_MiB)" \
        -v mm="$(counter preparation "$b" muscles_matcher_MiB)" -v fields="$(counter preparation "$b" fields_MiB)" \
        -v gr="$(counter preparation "$b" gpu_referral_MiB)" -v gp="$(counter preparation "$b" gpu_pain_MiB)" \
        -v total="$(counter preparation "$b" total_MiB)" 'BEGIN {
          muscles = (mw == "") ? "—" : sprintf("%.1f MiB", mw + md + mm)
          printf "| %s | %.1f MiB | %.1f MiB | %.1f MiB | %.1f + %.1f + %.1f MiB | %s | %.1f MiB | %.1f + %.1f MiB | **%.0f MiB** %s\n",
            b, body, bvh, placed, sw, sd, sm, muscles, fields, gr, gp, total, tail }'
    done
  } > "$work/preparation.md"
}

run_frame() {
  gbench frame myoscope_frame_bench 'Bare|Scene' 3
  {
    echo "| draw (bundled body unless named) | median | vs bare | vs bare, culled | machine | date |"
    echo "| --- | ---: | ---: | ---: | --- | --- |"
    awk -F'\t' -v tail="$tail_cells" '
      { ms[$1] = ($3 == "us") ? $2 / 1000 : $2
        if (match($4, /triangles=[0-9.]+k?/)) triangles[$1] = substr($4, RSTART + 10, RLENGTH - 10) }
      END {
        split("BM_BareDraw BM_BareDrawCulled BM_SceneDraw BM_SceneDrawHeatmap BM_SceneDrawHeatmapMoving", order, " ")
        label["BM_BareDraw"] = "bare draw: same triangles, position only, one colour (the raster limit)"
        label["BM_BareDrawCulled"] = "bare draw culling the back faces of closed parts (all 357)"
        label["BM_SceneDraw"] = "the scene as drawn (lit, translucent skin as inner then outer faces)"
        label["BM_SceneDrawHeatmap"] = "the scene with a referral heatmap animating on the skin"
        label["BM_SceneDrawHeatmapMoving"] = "the same while the camera moves (no MSAA, no inner skin faces)"
        for (i = 1; i <= 5; ++i) { b = order[i]; if (!(b in ms)) continue
          printf "| %s | %.1f ms | %.2f | %.2f %s\n", label[b], ms[b], ms[b] / ms["BM_BareDraw"],
                 ms[b] / ms["BM_BareDrawCulled"], tail }
        other["BM_SceneDrawBodyParts3D"] = "BodyParts3D, its opening view, full detail"
        other["BM_SceneDrawBodyParts3DLevels"] = "BodyParts3D with the levels of detail the window builds"
        split("BM_SceneDrawBodyParts3D BM_SceneDrawBodyParts3DLevels", more, " ")
        for (i = 1; i <= 2; ++i) if ((b = more[i]) in ms)
          printf "| %s (%s triangles) | %.1f ms | — | — %s\n", other[b], triangles[b], ms[b], tail
      }' "$work/frame.tsv"
  } > "$work/frame.md"
}

run_select() {
  gbench select myoscope_frame_bench 'selectToFirstFrame' 1
  {
    echo "| body | field | choice | first choice + its frame | frame alone | machine | date |"
    echo "| --- | --- | ---: | ---: | ---: | --- | --- |"
    for spec in "Bundled:bundled body:computed" "BundledPrecomputed:bundled body:kept" \
                "BodyParts3D:BodyParts3D:computed" "BodyParts3DPrecomputed:BodyParts3D:kept"; do
      IFS=: read -r key body field <<< "$spec"
      local b="selectToFirstFrame/$key"
      [[ -n "$(counter select "$b" frame_ms)" ]] || continue
      awk -v body="$body" -v field="$field" -v tail="$tail_cells" \
        -v c="$(counter select "$b" choice_ms)" -v w="$(counter select "$b" first_whole_ms)" \
        -v f="$(counter select "$b" frame_ms)" \
        'BEGIN { printf "| %s | %s | %.1f ms | %.0f ms | %.0f ms %s\n", body, field, c, w, f, tail }'
    done
  } > "$work/select.md"
}

run_render() {
  local out="$work/render.out"
  "$root/scripts/bench-render.sh" "$root/../shared/data/bodyparts3d/bp3d_body.glb" 7 > "$out" 2>/dev/null
  {
    echo "| tool | median wall (s) | median peak memory (MiB) | machine | date |"
    echo "| --- | ---: | ---: | --- | --- |"
    grep -E '^\| (myoscope|f3d)' "$out" | sed 's/^| myoscope render |/| myoscope render (4× MSAA) |/' |
      awk -v tail="$tail_cells" '{ sub(/\|$/, tail); print }'
    echo
    grep '^myoscope/f3d' "$out" | awk -v m="$machine" -v d="$today" '{ print $0 "; " m ", " d "." }'
  } > "$work/render.md"
}

run_startup() {
  : > "$work/startup.md"
  echo "| size | shader cache | first frame (ms) | peak at the first frame (MiB) | wall to exit (s) | peak to exit (MiB) | machine | date |" >> "$work/startup.md"
  echo "| --- | --- | ---: | ---: | ---: | ---: | --- | --- |" >> "$work/startup.md"
  for size in 1280x800 1920x1080; do
    "$root/scripts/bench-startup.sh" 7 "$size" 2>/dev/null |
      grep -E '^\| (warm|cold)' | sed 's/^| cold |/| empty |/' |
      awk -v size="${size/x/×}" -v tail="$tail_cells" '{ sub(/\|$/, tail); print "| " size " " $0 }' >> "$work/startup.md"
  done
}

run_ui() {
  gbench ui myoscope_ui_view_bench '.' 3
  table ui "| case | time | machine | date |
| --- | ---: | --- | --- |" "BM_UiViewUnchangedFrame	a frame with nothing changed (the list from the cache)
BM_UiViewQueryEveryFrame	a frame whose query changes each frame
BM_SearchWithIndex	one search for \"heel\" with the index
BM_SearchNormalisingEachTime	the same search normalising every point's text each time" ""
}

run_classroom() {
  gbench classroom myoscope_classroom_bench '.' 3
  table classroom "| case | time | machine | date |
| --- | ---: | --- | --- |" "BM_QuizGenerate10/0	generate a 10-question quiz: where does it refer?
BM_QuizGenerate10/1	… which knot causes this?
BM_QuizGenerate10/2	… name this muscle
BM_QuizGenerate10/3	… where does it hurt? (the pain finder for every spot)
BM_HandoutContent	a trigger point's handout content (infraspinatus_1)
BM_HandoutPdfPage	lay out and write its PDF" ""
}

run_pain() {
  gbench pain myoscope_pain_bench 'PainMuscles' 3
  table pain "| spots | time | machine | date |
| --- | ---: | --- | --- |" "BM_PainMuscles/0/1	bundled: one spot (temple)
BM_PainMuscles/0/2	bundled: two spots (temple + angle of the neck)
BM_PainMuscles/1/1	BodyParts3D: one spot
BM_PainMuscles/1/2	BodyParts3D: two spots" ""
}

run_pain_drawing() {
  gbench pain_drawing myoscope_pain_bench 'Drawing|Lay|Dab' 3
  table pain_drawing "| case | time | machine | date |
| --- | ---: | --- | --- |" "BM_DrawingMuscles/0	bundled (skin, 66,640 vertices): ranking the drawing
BM_DrawingMuscles/1	BodyParts3D (muscles, 213,892 vertices): ranking the drawing
BM_LayPointFields/0	bundled: laying the fields (190 points)
BM_LayPointFields/1	BodyParts3D: laying the fields (190 points)
BM_PaintDab/0	bundled: one 3 cm dab
BM_PaintDab/1	BodyParts3D: one 3 cm dab" ""
}

# Replaces the block NAME of the document with $work/NAME.md.
splice() {  # name
  local name="$1"
  grep -q "<!-- bench:$name -->" "$doc" || { echo "bench.sh: docs/benchmarks.md has no block '$name'" >&2; return 1; }
  awk -v start="<!-- bench:$name -->" -v stop="<!-- /bench:$name -->" -v table="$work/$name.md" '
    $0 == start { print; while ((getline line < table) > 0) print line; skipping = 1; next }
    $0 == stop { skipping = 0 }
    !skipping { print }' "$doc" > "$work/doc.md"
  cat "$work/doc.md" > "$doc"
}

for name in "${names[@]}"; do
  echo "bench.sh: $name…" >&2
  "run_$name"
  splice "$name"
done
echo "bench.sh: rewrote ${names[*]} in docs/benchmarks.md ($machine, $today)" >&2
