#!/usr/bin/env bash
# Builds the Debian package of Sổ Học Tập with CPack from a fresh build folder and checks it:
#   1. installs the packaging tools below if missing (apt-get, as root or through sudo);
#   2. configures a fresh build folder (tests off), builds, runs cpack -G DEB;
#   3. validates the AppStream metainfo (appstreamcli validate --no-net) and the desktop entry
#      (desktop-file-validate), both as shipped inside the .deb, checks that every dependency the package
#      declares is a package apt knows, and lets apt plan the installation onto an empty system (apt-get -s
#      with an empty dpkg status);
#   4. only with --install: `apt-get install ./sohoctap_*.deb` (apt resolves the dependencies), then
#      /usr/bin/sohoctap-cli --version, /usr/bin/sohoctap --version under xvfb-run, and the window started
#      under xvfb-run, which must still be running after 3 s; with --remove as well, removes it again.
#
# Usage: scripts/package-deb.sh [--build-dir DIR] [--install [--remove]]
# Default build folder: build-deb (deleted and recreated). The .deb is left in the build folder.
# docs/PACKAGING.md explains the package; packaging/ holds the files.
set -euo pipefail

# Debian packages this script needs (the lead decides whether scripts/setup.sh installs them too).
tools=(appstream desktop-file-utils dpkg-dev xvfb xauth)

repo="$(cd "$(dirname "$0")/.." && pwd)"
build="$repo/build-deb"
install=0
remove=0
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build="$(realpath -m "$2")"; shift 2 ;;
    --install) install=1; shift ;;
    --remove) remove=1; shift ;;
    -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "package-deb: unknown argument $1 (try --help)" >&2; exit 1 ;;
    esac
done
if [ "$remove" -eq 1 ] && [ "$install" -eq 0 ]; then
    echo "package-deb: --remove goes with --install" >&2
    exit 1
fi
case "$build" in
"$repo" | / | "$HOME") echo "package-deb: refusing to delete $build" >&2; exit 1 ;;
esac

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
step() { printf '\n== %s\n' "$*"; }

step "packaging tools"
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
else
    echo "all ${#tools[@]} present: ${tools[*]}"
fi

step "build in $build (fresh)"
rm -rf "$build"
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
jobs=$(( $(nproc) < 2 ? 1 : 2 ))
# The flags of scripts/build.sh (-O2, no debug information: ccache hits); CPack strips the programs too
# (CPACK_STRIP_FILES).
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
    -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" -DSHT_WERROR=ON -DBUILD_TESTING=OFF \
    "${launcher[@]}" >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
mv "$build.configure.log" "$build/configure.log"
cmake --build "$build" -j"$jobs" --target sohoctap sohoctap-cli
(cd "$build" && cpack -G DEB)
deb="$(ls "$build"/sohoctap_*.deb)"

step "package $deb"
echo "size: $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends
dpkg-deb --contents "$deb" | awk '{print $1, $3, $6}'

step "validate the metainfo and the desktop entry shipped in the package"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
appstreamcli validate --no-net "$root"/usr/share/metainfo/vn.sohoctap.SoHocTap.metainfo.xml
desktop-file-validate "$root"/usr/share/applications/vn.sohoctap.SoHocTap.desktop
echo "desktop-file-validate: no problems"
for size in 16 32 48 64 128 256; do
    test -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/vn.sohoctap.SoHocTap.png" ||
        { echo "missing the ${size}x${size} icon" >&2; exit 1; }
done
echo "icons: 16 32 48 64 128 256 in hicolor"

step "every dependency is a package apt knows"
depends="$(dpkg-deb --field "$deb" Depends)"
for dep in $(echo "$depends" | tr ',' '\n' | sed 's/([^)]*)//g; s/|/\n/g' | tr -d ' ' | sort -u); do
    if apt-cache show "$dep" >/dev/null 2>&1; then echo "  $dep: known"; else
        echo "  $dep: UNKNOWN to apt" >&2; exit 1; fi
done

step "apt resolves the dependencies on an empty Debian (simulated: no package installed)"
# apt-get -s with an empty dpkg status file plans the installation onto a system where nothing is installed,
# from this machine's package lists: a missing or misnamed dependency fails here.
empty_status="$root/empty-status"
: >"$empty_status"
plan="$(apt-get -s -o Dir::State::status="$empty_status" install "$deb" 2>&1)" ||
    { echo "$plan" >&2; echo "package-deb: apt cannot resolve the dependencies" >&2; exit 1; }
echo "$plan" | grep -q '^Inst sohoctap ' || { echo "$plan" >&2; exit 1; }
echo "resolved: $(echo "$plan" | grep -c '^Inst') packages on an empty system (the base system included)"

if [ "$install" -eq 0 ]; then
    step "done (not installed; --install installs it)"
    exit 0
fi

step "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$deb"
/usr/bin/sohoctap-cli --version
# A throw-away home: the window remembers recent files and settings.
home="$(mktemp -d)"
trap 'rm -rf "$root" "$home"' EXIT
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    xvfb-run -a timeout 20 /usr/bin/sohoctap --version
# The real window (the start page: no file yet): starting it must not fail; after 3 s it is still running
# (timeout's 124) and is stopped.
set +e
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    xvfb-run -a timeout 3 /usr/bin/sohoctap
rc=$?
set -e
if [ "$rc" -ne 124 ]; then
    echo "package-deb: the window exited with $rc within 3 s" >&2
    exit 1
fi
echo "window: started under Xvfb and ran for 3 s"

if [ "$remove" -eq 1 ]; then
    step "apt-get remove sohoctap"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y sohoctap
    test ! -e /usr/bin/sohoctap-cli && echo "removed"
fi
