#!/usr/bin/env bash
# Installs every Debian 12 package Sổ Học Tập needs to build, test and run.
# Runs as root (CI) or through sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev sqlite3
    fonts-noto-core xvfb xauth
    hyperfine time
    qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libzip-dev libfreexl-dev libxlsxwriter-dev python3-openpyxl python3-xlwt
    poppler-utils libreoffice-calc-nogui python3-xlsxwriter
)

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages already installed"
    exit 0
fi
echo "setup: installing ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
