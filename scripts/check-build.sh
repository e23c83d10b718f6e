#!/usr/bin/env bash
# Builds the site again where a static host or a tarball builds it — in a copy of the tree
# without .git, in another folder, with Chromium and every system font out of reach — and
# checks that this build is byte for byte the one in build/ (run `npm run build` first, or let
# this script do it). A private mount namespace hides /usr/bin/chromium, /usr/lib/chromium and
# /usr/share/fonts from the second build only; it needs root or unprivileged user namespaces
# (Linux). `npm run check:build` runs it; CI runs it after `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

[ -f build/index.html ] || npm run build
# the copy: in a folder of its own, with its own node_modules (hard links, so it is quick): a
# symlinked node_modules would change the packages' paths, and Svelte names the CSS of a
# package's components after its path
copy="$root/.check-build"
rm -rf "$copy"
mkdir -p "$copy"
trap 'rm -rf "$copy"' EXIT
# the sources as a tarball holds them: no .git, no earlier build
tar --exclude=./.git --exclude=./node_modules --exclude=./build --exclude=./.svelte-kit \
	--exclude=./.check-build --exclude=./test-results -cf - . | tar -xf - -C "$copy"
cp -al node_modules "$copy/node_modules" 2>/dev/null || cp -a node_modules "$copy/node_modules"

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
	cd "$1"
	[ ! -e .git ]
	echo "check-build: building a copy without .git, with no Chromium and no system fonts"
	npm run build
' check-build "$copy"

if diff -rq build "$copy/build"; then
	echo "check-build: the two builds are byte-identical ($(find build -type f | wc -l) files)"
else
	echo "check-build: the two builds differ (above)" >&2
	exit 1
fi
