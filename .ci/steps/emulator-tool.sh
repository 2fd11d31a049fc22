#!/usr/bin/env bash
# The emulator as its users get it: packs Marketo.Soap.Emulator as a dotnet tool, installs it from
# the local folder feed into a tool path, and uses it from outside .NET: the command line's
# errors, ?WSDL, one signed call, the admin API, persistence across a restart, a clean stop.
# Then runs the steps that need the installed tool (conformance against ../shared, other languages).
# Usage: .ci/steps/emulator-tool.sh VERSION   (from the repository root; .ci/run passes its version)
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$1"
tools="$PWD/artifacts/tools"
work="$(mktemp -d)"
export EMULATOR="$tools/marketo-soap-emulator"
export EMULATOR_USER=ci_user EMULATOR_KEY=ci_secret_key

. .ci/steps/emulator-lib.sh
trap 'emulator_stop; rm -rf "$work"' EXIT

echo "== emulator tool: pack and install from the local feed"
dotnet pack src/Marketo.Soap.Emulator -c Release -o artifacts/packages -p:Version="$version"
rm -rf "$tools"
dotnet tool install Marketo.Soap.Emulator --version "$version" --add-source artifacts/packages --tool-path "$tools"

echo "== emulator tool: command line errors"
expect_exit() { # expected-code description command...
  local expected="$1" what="$2"; shift 2
  set +e; "$@" >"$work/out" 2>"$work/err"; local code=$?; set -e
  if [[ $code -ne $expected ]] || [[ $(wc -l <"$work/err") -ne 1 ]]; then
    echo "FAILED: $what: exit $code (expected $expected), stderr:"; cat "$work/err"; exit 1
  fi
  echo "ok: $what -> exit $code: $(cat "$work/err")"
}
expect_exit 2 "bad port" "$EMULATOR" --port eighty
expect_exit 2 "unknown option" "$EMULATOR" --verbose
expect_exit 2 "missing seed file" "$EMULATOR" --seed "$work/none.json"
"$EMULATOR" --help | grep >/dev/null -- "--exchange-log-capacity"

echo "== emulator tool: start, WSDL, one call, admin API"
emulator_start --state "$work/state" --seed "$tools/.store/marketo.soap.emulator/$version/marketo.soap.emulator/$version/tools/net10.0/any/Seeds/sample-seed.json"
expect_exit 1 "port taken" "$EMULATOR" --port "$EMULATOR_PORT"
# grep reads to the end (no -q): with pipefail, a grep that quits at its first match makes
# curl fail writing the rest of a large body (curl exit 23).
curl -fsS "$EMULATOR_URL/soap/mktows/2_3?WSDL" | grep >/dev/null "<wsdl:definitions\|<definitions"
answer="$(emulator_soap syncMultipleLeads '<ns1:paramsSyncMultipleLeads><leadRecordList><leadRecord><Email>ci@example.com</Email><leadAttributeList><attribute><attrName>Lead_Score__c</attrName><attrValue>7</attrValue></attribute></leadAttributeList></leadRecord></leadRecordList></ns1:paramsSyncMultipleLeads>')"
grep -q "<status>CREATED</status>" <<<"$answer" || { echo "FAILED: syncMultipleLeads answered: $answer"; exit 1; }
curl -fsS "$EMULATOR_URL/_emulator/store/programs" | grep >/dev/null '"id": *1970'
curl -fsS "$EMULATOR_URL/_emulator/exchanges" | grep >/dev/null 'REDACTED'
code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$EMULATOR_URL/_emulator/faults" -d '{"kind":"nonsense"}')"
[[ $code == 400 ]] || { echo "FAILED: a bad fault request answered $code"; exit 1; }
curl -fsS "$EMULATOR_URL/_emulator/openapi.json" | grep >/dev/null '"/_emulator/faults"'
grep -q "syncMultipleLeads 1 record OK" "$EMULATOR_LOG" || { echo "FAILED: no console line for the call"; cat "$EMULATOR_LOG"; exit 1; }

echo "== emulator tool: clean stop saves the store; a restart loads it"
emulator_stop
grep -q "ci@example.com" "$work/state/store.json"
emulator_start --state "$work/state"
curl -fsS "$EMULATOR_URL/_emulator/store/leads" | grep >/dev/null "ci@example.com"
emulator_stop
echo "ok: the emulator tool works from outside .NET"

for step in .ci/steps/emulator-interop.sh .ci/steps/emulator-conformance.sh; do
  if [[ -x $step ]]; then "$step"; fi
done
