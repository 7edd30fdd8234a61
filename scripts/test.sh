#!/usr/bin/env bash
# Installs what is missing (test tools included), builds with warnings as errors and runs every
# test with ctest. Render tests use EGL surfaceless (no display, no GPU); the window smoke test
# runs under xvfb-run. Then the sanitizer jobs: ASan + UBSan over the core, ui, app and records
# tests, and TSan over the app tests (scripts/sanitizer-tests.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh" --test
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release -DMYOSCOPE_WERROR=ON -DBUILD_TESTING=ON
cmake --build "$root/build" -j"$(nproc)"
cd "$root/build"
ctest --output-on-failure -j"$(nproc)" --timeout 600
"$root/scripts/sanitizer-tests.sh" address
"$root/scripts/sanitizer-tests.sh" thread
