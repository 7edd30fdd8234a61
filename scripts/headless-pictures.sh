#!/usr/bin/env bash
# Redraws the headless pictures in docs/images (the bundled body from three sides, the referral
# strips, isolines, a labelled render, a handout page, and the BodyParts3D body when ../shared/data holds it) with `myoscope render`
# through EGL; no display needed. Needs a build in build/ (or $MYOSCOPE_BUILD) and ImageMagick's
# convert for the strips.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="${MYOSCOPE_BUILD:-$root/build}/src/app/myoscope"
images="$root/docs/images"
bodyparts3d="${BODYPARTS3D:-$root/../shared/data/bodyparts3d/bp3d_body.glb}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

for view in front back left; do
  "$app" render -o "$images/body_$view.png" --view "$view" --size 640x800
  "$app" render -o "$images/body_${view}_no_skin.png" --view "$view" --size 640x800 --hide skin
done

# One strip per trigger point: t = 0.3, 1, 2 and 4 s side by side, muscles hidden so that the
# heat reads against the skin.
strip() { # NAME ID VIEW
  local frames=()
  for time in 0.3 1 2 4; do
    "$app" render -o "$scratch/$1_$time.png" --tp "$2" --time "$time" --view "$3" \
      --size 400x500 --hide muscle,tendon --fit-referral
    frames+=("$scratch/$1_$time.png")
  done
  convert "${frames[@]}" +append "$images/referral_$1.png"
}
strip upper_trapezius upper_trapezius_1 right
strip infraspinatus infraspinatus_1 right
strip gluteus_minimus gluteus_minimus_1 right
strip soleus soleus_1 back

"$app" render -o "$images/referral_isolines.png" --tp infraspinatus_1 --time 4 --view back \
  --size 500x600 --hide muscle,tendon --fit-referral --isolines

"$app" render -o "$images/labels_headless.png" --tp infraspinatus_1.R --time 3 --view back \
  --size 800x1000 --hide skin --labels

# A handout page: the PDF's first page rendered to PNG at 100 dpi (pdftoppm, poppler-utils).
"$app" handout --tp infraspinatus_1.R -o "$scratch/handout.pdf"
pdftoppm -r 100 -png -f 1 -l 1 -singlefile "$scratch/handout.pdf" "$images/handout_infraspinatus"

if [[ -f "$bodyparts3d" ]]; then
  for view in front back left; do
    "$app" render "$bodyparts3d" -o "$images/bp3d_$view.png" --view "$view" --size 900x900
  done
  "$app" render "$bodyparts3d" -o "$images/referral_bp3d_muscles.png" --tp upper_trapezius_1 \
    --time 4 --view right --size 500x600 --fit-referral
else
  echo "no BodyParts3D body at $bodyparts3d: its pictures are kept" >&2
fi
ls "$images"/body_*.png "$images"/referral_*.png
