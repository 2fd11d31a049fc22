#!/usr/bin/env bash
# The Redis tests against both servers, with the fleet tests (real processes, real 20-second
# windows, a minute or more each) switched on: first embedded Garnet, as on a fresh clone, then
# Debian's redis-server, started here on loopback and stopped when this step ends, however it ends.
# Expects the solution built in Release (.ci/run's build step).
set -euo pipefail
cd "$(dirname "$0")/../.."

project=tests/Marketo.Soap.Redis.Tests
export MARKETO_SOAP_FLEET_TESTS=1

echo "== redis: tests against embedded Garnet"
dotnet test "$project" -c Release --no-build --logger "console;verbosity=normal"

echo "== redis: install redis-server from Debian's packages"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server

# A port of its own, so a redis-server the machine may run already is never touched.
port=$(shuf -i 20000-59999 -n 1)
workdir=$(mktemp -d)
redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --dir "$workdir" --daemonize yes --pidfile "$workdir/redis.pid"
stop_redis() {
  redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$workdir/redis.pid")" 2>/dev/null || true
  rm -rf "$workdir"
}
trap stop_redis EXIT
for _ in $(seq 1 50); do
  redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break
  sleep 0.1
done
echo "redis-server $(redis-server --version | sed 's/.*v=\([^ ]*\).*/\1/') on 127.0.0.1:$port"

echo "== redis: tests against redis-server"
MARKETO_SOAP_TEST_REDIS="127.0.0.1:$port" dotnet test "$project" -c Release --no-build --logger "console;verbosity=normal"
