#!/usr/bin/env bash
# Installs what is missing (the servers, Debian's Chromium for the web app's browser tests, LibreOffice Calc and
# poppler-utils for the PDC workbook's test), starts the local
# PostgreSQL, Redis and RabbitMQ (left running for the next run; `eng/infra.sh stop` stops them), builds the solution and
# runs every test: the service tests side by side, then each whole-platform suite on its own (every platform it starts
# is some twenty processes, and two suites starting theirs at once overload a 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."
source eng/require-dotnet.sh
eng/infra.sh start
# Web.Tests' browser: Debian's Chromium unless BROWSER_TESTS_CHROMIUM names another Chromium or Chrome.
if ! [[ -x ${BROWSER_TESTS_CHROMIUM:-/usr/lib/chromium/chromium} ]]; then
  ((EUID == 0)) || { echo "test: Chromium is missing; install it with: sudo apt-get install -y chromium" >&2; exit 1; }
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
fi
# Reporting.Tests opens the PDC workbook in LibreOffice Calc (converted to PDF, read back with pdftotext): RPT-03.
if ! command -v libreoffice >/dev/null || ! command -v pdftotext >/dev/null; then
  ((EUID == 0)) || { echo "test: LibreOffice or pdftotext is missing; install them with: sudo apt-get install -y libreoffice-calc-nogui poppler-utils" >&2; exit 1; }
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-calc-nogui poppler-utils
fi
dotnet build Platform.sln -nologo -v q "$@"
failed=0
for suite in tests/Services.slnf tests/Platform.Tests tests/Interop.Tests tests/Web.Tests; do
  dotnet test "$suite" --no-build "$@" || failed=1
done
exit "$failed"
