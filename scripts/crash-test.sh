#!/usr/bin/env bash
# Two nodes as separate JVMs from the packaged jar on one fresh PostgreSQL database; one is killed with SIGKILL
# under webhook load and restarted; every accepted ticket must end once (see docs/operations.md, "Faults").
# Needs a local PostgreSQL (TEST_PG_URL, TEST_PG_USER, TEST_PG_PASSWORD; default 127.0.0.1:5432, postgres).
# Usage: scripts/crash-test.sh [tickets]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q package -DskipTests
./mvnw -o failsafe:integration-test failsafe:verify -Dit.test=NodeCrashIT -Dtriage.crash.tickets="${1:-300}"
grep -h "Node crash:" target/failsafe-reports/*NodeCrashIT-output.txt
