#!/usr/bin/env bash
# Installs the Debian 12 packages Myoscope needs (only those missing). Usage:
#   scripts/install-deps.sh          build and run dependencies
#   scripts/install-deps.sh --test   plus test dependencies (Catch2, Google Benchmark, Xvfb,
#                                    clang 14 with its sanitizer runtimes)
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libglfw3-dev libepoxy-dev libegl-dev libgl-dev libegl-mesa0 libgl1-mesa-dri
  libimgui-dev libglm-dev libtinygltf-dev nlohmann-json3-dev libstb-dev libdraco-dev
  libassimp-dev libeigen3-dev zlib1g-dev fonts-dejavu-core
  libcairo2-dev libpango1.0-dev libsqlite3-dev
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(catch2 libbenchmark-dev xvfb xauth clang-format poppler-utils clang-14 libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
