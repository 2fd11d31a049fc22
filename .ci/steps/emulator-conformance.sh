#!/usr/bin/env bash
# Checks the installed emulator tool's answers against Marketo's recorded XML in
# ../shared/recordings/real-xml (read in place, nothing copied). Run by emulator-tool.sh after the
# interop step, which installs PHP. Strict mode, so a recorded request the emulator would only
# accept by ignoring something shows up.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${EMULATOR:?run from emulator-tool.sh}"
recordings="${MARKETO_RECORDINGS:-$(cd .. && pwd)/shared/recordings/real-xml}"
[[ -d $recordings ]] || { echo "FAILED: no recordings at $recordings"; exit 1; }

. .ci/steps/emulator-lib.sh
trap 'emulator_stop' EXIT

echo "== emulator conformance with Marketo's recorded XML"
emulator_start --strict
php .ci/steps/emulator-conformance.php "$recordings"
emulator_stop
