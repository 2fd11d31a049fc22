# Shell functions for CI steps that run the installed emulator tool: start it on a free port and
# wait for its health endpoint, make a signed SOAP call with curl, stop it cleanly.
# Needs EMULATOR (the tool's path), EMULATOR_USER and EMULATOR_KEY. Sourced, not run.

emulator_pid=""

emulator_start() { # extra tool arguments...
  EMULATOR_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  EMULATOR_URL="http://127.0.0.1:$EMULATOR_PORT"
  EMULATOR_LOG="$(mktemp)"
  export EMULATOR_PORT EMULATOR_URL EMULATOR_LOG
  "$EMULATOR" --port "$EMULATOR_PORT" --user-id "$EMULATOR_USER" --encryption-key "$EMULATOR_KEY" "$@" >"$EMULATOR_LOG" 2>&1 &
  emulator_pid=$!
  for _ in $(seq 1 100); do
    if curl -fsS "$EMULATOR_URL/_emulator/health" >/dev/null 2>&1; then return 0; fi
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
