#!/usr/bin/env bash
# Throughput and p99 of the shop under wrk, with telemetry on and off, on this machine.
#   shop-simulator/bench/shop-bench.sh [ROUNDS] [SECONDS]
# Starts `slo shop` on free ports (once with telemetry, once with --no-telemetry, alternating for
# ROUNDS rounds), runs a browse load (GET /api/products/{id}) and a checkout load (POST
# /api/cart then /api/checkout, pipelined per user), and prints req/s and p99 per run.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-2}; seconds=${2:-15}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f cli/target/slo.jar ] || mvn -B -q -DskipTests package
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
threads=2; conns=16

run_one() { # mode
  local mode=$1 flag=""; [ "$mode" = off ] && flag=--no-telemetry
  local port=$((20000 + RANDOM % 20000)); local admin=$((port + 1)); local metrics=$((port + 2))
  rm -rf "$work/db"
  java -Xmx1g -jar cli/target/slo.jar shop --quiet $flag --port $port --admin-port $admin --metrics-port $metrics --data-dir "$work/db" >"$work/shop.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/products" >/dev/null && break; sleep 0.3; done
  local products; products=$(curl -s "http://127.0.0.1:$port/api/products" | grep -o '"id":"[A-Z0-9]*"' | cut -d'"' -f4 | paste -sd, -)
  PRODUCTS=$products wrk -t$threads -c$conns -d5s -s shop-simulator/bench/browse.lua "http://127.0.0.1:$port" >/dev/null # warm-up
  local browse; browse=$(PRODUCTS=$products wrk -t$threads -c$conns -d${seconds}s --latency -s shop-simulator/bench/browse.lua "http://127.0.0.1:$port")
  local first=${products%%,*}
  local checkout; checkout=$(PRODUCT=$first wrk -t$threads -c$conns -d${seconds}s --latency -s shop-simulator/bench/checkout.lua "http://127.0.0.1:$port")
  kill $pid; wait $pid 2>/dev/null || true
  printf '%-4s browse   %8s req/s  p99 %8s\n' "$mode" "$(awk '/Requests\/sec/{print $2}' <<<"$browse")" "$(awk '$1=="99%"{print $2}' <<<"$browse")"
  printf '%-4s checkout %8s req/s  p99 %8s  non-2xx %s\n' "$mode" "$(awk '/Requests\/sec/{print $2}' <<<"$checkout")" "$(awk '$1=="99%"{print $2}' <<<"$checkout")" "$(awk '/Non-2xx/{print $5}' <<<"$checkout")"
}

for r in $(seq 1 "$rounds"); do run_one on; run_one off; done
