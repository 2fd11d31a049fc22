# Shell functions for CI steps that run the installed emulator tool: start it on a free port and
# wait for its health endpoint (EMULATOR_URL, EMULATOR_PORT, EMULATOR_LOG are set then), make a signed SOAP call with curl, stop it cleanly.
# Needs EMULATOR (the tool's path), EMULATOR_USER and EMULATOR_KEY. Sourced, not run.

emulator_pid=""

emulator_start() { # extra tool arguments...
  EMULATOR_LOG="$(mktemp)"
  # Port 0: the tool picks a free port and prints its endpoint, which is read back from its output.
  "$EMULATOR" --port 0 --user-id "$EMULATOR_USER" --encryption-key "$EMULATOR_KEY" "$@" >"$EMULATOR_LOG" 2>&1 &
  emulator_pid=$!
  for _ in $(seq 1 150); do
    EMULATOR_URL="$(sed -n 's|^  Endpoint: *\(http://[^/]*\)/.*|\1|p' "$EMULATOR_LOG")"
    if [[ -n $EMULATOR_URL ]] && curl -fsS "$EMULATOR_URL/_emulator/health" >/dev/null 2>&1; then
      EMULATOR_PORT="${EMULATOR_URL##*:}"
      export EMULATOR_URL EMULATOR_PORT EMULATOR_LOG
      return 0
    fi
    if ! kill -0 "$emulator_pid" 2>/dev/null; then break; fi
    sleep 0.2
  done
  echo "FAILED: the emulator did not start:"; cat "$EMULATOR_LOG"; return 1
}

emulator_stop() {
  if [[ -n $emulator_pid ]] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill -TERM "$emulator_pid"
    wait "$emulator_pid" || { echo "FAILED: the emulator exited with $? on SIGTERM"; emulator_pid=""; return 1; }
  fi
  emulator_pid=""
}

emulator_soap() { # operation body-xml (with ns1 bound to the mktows namespace)
  local operation="$1" body="$2" timestamp signature
  timestamp="$(date -u +%Y-%m-%dT%H:%M:%S+00:00)"
  signature="$(printf '%s' "$timestamp$EMULATOR_USER" | openssl dgst -sha1 -hmac "$EMULATOR_KEY" | awk '{print $NF}')"
  curl -sS -X POST "$EMULATOR_URL/soap/mktows/2_3" \
    -H 'Content-Type: text/xml; charset=utf-8' -H "SOAPAction: \"http://www.marketo.com/mktows/$operation\"" \
    --data-binary @- <<XML
<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="http://www.marketo.com/mktows/">
<SOAP-ENV:Header><ns1:AuthenticationHeader><mktowsUserId>$EMULATOR_USER</mktowsUserId><requestSignature>$signature</requestSignature><requestTimestamp>$timestamp</requestTimestamp></ns1:AuthenticationHeader></SOAP-ENV:Header>
<SOAP-ENV:Body>$body</SOAP-ENV:Body>
</SOAP-ENV:Envelope>
XML
}
