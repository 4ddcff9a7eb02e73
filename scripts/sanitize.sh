#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/ and runs the
# whole test suite there. Any sanitizer report fails the test that caused it (halt_on_error, no recovery).
# Usage: scripts/sanitize.sh [ctest arguments, e.g. -R test_merge]
# Slow: about three times the normal build and test time (see docs/RELIABILITY.md for the last run).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(( $(nproc) < 2 ? 1 : 2 ))
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# -O1 -g1: line tables are all a sanitizer report needs to name the file and line; full debug information made
# the 80 statically linked test programs take 16 GB.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Release -DSHT_WERROR=OFF \
    -DCMAKE_CXX_FLAGS_RELEASE="-O1 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELEASE="-O1 -g1 -DNDEBUG" \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build-asan -j"$jobs"
cd build-asan
# Instrumented code runs 3-10x slower: give every test ten times its usual time limit (the limits are test
# properties, which ctest's --timeout does not override).
find tests -name CTestTestfile.cmake -exec sed -i -E 's/(TIMEOUT "[0-9]+)"/\10"/g' {} +
# Leaks: Qt's plugins and fontconfig keep process-lifetime caches that LeakSanitizer reports at exit; the
# suppressions name only those libraries, so a leak in our code still fails.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$PWD/../scripts/lsan-suppressions.txt:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$jobs" --timeout 1800 "$@"
