#!/bin/bash
# Runs a command inside a throw-away PostgreSQL cluster (pg_virtualenv from postgresql-common)
# with PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE set. -t keeps the cluster in a temporary
# directory even as root (as root pg_virtualenv otherwise uses the system-wide cluster name
# 15/regress, and two runs at once collide); the port is one that nothing listens on, so
# parallel runs (ctest -j, other worktrees, CI) do not collide on 5432 either.
set -euo pipefail
for _ in 1 2 3 4 5 6 7 8 9 10; do
  port=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
    exec pg_virtualenv -t -o "port=${port}" "$@"
  fi
done
echo "with-postgres.sh: no free port found" >&2
exit 1
