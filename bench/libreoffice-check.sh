#!/usr/bin/env bash
# Opens Hazard Log workbooks in a second reader besides POI: LibreOffice converts each to PDF
# headless, as it would print it, and the first pages are rendered to PNG for a person to look at.
# Kept out of the test suite because LibreOffice takes seconds to start.
#
#   bash bench/libreoffice-check.sh                 # a generated log of 40 hazards, exported as xlsx
#   bash bench/libreoffice-check.sh a.xlsx b.xlsx   # workbooks you already have
#
# Needs: apt-get install libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito python3
# (Carlito has Calibri's metrics, so pages break as in Excel), and for the default run the built
# jar (mvn -B package -DskipTests gives target/hazardlog.jar).
#
# LibreOffice recalculates these workbooks' formulas when it opens them (it did so here even when
# set never to recalculate Excel files), so what it prints are its own risk levels. The check also
# has it save the Hazard Log sheet as CSV and compares every formula's result with the one
# HazardLog saved in the file (python3 reads both).
#
# Fails (exit 1) when LibreOffice cannot convert a file, when the PDF has no pages, when a cell
# shows a formula error (#NAME?, #N/A, #VALUE!, #REF!, Err:NNN), when LibreOffice's results differ
# from the saved ones, or when the text of the first printed pages is smaller than about 7 pt (a
# log squeezed onto one page width). A workbook takes 10-25 s here, most of it LibreOffice starting.
# Output: target/libreoffice-check/NAME.pdf and NAME-N.png (pages 1-3), and one line per file.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/libreoffice-check
MIN_TEXT_HEIGHT=${MIN_TEXT_HEIGHT:-7.0}   # points: the median height of a word's box on pages 1-3

for tool in soffice pdfinfo pdftoppm pdftotext python3; do
    command -v "$tool" >/dev/null || { echo "libreoffice-check: $tool is missing (see the top of this script)" >&2; exit 1; }
done
mkdir -p "$OUT"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hazardlog-lo-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    JAR=target/hazardlog.jar
    [ -f "$JAR" ] || { echo "libreoffice-check: $JAR is missing; build it (mvn -B package -DskipTests) or name workbooks" >&2; exit 1; }
    HL="java -Dhazardlog.home=$WORK/home -jar $JAR"
    $HL generate --hazards 40 --out "$WORK/log" >/dev/null
    $HL --db "$WORK/log" export --format xlsx --out "$OUT/generated.xlsx" >/dev/null
    files=("$OUT/generated.xlsx")
fi

status=0
for f in "${files[@]}"; do
    [ -f "$f" ] || { echo "libreoffice-check: $f does not exist" >&2; status=1; continue; }
    name=$(basename "${f%.*}")
    rm -rf "$OUT/$name.pdf" "$OUT/$name"-*.png "$OUT/$name.csv"
    start=$(date +%s.%N)
    if ! soffice --headless --convert-to pdf --outdir "$OUT" "$f" >"$OUT/$name.log" 2>&1 || [ ! -s "$OUT/$name.pdf" ]; then
        echo "FAIL $f: LibreOffice did not convert it (see $OUT/$name.log)"
        status=1
        continue
    fi
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    # The first sheet (Hazard Log) as UTF-8 CSV: separator 44 (,), quote 34 ("), charset 76.
    soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir "$OUT" "$f" >>"$OUT/$name.log" 2>&1 || true
    if ! compared=$(python3 - "$f" "$OUT/$name.csv" <<'PY'
import csv, re, sys, zipfile
from xml.sax.saxutils import unescape
saved = {}
with zipfile.ZipFile(sys.argv[1]) as z:
    sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
for ref, value in re.findall(r'<c r="([A-Z]+[0-9]+)"[^>]*><f>[^<]*</f><v>([^<]*)</v>', sheet):
    saved[ref] = unescape(value, {"&quot;": '"', "&apos;": "'"})
if not saved:
    print("no formula cells with saved results in the Hazard Log sheet")
    sys.exit(1)
rows = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
def column(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1
wrong = []
for ref, value in saved.items():
    letters, row = re.match(r"([A-Z]+)([0-9]+)", ref).groups()
    r, c = int(row) - 1, column(letters)
    got = rows[r][c] if r < len(rows) and c < len(rows[r]) else "(missing)"
    if got != value:
        wrong.append(f"{ref} saved {value!r}, LibreOffice {got!r}")
if wrong:
    print(f"{len(wrong)} of {len(saved)} formulas differ: " + "; ".join(wrong[:5]))
    sys.exit(1)
print(f"{len(saved)} formulas agree")
PY
); then
        echo "FAIL $f: LibreOffice's results are not HazardLog's: $compared"
        status=1
        continue
    fi
    pages=$(pdfinfo "$OUT/$name.pdf" | awk '/^Pages:/ {print $2}')
    if [ "${pages:-0}" -lt 1 ]; then
        echo "FAIL $f: the PDF has no pages"
        status=1
        continue
    fi
    pdftoppm -r 80 -png -f 1 -l 3 "$OUT/$name.pdf" "$OUT/$name"
    errors=$(pdftotext "$OUT/$name.pdf" - | grep -oE '#NAME\?|#N/A|#VALUE!|#REF!|Err:[0-9]+' | sort | uniq -c | tr -s ' ' | paste -sd, - || true)
    if [ -n "$errors" ]; then
        echo "FAIL $f: formula errors after LibreOffice recalculated:$errors"
        status=1
        continue
    fi
    # A word's box is about 1.1 times the font size; the median over the first pages is the body text.
    height=$(pdftotext -f 1 -l 3 -bbox "$OUT/$name.pdf" - \
        | sed -n 's/.*yMin="\([0-9.]*\)".*yMax="\([0-9.]*\)".*/\1 \2/p' \
        | awk '{print $2 - $1}' | sort -n | awk '{h[NR] = $1} END {if (NR == 0) print 0; else print h[int((NR + 1) / 2)]}')
    if [ "$(echo "$height < $MIN_TEXT_HEIGHT" | bc)" -eq 1 ]; then
        echo "FAIL $f: text on the first pages is about $height pt high, under $MIN_TEXT_HEIGHT pt: too small to read"
        status=1
        continue
    fi
    printf 'ok   %s: %s pages, converted in %.1f s, %s, text about %.1f pt high; pages 1-3 in %s/%s-N.png\n' \
        "$f" "$pages" "$seconds" "$compared" "$height" "$OUT" "$name"
done
exit $status
