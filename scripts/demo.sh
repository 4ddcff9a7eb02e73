#!/usr/bin/env bash
# Sets up (Debian packages), builds, creates the demo commune once, and opens the app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh
data="${XDG_DATA_HOME:-$HOME/.local/share}/sohoctap"
demo="$data/xa-hoa-an-demo.sqlite"
if [ ! -f "$demo" ]; then
    mkdir -p "$data"
    # The last two years lived (registrations, council, recognitions): the pages and the targets trend have
    # figures from the first start.
    year=$(date +%Y)
    ./build/app/sohoctap-cli demo --out "$demo" --lived-years "$((year - 2)),$((year - 1))"
fi
echo "Opening $demo"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting under xvfb-run (the window is invisible; use a desktop session to see it)."
    exec xvfb-run -a ./build/app/sohoctap "$demo"
fi
exec ./build/app/sohoctap "$demo"
