#!/usr/bin/env bash
# Other languages against the installed emulator tool (run by emulator-tool.sh, which installs
# it): PHP's SoapClient, node's soap and JAX-WS built by wsimport, each updating Program 1970's
# cost and syncing leads with a custom field, then checked through the admin API; PHP also follows
# an import to its end and reads channels and tags (interop/php/imports.php).
# Installs what it needs: php-cli php-soap php-xml (for the conformance step) and jaxws from Debian, soap from npm.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${EMULATOR:?run from emulator-tool.sh}"
work="$(mktemp -d)"

. .ci/steps/emulator-lib.sh
trap 'emulator_stop; rm -rf "$work"' EXIT

echo "== interop: install PHP, JAX-WS and node's soap"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq php-cli php-soap php-xml jaxws libjaxws-java >/dev/null
(cd interop/node && npm install --no-audit --no-fund --no-package-lock --silent)

emulator_start

echo "== interop: PHP SoapClient"
EMULATOR_URL="$EMULATOR_URL" php interop/php/sync.php
EMULATOR_URL="$EMULATOR_URL" php interop/php/imports.php
EMULATOR_URL="$EMULATOR_URL" php interop/php/customobjects.php
EMULATOR_URL="$EMULATOR_URL" php interop/php/mobjects.php

echo "== interop: node soap"
node interop/node/sync.js

echo "== interop: JAX-WS (wsimport from ?WSDL)"
curl -fsS -X POST "$EMULATOR_URL/_emulator/reset" >/dev/null
curl -fsS -X POST "$EMULATOR_URL/_emulator/seed" --data-binary @interop/seed.json >/dev/null
# -XadditionalHeaders: the 2_3 WSDL binds AuthenticationHeader from a message of its own, and this
# makes it a parameter of each operation, as in Marketo's Java sample.
mkdir -p "$work/classes"
wsimport -quiet -XadditionalHeaders -p mktows -d "$work/classes" "$EMULATOR_URL/soap/mktows/2_3?WSDL"
classpath="$work/classes:$(ls /usr/share/java/*.jar | tr '\n' ':')"
javac -nowarn -cp "$classpath" -d "$work/classes" interop/java/Sync.java
java -cp "$classpath" Sync "$EMULATOR_URL" "$EMULATOR_USER" "$EMULATOR_KEY" 2>"$work/java.err" || { cat "$work/java.err"; exit 1; }
leads="$(curl -fsS "$EMULATOR_URL/_emulator/store/leads")"
programs="$(curl -fsS "$EMULATOR_URL/_emulator/store/programs")"
# The sample's qualified leadAttributeList is dropped, as Marketo dropped it; the ObjectFactory's arrives.
grep -q '"email":"java.one@example.com","foreignPersonIds":\[\],"attributes":{}' <<<"$leads" || { echo "FAILED (java): $leads"; exit 1; }
grep -q '"email":"java.two@example.com".*"Lead_Score__c":"32"' <<<"$leads" || { echo "FAILED (java): $leads"; exit 1; }
grep -q '"id":153,"month":"2013-06","amount":2000' <<<"$programs" || { echo "FAILED (java): $programs"; exit 1; }
grep -q "ignored: .*leadAttributeList" "$EMULATOR_LOG" || { echo "FAILED (java): no warning for the qualified leadAttributeList"; exit 1; }
echo "ok (java): store checked through the admin API; the qualified leadAttributeList was ignored with a warning"

emulator_stop
echo "--- the tool's console during the interop run:"
cat "$EMULATOR_LOG"
