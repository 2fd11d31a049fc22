#!/usr/bin/env bash
# Writes every undeclared public symbol of a shipping project into its PublicAPI.Unshipped.txt.
#
# The analyzer's code fix does this in an IDE; from the command line, the full API line of each
# RS0016 diagnostic is read from a SARIF error log instead. Review the diff before committing.
# Usage: eng/update-public-api.sh src/Marketo.Soap [src/Other ...]
set -euo pipefail
cd "$(dirname "$0")/.."
for project in "$@"; do
  log=$(mktemp --suffix=.sarif)
  dotnet build "$project" -c Release --no-incremental "-p:ErrorLog=$log%2Cversion=2.1" -p:TreatWarningsAsErrors=false >/dev/null || true
  python3 - "$log" "$project/PublicAPI.Unshipped.txt" <<'PY'
import json, sys
log, unshipped = sys.argv[1], sys.argv[2]
results = json.load(open(log))["runs"][0]["results"]
new = {r["properties"]["customProperties"]["APIName"] for r in results if r["ruleId"] == "RS0016"}
lines = [l.rstrip("\n") for l in open(unshipped)]
header = [l for l in lines if l.startswith("#")]
body = sorted(set(l for l in lines if l and not l.startswith("#")) | new, key=str.lower)
open(unshipped, "w").write("\n".join(header + body) + "\n")
print(f"{unshipped}: {len(new)} symbols added, {len(body)} in all")
PY
  rm -f "$log"
done
