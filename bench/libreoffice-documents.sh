#!/usr/bin/env bash
# Opens the Word documents HazardLog writes in a second reader besides POI: LibreOffice Writer
# converts the Clinical Safety Case Report and the hazard log (.docx) to PDF headless, and the
# first pages are rendered to PNG for a person to look at. Kept out of the test suite because
# LibreOffice takes seconds to start (about 20 s a document on a 2-core machine).
#
#   bash bench/libreoffice-documents.sh               # a generated, issued log of 30 hazards
#   bash bench/libreoffice-documents.sh a.docx b.docx # documents you already have
#
# Needs: apt-get install libreoffice-writer-nogui poppler-utils, and for the default run the built
# jar (mvn -B package -DskipTests gives target/hazardlog.jar).
# Fails (exit 1) when LibreOffice cannot convert a file or the PDF has no pages.
# Output: target/libreoffice-documents/NAME.pdf and NAME-N.png (pages 1-2), one line per file.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/libreoffice-documents
for tool in soffice pdfinfo pdftoppm; do
    command -v "$tool" >/dev/null || { echo "libreoffice-documents: $tool is missing (see the top of this script)" >&2; exit 1; }
done
rm -rf "$OUT" && mkdir -p "$OUT"

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    JAR=target/hazardlog.jar
    [ -f "$JAR" ] || { echo "libreoffice-documents: $JAR is missing: run mvn -B package -DskipTests" >&2; exit 1; }
    hl() { java -jar "$JAR" --db "$OUT/log" --user cso "$@"; }
    echo "a password for the check" | java -jar "$JAR" generate --hazards 30 --seed 3 --out "$OUT/log" \
        --user cso --password-stdin >/dev/null
    echo "a password for the check" | hl issue --summary "Release for the check" --password-stdin >/dev/null
    hl export --format docx --version 1 --out "$OUT/safety-case.docx" >/dev/null
    hl export --format docx --document hazard-log --version 1 --out "$OUT/hazard-log.docx" >/dev/null
    hl export --format docx --document hazard-log --out "$OUT/hazard-log-draft.docx" >/dev/null
    files=("$OUT/safety-case.docx" "$OUT/hazard-log.docx" "$OUT/hazard-log-draft.docx")
fi

failed=0
for file in "${files[@]}"; do
    name=$(basename "$file" .docx)
    if ! soffice --headless --convert-to pdf --outdir "$OUT" "$file" >/dev/null 2>&1 || [ ! -s "$OUT/$name.pdf" ]; then
        echo "FAIL $file: LibreOffice could not convert it"; failed=1; continue
    fi
    pages=$(pdfinfo "$OUT/$name.pdf" | sed -n 's/^Pages: *//p')
    if [ "${pages:-0}" -lt 1 ]; then
        echo "FAIL $file: the PDF has no pages"; failed=1; continue
    fi
    pdftoppm -r 60 -png -f 1 -l 2 "$OUT/$name.pdf" "$OUT/$name"
    echo "ok   $file: $pages pages ($OUT/$name.pdf)"
done
exit $failed
