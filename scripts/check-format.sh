#!/usr/bin/env bash
# Fails when a C++ source under src/ or tests/ differs from what .clang-format makes of it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mapfile -t files < <(find src tests -name '*.h' -o -name '*.cpp' | sort)
clang-format --dry-run -Werror "${files[@]}"
echo "${#files[@]} files follow .clang-format"
