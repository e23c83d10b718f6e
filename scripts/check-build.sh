#!/usr/bin/env bash
# Builds the site again where a static host builds it — with Chromium and every system font
# out of reach — and checks that this build is byte for byte the one in build/ (run
# `npm run build` first, or let this script do it). A private mount namespace hides
# /usr/bin/chromium, /usr/lib/chromium and /usr/share/fonts from the second build only;
# it needs root or unprivileged user namespaces (Linux). `npm run check:build` runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f build/index.html ] || npm run build
first=$(mktemp -d)
trap 'rm -rf "$first"' EXIT
cp -a build/. "$first/"

as_root=()
[ "$(id -u)" = 0 ] || as_root=(--map-root-user)
unshare "${as_root[@]}" --mount --propagation private bash -euo pipefail -c '
	empty=$(mktemp -d)
	for dir in /usr/share/fonts /usr/lib/chromium; do
		[ -d "$dir" ] && mount --bind "$empty" "$dir"
	done
	[ -e /usr/bin/chromium ] && mount --bind /dev/null /usr/bin/chromium
	if [ -x /usr/bin/chromium ] || [ -n "$(ls -A /usr/share/fonts 2>/dev/null)" ]; then
		echo "check-build: could not hide Chromium and the fonts" >&2
		exit 1
	fi
	echo "check-build: building with no Chromium and no system fonts"
	npm run build
'

if diff -rq "$first" build; then
	echo "check-build: two builds of this tree are byte-identical ($(find build -type f | wc -l) files)"
else
	echo "check-build: the two builds differ (above)" >&2
	exit 1
fi
