#!/bin/bash
# The streaming replica: on the first start a base backup of the primary (-R: standby.signal and
# primary_conninfo), then PostgreSQL as a hot standby.
set -euo pipefail
PGDATA=/var/lib/postgresql/data
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h primary -p 5432 -U replicator; do sleep 1; done
  pg_basebackup -h primary -p 5432 -U replicator -D "$PGDATA" -R -X stream -c fast
  chmod 700 "$PGDATA"
fi
exec postgres -D "$PGDATA" -c hot_standby=on
