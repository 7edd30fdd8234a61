#!/usr/bin/env bash
# Redraws the window pictures in docs/images from the command scripts (tests/scripts and
# docs/pictures) at 1280x800 under Xvfb, with a scratch config and data folder so that no
# setting or log of the user's shows. Needs a build in build/ (or $MYOSCOPE_BUILD).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="${MYOSCOPE_BUILD:-$root/build}/src/app/myoscope"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# script name -> picture name in docs/images
declare -A pictures=(
  [treat_upper_trapezius]=window_treat [treat_pressure_release]=window_treat_pressure_release
  [treat_stretching]=window_treat_stretching [treat_heat]=window_treat_heat
  [muscle_card]=window_muscle_card [where_heel]=window_where_heel
  [window_default]=window_default [window_referral]=window_referral
  [classroom_presenter]=classroom_presenter [classroom_lessons_tab]=classroom_lessons_tab
  [classroom_quiz_class]=classroom_quiz_class)
for script in "$root"/tests/scripts/*.myo "$root"/docs/pictures/*.myo; do
  name="$(basename "$script" .myo)"
  [[ -n "${pictures[$name]:-}" ]] || continue
  mkdir -p "$scratch/$name"
  cp "$script" "$scratch/$name/"
  XDG_CONFIG_HOME="$scratch/$name" XDG_DATA_HOME="$scratch/$name" \
    xvfb-run -a -s '-screen 0 1920x1080x24' "$app" --window-size 1280x800 \
    --script "$scratch/$name/$name.myo" >/dev/null
  shot="$(grep -m1 '^screenshot ' "$script" | cut -d' ' -f2)"
  cp "$scratch/$name/$shot" "$root/docs/images/${pictures[$name]}.png"
  echo "docs/images/${pictures[$name]}.png"
done
# Scripts whose every screenshot keeps its own name: each quiz kind's question and reveal, the
# painted headache with and without a referral over it, and the month of the pain diary (whose
# PDF summary is drawn to a picture too).
for script in "$root"/docs/pictures/quiz_*.myo "$root"/tests/scripts/pain_drawing.myo \
  "$root"/tests/scripts/diary_month.myo; do
  name="$(basename "$script" .myo)"
  mkdir -p "$scratch/$name"
  cp "$script" "$scratch/$name/"
  XDG_CONFIG_HOME="$scratch/$name" XDG_DATA_HOME="$scratch/$name" \
    xvfb-run -a -s '-screen 0 1920x1080x24' "$app" --window-size 1280x800 \
    --script "$scratch/$name/$name.myo" >/dev/null
  for shot in $(grep '^screenshot ' "$script" | cut -d' ' -f2); do
    cp "$scratch/$name/$shot" "$root/docs/images/$shot"
    echo "docs/images/$shot"
  done
done
pdftoppm -r 110 -png -singlefile "$scratch/diary_month/diary_summary.pdf" \
  "$root/docs/images/diary_summary"
echo "docs/images/diary_summary.png"
