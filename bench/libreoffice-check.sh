#!/usr/bin/env bash
# Opens Hazard Log workbooks in a second reader besides POI: LibreOffice converts each to PDF
# headless, as it would print it, and the first pages are rendered to PNG for a person to look at.
# Kept out of the test suite because LibreOffice takes seconds to start.
#
#   bash bench/libreoffice-check.sh                 # a generated log of 40 hazards, exported as xlsx
#   bash bench/libreoffice-check.sh a.xlsx b.xlsx   # workbooks you already have
#
# Needs: apt-get install libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito
# (Carlito has Calibri's metrics, so pages break as in Excel), and for the default run the built
# jar (mvn -B package -DskipTests gives target/hazardlog.jar).
#
# Fails (exit 1) when LibreOffice cannot convert a file, when the PDF has no pages, or when the
# text of the first printed pages is smaller than about 7 pt (a log squeezed onto one page width).
# Output: target/libreoffice-check/NAME.pdf and NAME-N.png (pages 1-3), and one line per file.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/libreoffice-check
MIN_TEXT_HEIGHT=${MIN_TEXT_HEIGHT:-7.0}   # points: the median height of a word's box on pages 1-3

for tool in soffice pdfinfo pdftoppm pdftotext; do
    command -v "$tool" >/dev/null || { echo "libreoffice-check: $tool is missing (see the top of this script)" >&2; exit 1; }
done
mkdir -p "$OUT"

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    JAR=target/hazardlog.jar
    [ -f "$JAR" ] || { echo "libreoffice-check: $JAR is missing; build it (mvn -B package -DskipTests) or name workbooks" >&2; exit 1; }
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/hazardlog-lo-XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
    HL="java -Dhazardlog.home=$WORK/home -jar $JAR"
    $HL generate --hazards 40 --out "$WORK/log" >/dev/null
    $HL --db "$WORK/log" export --format xlsx --out "$OUT/generated.xlsx" >/dev/null
    files=("$OUT/generated.xlsx")
fi

status=0
for f in "${files[@]}"; do
    [ -f "$f" ] || { echo "libreoffice-check: $f does not exist" >&2; status=1; continue; }
    name=$(basename "${f%.*}")
    rm -f "$OUT/$name.pdf" "$OUT/$name"-*.png
    start=$(date +%s.%N)
    if ! soffice --headless --convert-to pdf --outdir "$OUT" "$f" >"$OUT/$name.log" 2>&1 || [ ! -s "$OUT/$name.pdf" ]; then
        echo "FAIL $f: LibreOffice did not convert it (see $OUT/$name.log)"
        status=1
        continue
    fi
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    pages=$(pdfinfo "$OUT/$name.pdf" | awk '/^Pages:/ {print $2}')
    if [ "${pages:-0}" -lt 1 ]; then
        echo "FAIL $f: the PDF has no pages"
        status=1
        continue
    fi
    pdftoppm -r 80 -png -f 1 -l 3 "$OUT/$name.pdf" "$OUT/$name"
    # A word's box is about 1.1 times the font size; the median over the first pages is the body text.
    height=$(pdftotext -f 1 -l 3 -bbox "$OUT/$name.pdf" - \
        | sed -n 's/.*yMin="\([0-9.]*\)".*yMax="\([0-9.]*\)".*/\1 \2/p' \
        | awk '{print $2 - $1}' | sort -n | awk '{h[NR] = $1} END {if (NR == 0) print 0; else print h[int((NR + 1) / 2)]}')
    if [ "$(echo "$height < $MIN_TEXT_HEIGHT" | bc)" -eq 1 ]; then
        echo "FAIL $f: text on the first pages is about $height pt high, under $MIN_TEXT_HEIGHT pt: too small to read"
        status=1
        continue
    fi
    printf 'ok   %s: %s pages, converted in %.1f s, text about %.1f pt high; pages 1-3 in %s/%s-N.png\n' \
        "$f" "$pages" "$seconds" "$height" "$OUT" "$name"
done
exit $status
