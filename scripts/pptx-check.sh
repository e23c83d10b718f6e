#!/usr/bin/env bash
# Opens the built decks (build/present/*.pptx and build/en/present/*.pptx, or the files named)
# in LibreOffice, as an office without PowerPoint would, and checks what it sets: the PDF has a
# page for every slide of the file, and no text runs off the slide or into its number (words
# below 7 in or right of 12.85 in, read back from the PDF with pdftotext). Each page is left as
# a PNG in test-results/pptx/ to look at. Not part of `npm test`: it needs LibreOffice
# (`apt-get install -y --no-install-recommends libreoffice-impress poppler-utils fonts-noto-cjk`)
# and a build (`npm run build`).
#
# Usage: bash scripts/pptx-check.sh [file.pptx …]
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdfinfo pdftoppm pdftotext unzip; do
	command -v "$tool" >/dev/null || {
		echo "pptx-check: $tool is missing; apt-get install -y --no-install-recommends libreoffice-impress poppler-utils fonts-noto-cjk unzip" >&2
		exit 1
	}
done

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
	files=(build/present/deck.pptx build/present/short.pptx build/en/present/deck.pptx build/en/present/short.pptx)
fi
out=test-results/pptx
rm -rf "$out"
mkdir -p "$out"
# LibreOffice keeps a profile; a fresh one per run, so an earlier run's settings never matter
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

failed=0
for file in "${files[@]}"; do
	[ -f "$file" ] || { echo "pptx-check: no $file (run npm run build first)" >&2; exit 1; }
	name=$(echo "$file" | sed 's#^build/##; s#^/##; s#/#-#g; s#\.pptx$##')
	cp "$file" "$out/$name.pptx"
	soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" \
		"$out/$name.pptx" >/dev/null 2>&1
	pdf="$out/$name.pdf"
	[ -f "$pdf" ] || { echo "pptx-check: LibreOffice could not open $file" >&2; failed=1; continue; }
	slides=$(unzip -l "$file" | grep -cE 'ppt/slides/slide[0-9]+\.xml$')
	pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
	# a slide is 960 × 540 pt in the PDF: its number sits at the bottom right
	over=$(pdftotext -bbox "$pdf" - | awk '
		/<page / { page++ }
		/<word / {
			match($0, /xMax="[0-9.]+"/); x = substr($0, RSTART + 6, RLENGTH - 7) + 0
			match($0, /yMin="[0-9.]+"/); y0 = substr($0, RSTART + 6, RLENGTH - 7) + 0
			match($0, /yMax="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7) + 0
			number = (x > 880 && y0 > 495)
			if (!number && (y > 505 || x > 925)) { sub(/.*">/, ""); sub(/<.*/, ""); print "  page " page ": " $0 }
		}' | sort -u | head -20)
	pdftoppm -r 60 -png "$pdf" "$out/$name"
	if [ "$slides" != "$pages" ]; then
		echo "pptx-check: $file has $slides slides, LibreOffice set $pages pages" >&2
		failed=1
	elif [ -n "$over" ]; then
		echo "pptx-check: $file: text off its slide or on its number:" >&2
		echo "$over" >&2
		failed=1
	else
		echo "pptx-check: $file: $slides slides, $pages pages in LibreOffice, no text off a slide ($(du -k "$file" | cut -f1) KB)"
	fi
done
echo "pptx-check: pages as PNG in $out/"
exit $failed
