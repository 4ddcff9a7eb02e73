#!/usr/bin/env bash
# Configures and builds Sổ Học Tập into build/ (warnings are errors, as in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(( $(nproc) < 2 ? 1 : 2 ))
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHT_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
