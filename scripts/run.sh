#!/usr/bin/env bash
# Installs what is missing, builds Release and starts Myoscope (arguments are passed to the app).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build-release" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$root/build-release" -j"$(nproc)" --target myoscope
exec "$root/build-release/src/app/myoscope" "$@"
