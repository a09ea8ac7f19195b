#!/usr/bin/env bash
# Remakes the test PDFs of tests/data from scratch (see README.md). Needs a configured build
# (./ecabinet build) and qpdf (Debian package qpdf). Run from anywhere:
#   tests/data/regenerate.sh [BUILD_DIR]
# large.pdf and scanned.pdf come out byte for byte the same every time; the QPdfWriter files
# differ only in their creation date and font-subset tags, encrypted.pdf in its random AES
# salts and file id. No test depends on those bytes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "${here}/../.." && pwd)
build=${1:-${root}/build}
command -v qpdf >/dev/null || { echo "regenerate.sh: install qpdf" >&2; exit 1; }
ninja -C "${build}" ecabinet-make-test-pdfs
tmp=$(mktemp -d)
trap 'rm -rf "${tmp}"' EXIT

"${build}/bin/ecabinet-make-test-pdfs" "${tmp}"

# Password "ecabinet" to open (user password), AES-256: a real reader must ask for it.
qpdf --encrypt ecabinet ecabinet-owner 256 -- "${tmp}/vector-text.pdf" "${tmp}/encrypted.pdf"

# A download cut off part-way: the header and the first objects, no page tree, no xref.
head -c 3000 "${tmp}/vector-text.pdf" >"${tmp}/broken-truncated.pdf"

# Every good file must pass qpdf's structural check; the broken one must fail it.
for f in vector-text vietnamese scanned large; do
  qpdf --check "${tmp}/${f}.pdf" >/dev/null
done
qpdf --check --password=ecabinet "${tmp}/encrypted.pdf" >/dev/null
if qpdf --check "${tmp}/broken-truncated.pdf" >/dev/null 2>&1; then
  echo "regenerate.sh: broken-truncated.pdf unexpectedly passes qpdf --check" >&2
  exit 1
fi

for f in vector-text vietnamese scanned large encrypted broken-truncated; do
  cp "${tmp}/${f}.pdf" "${here}/${f}.pdf"
done
ls -l "${here}"/*.pdf
