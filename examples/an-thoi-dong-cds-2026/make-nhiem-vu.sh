#!/bin/sh
# Regenerates nhiem-vu.xlsx (SAMPLE DATA, the tasks of Phụ lục II) from nhiem-vu.csv with LibreOffice.
# Run from this folder: ./make-nhiem-vu.sh   (the CSV is UTF-8, comma-separated, text in quotes when it has a comma)
set -e
cd "$(dirname "$0")"
soffice -env:UserInstallation=file:///tmp/lo-make-nhiem-vu --headless --infilter="CSV:44,34,76,1" --convert-to xlsx nhiem-vu.csv
