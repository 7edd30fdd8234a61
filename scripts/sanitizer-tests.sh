#!/usr/bin/env bash
# The sanitizer jobs, built with clang 14 in their own build folders:
#   scripts/sanitizer-tests.sh address   ASan + UBSan over the core, ui, app and records tests
#   scripts/sanitizer-tests.sh thread    TSan over the app tests tagged [threads] (built alone
#                                        as myoscope_thread_tests): the app state building the
#                                        picking BVH, placing the atlas, computing referral
#                                        fields and opening a body on worker threads
# Any sanitizer report fails the run (-fno-sanitize-recover). Leaks inside third-party libraries
# are suppressed by tests/sanitizers/lsan.supp. Expects the test packages (install-deps --test).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kind="${1:?usage: sanitizer-tests.sh address|thread}"
case "$kind" in
  address)
    build="$root/build-asan"; sanitize="address,undefined"
    targets=(myoscope_core_tests myoscope_ui_tests myoscope_app_tests myoscope_records_tests) ;;
  thread)
    build="$root/build-tsan"; sanitize="thread"
    targets=(myoscope_thread_tests) ;;
  *) echo "sanitizer-tests.sh: '$kind' is not address or thread" >&2; exit 2 ;;
esac
# -O2: glm and Eigen need inlining (a body's preparation: 12.5 s under ASan at -O2, 21 s at -O1,
# 2.5 s in Release); line tables give the reports their source lines.
cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O2 -gline-tables-only" \
  -DMYOSCOPE_SANITIZE="$sanitize" -DBUILD_TESTING=ON > /dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
cd "$build"
run() { ctest --output-on-failure -j"$(nproc)" --timeout 900 "$@"; }
if [[ "$kind" == address ]]; then
  ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1" run -L '^(core|ui|records)$'
  # The app tests start the real binary, whose GL driver (Mesa, loaded and unloaded by EGL or
  # GLX) leaves allocations LeakSanitizer cannot attribute: memory errors are checked, leaks not.
  # The window layout case (the 3D view uncovered at two window sizes, 2.5 min under ASan) is
  # left to the Release run: its code runs in every other window case here, at one size.
  ASAN_OPTIONS="detect_leaks=0:strict_string_checks=1" \
    run -L '^app$' -E 'the real window leaves the 3D view uncovered'
else
  "$build/tests/myoscope_thread_tests" "[threads]"
fi
