#!/usr/bin/env bash
# Renders an HTML actual-times report in headless Chromium and saves a screenshot,
# so a person (or a test) can look at what the secretariat will see and print.
#   scripts/render-report.sh REPORT.html OUT.png [WIDTH HEIGHT]
# Needs Debian's `chromium` package (apt-get install chromium). Also writes OUT.pdf,
# the report as Chromium prints it.
set -euo pipefail
report=$(realpath "$1"); out=$2; width=${3:-1280}; height=${4:-2400}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "render-report: chromium is not installed (apt-get install chromium)" >&2
  exit 3
fi
profile=$(mktemp -d); trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile"
       --no-first-run --disable-extensions --disable-dev-shm-usage)
"$browser" "${flags[@]}" --window-size="$width,$height" --screenshot="$(realpath -m "$out")" "file://$report" \
  >/dev/null 2>&1
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$(realpath -m "${out%.png}.pdf")" "file://$report" \
  >/dev/null 2>&1
test -s "$out"
echo "$out"
