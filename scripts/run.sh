#!/usr/bin/env bash
# Serve the site. With CELERY_BROKER_URL set, also start a worker and beat, stopped with the server.
set -euo pipefail
host=$1 port=$2
bin=.venv/bin
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM
if [ -n "${CELERY_BROKER_URL:-}" ]; then
  "$bin/celery" -A marketplace worker -Q moderation,default,photos --loglevel INFO &
  pids+=($!)
  "$bin/celery" -A marketplace beat --loglevel INFO --schedule var/celerybeat-schedule &
  pids+=($!)
  echo "worker and beat started on $CELERY_BROKER_URL"
else
  echo "CELERY_BROKER_URL unset: moderation tasks run in-process"
fi
"$bin/python" manage.py runserver "$host:$port"
