#!/usr/bin/env bash
# The host in one network namespace, eight devices in another, and between them a link that
# loses 20% of datagrams, delays them 40 ms (±30 ms) and is cut for 5 seconds, while the devices
# play for 25 seconds. Once the link heals, every device's table must match the host's and every
# note must be there exactly once.
set -uo pipefail
build="${1:?usage: run.sh BUILD_DIR}"
if [ "$(id -u)" != 0 ] || ! command -v ip >/dev/null; then
  echo "netfault: needs root and iproute2 for network namespaces; skipped"
  exit 77
fi
id=$$
net=$((id % 200 + 20))
hostns="spirit-h-$id"
devns="spirit-d-$id"
work="$(mktemp -d)"
cleanup() {
  for pid in $(jobs -p); do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  ip netns del "$hostns" 2>/dev/null
  ip netns del "$devns" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if ! ip netns add "$hostns" 2>/dev/null; then
  echo "netfault: cannot create network namespaces here; skipped"
  exit 77
fi
ip netns add "$devns"
ip link add "sph$id" type veth peer name "spd$id"
ip link set "sph$id" netns "$hostns"
ip link set "spd$id" netns "$devns"
ip -n "$hostns" addr add "10.77.$net.1/24" dev "sph$id"
ip -n "$devns" addr add "10.77.$net.2/24" dev "spd$id"
for ns in "$hostns" "$devns"; do ip -n "$ns" link set lo up; done
ip -n "$hostns" link set "sph$id" up
ip -n "$devns" link set "spd$id" up

ip netns exec "$hostns" "$build/server/spirit-host" --bind "10.77.$net.1" --port 47809 --discovery-port 0 \
  --no-store --fast 20 --round-minutes 5 --warning-minutes 1 --start-after 4 --status-every 3600 \
  > "$work/host.out" 2>&1 &
for _ in $(seq 1 100); do grep -q "Console token" "$work/host.out" && break; sleep 0.1; done
code=$(grep "Join code" "$work/host.out" | awk '{print $3}')
token=$(grep "Console token" "$work/host.out" | awk '{print $NF}')
if [ -z "$code" ] || [ -z "$token" ]; then
  echo "netfault: the host did not start"; cat "$work/host.out"; exit 1
fi
ip netns exec "$devns" "$build/tools/fault-proxy/spirit-fault-proxy" --listen 127.0.0.1:40000 \
  --to "10.77.$net.1:47809" --loss 20 --delay 40 --jitter 30 --outage 10:5 --seed 7 --seconds 150 --heal-after 28 \
  > "$work/proxy.out" 2>&1 &
proxy=$!
for _ in $(seq 1 100); do grep -q "listening" "$work/proxy.out" && break; sleep 0.05; done
ip netns exec "$devns" "$build/tools/netfault-check/spirit-netfault-check" --via 127.0.0.1:40000 \
  --direct "10.77.$net.1:47809" --code "$code" --token "$token" --devices 8 --seconds 25 --heal-at 28
status=$?
kill "$proxy" 2>/dev/null; wait "$proxy" 2>/dev/null
cat "$work/proxy.out"
exit $status
