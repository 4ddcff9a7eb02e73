#!/bin/sh
# A commune file in a folder the user may not write to (a protected USB stick, a shared folder) opens
# read-only instead of being called damaged. Runs the CLI as the unprivileged user "nobody", because root
# may write anywhere; skipped (exit 77) when that is not possible here.
set -u
cli="$1"
[ "$(id -u)" = 0 ] && command -v setpriv >/dev/null || { echo "needs root and setpriv: skipped"; exit 77; }
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
as_nobody test -x "$cli" || { echo "nobody cannot run $cli: skipped"; exit 77; }
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
chmod 755 "$work"
"$cli" demo --out "$work/xa.sqlite" --people 300 >/dev/null || exit 1
chmod 444 "$work/xa.sqlite"
chmod 555 "$work"
fail=0
out=$(as_nobody "$cli" info "$work/xa.sqlite" 2>&1) || { echo "info failed: $out"; fail=1; }
echo "$out" | grep -q "Xã Hòa An" || { echo "info did not show the commune: $out"; fail=1; }
out=$(as_nobody "$cli" check "$work/xa.sqlite" 2>&1) || { echo "check failed: $out"; fail=1; }
echo "$out" | grep -q "Integrity: ok" || { echo "check did not pass: $out"; fail=1; }
# Nothing was created beside the file.
[ "$(ls -A "$work")" = "xa.sqlite" ] || { echo "files appeared: $(ls -A "$work")"; fail=1; }
exit $fail
