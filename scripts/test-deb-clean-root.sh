#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 root made with debootstrap (minbase: nothing but the base system)
# and checks that it works there: apt resolves every dependency from Debian alone, `sohoctap-cli --version`
# runs, the CLI makes a demo commune and reads it back, and the window starts on that file under Xvfb and is
# still running after 5 s. Needs root (chroot, mount) and the network (deb.debian.org).
#
# apt installs the recommended packages too (fonts, Qt's translations), as a user's apt would.
#
# Usage: scripts/test-deb-clean-root.sh PATH/TO/sohoctap_*.deb [--root DIR] [--keep]
# Default root: /tmp/sht-clean-root (reused when it already holds a bootstrapped system, unless it has
# sohoctap installed from an earlier run: then it is made again). --keep leaves the root in place.
# Build the .deb first with scripts/package-deb.sh. docs/PACKAGING.md records the last run.
set -euo pipefail

deb=""
root=/tmp/sht-clean-root
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --root) root="$(realpath -m "$2")"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) deb="$(realpath "$1")"; shift ;;
    esac
done
[ -f "$deb" ] || { echo "test-deb-clean-root: give the .deb to install (see --help)" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "test-deb-clean-root: needs root (chroot)" >&2; exit 1; }
case "$root" in / | /tmp | /root | "$HOME") echo "refusing root $root" >&2; exit 1 ;; esac
step() { printf '\n== %s\n' "$*"; }

if ! command -v debootstrap >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap
fi
if [ -e "$root/usr/bin/sohoctap" ] || [ ! -x "$root/usr/bin/apt-get" ]; then
    step "debootstrap --variant=minbase bookworm $root"
    rm -rf "$root"
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi

cleanup() {
    umount "$root/proc" 2>/dev/null || true
    umount "$root/dev/pts" 2>/dev/null || true
    if [ "$keep" -eq 0 ]; then rm -rf "$root"; fi
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mkdir -p "$root/dev/pts" && mount -t devpts devpts "$root/dev/pts" || true
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step "the clean root: $(in_root dpkg-query -W -f='${binary:Package}\n' | wc -l) packages installed"
cp "$deb" "$root/tmp/"
name="$(basename "$deb")"

step "apt-get install ./$name (dependencies from Debian only)"
in_root apt-get update -q
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$name" xvfb xauth x11-apps
echo "installed: $(in_root dpkg-query -W -f='${binary:Package}\n' | wc -l) packages"

step "sohoctap-cli"
in_root /usr/bin/sohoctap-cli --version
in_root /usr/bin/sohoctap-cli demo --people 300 --out /tmp/demo.sqlite
in_root /usr/bin/sohoctap-cli info /tmp/demo.sqlite
in_root /usr/bin/sohoctap-cli check /tmp/demo.sqlite

step "the window on the demo commune under Xvfb"
# The window must still be running after 5 s (a crash or a refused file ends it sooner); its screen is kept
# as $root/tmp/window.xwd (and .png beside this script's log when ImageMagick is here) to look at.
set +e
in_root xvfb-run -a -s "-screen 0 1280x800x24" sh -c \
    '/usr/bin/sohoctap /tmp/demo.sqlite & app=$!; sleep 5; xwd -root -silent >/tmp/window.xwd;
     kill -0 $app || exit 1; kill $app; exit 0'
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
    echo "test-deb-clean-root: the window was not running after 5 s" >&2
    exit 1
fi
echo "window: started on the demo file and ran for 5 s"
if command -v convert >/dev/null; then
    convert "$root/tmp/window.xwd" /tmp/sht-clean-root-window.png && echo "screen: /tmp/sht-clean-root-window.png"
fi
step "passed"
