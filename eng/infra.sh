#!/usr/bin/env bash
# Local infrastructure for the platform's services and tests: PostgreSQL 15, Redis, RabbitMQ and an SMTP sink from
# Debian packages, run as plain processes (no systemd, no docker). Everything lives under $PLATFORM_DATA.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: eng/infra.sh install                               install missing Debian packages
       eng/infra.sh start  [SERVER ...]                   start (default: all), wait until ready
       eng/infra.sh stop   [SERVER ...]                   stop, leaving no process behind
       eng/infra.sh status [SERVER ...]                   exit 0 if all running, 3 otherwise
       eng/infra.sh crash  SERVER ...                     SIGKILL the server's processes, as a crash would (the chaos
                                                          suite's fault; 'start' brings it back through its recovery)
       eng/infra.sh run    SERVER                         one server in the foreground, its log on stdout, until
                                                          TERM or INT (how the AppHost runs it)
       eng/infra.sh env                                   connection strings for the services
       eng/infra.sh rabbitmqctl ARGS...                   rabbitmqctl against this instance's node
servers: postgres, redis, rabbitmq, smtp (a sink: every message it receives lands in $PLATFORM_DATA/smtp/maildir)
environment: PLATFORM_DATA [<repo>/.data/infra], PLATFORM_PG_PORT [55432], PLATFORM_REDIS_PORT [56379],
             PLATFORM_RABBITMQ_PORT [55672], PLATFORM_RABBITMQ_EPMD_PORT [+1], PLATFORM_RABBITMQ_DIST_PORT [+2],
             PLATFORM_SMTP_PORT [52525],
             PLATFORM_PG_FAST=1 (tests only), PLATFORM_PG_TLS_DIR (server.crt and server.key: TLS on)
EOF
}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA=$(realpath -m "${PLATFORM_DATA:-$REPO/.data/infra}")
PASSWORD=platform
# The newest installed PostgreSQL (15 on Debian 12, 16 on Ubuntu 24.04); found again after an install.
pg_bin() { find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1; }
PG_BIN=$(pg_bin)
PG_DIR=$DATA/postgres PG_LOG=$DATA/postgres/postgres.log
REDIS_DIR=$DATA/redis
declare -A PORT=([postgres]=${PLATFORM_PG_PORT:-55432} [redis]=${PLATFORM_REDIS_PORT:-56379}
                 [rabbitmq]=${PLATFORM_RABBITMQ_PORT:-55672} [smtp]=${PLATFORM_SMTP_PORT:-52525})
RMQ_DIR=$DATA/rabbitmq RMQ_BIN=/usr/lib/rabbitmq/bin RMQ_NAME=platform${PORT[rabbitmq]}
# fonts-dejavu-core: the claims service sets its printable PDFs in DejaVu Sans (Lookup/PdfFonts.cs).
# python3-aiosmtpd: the SMTP sink that stands in for the plan's mail relay locally (the dispute letters, DSP-06/08).
PACKAGES=(postgresql redis-server rabbitmq-server fonts-dejavu-core python3-aiosmtpd)
SMTP_DIR=$DATA/smtp SMTP_MAILDIR=$DATA/smtp/maildir

say() { echo "infra: $*"; }
die() { echo "infra: $*" >&2; exit 1; }
not() { ! "$@"; }
now_ms() { local t=${EPOCHREALTIME//[.,]/}; echo $((t / 1000)); }

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT (no client tool needed).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for SECONDS CMD...: polls CMD until it succeeds; false once the time is up.
wait_for() {
  local end=$((SECONDS + $1)); shift
  until "$@"; do ((SECONDS < end)) || return 1; sleep 0.2; done
}

# fail_with_log NAME LOG...: a server did not come up; show why and stop the script.
fail_with_log() {
  echo "infra: $1 did not become ready; end of its log:" >&2 && shift
  tail -n 25 "$@" >&2 2>/dev/null || true
  exit 1
}

cmd_install() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) == "install ok installed" ]] || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  ((EUID == 0)) || die "missing packages: ${missing[*]}; install them with:" \
    "sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  say "installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  PG_BIN=$(pg_bin)
}

# --- PostgreSQL ------------------------------------------------------------------------------------------
# initdb, pg_ctl and postgres refuse to run as root: as root run them as the package's postgres user
# (from / so that an unreadable current folder does not bother them); as anyone else run them directly.
as_pg() {
  if ((EUID == 0)); then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# As root, the postgres user must be able to traverse every parent of its folder, and a repo may sit under
# e.g. /root (mode 700). We grant traversal (o+x: enter by name, no listing) on the parents that lack it
# rather than fail: it is the smallest change that works, and each one is reported. Whatever o+x cannot fix
# (ACLs, group bits) ends in a clear error.
pg_reach_data() {
  runuser -u postgres -- test -x "$DATA" && return 0
  local dir="" part parts
  IFS=/ read -ra parts <<<"${DATA#/}"
  for part in "${parts[@]}"; do
    dir+=/$part
    runuser -u postgres -- test -x "$dir" && continue
    chmod o+x "$dir"
    say "chmod o+x $dir (lets the postgres user reach $PG_DIR)"
  done
  runuser -u postgres -- test -x "$DATA" ||
    die "the postgres user cannot reach $DATA; set PLATFORM_DATA to a folder it can traverse"
}

postgres_running() { as_pg "$PG_BIN/pg_ctl" status -D "$PG_DIR/data" >/dev/null 2>&1; }

# The data folder, initialised once; the server's options.
postgres_prepare() {
  mkdir -p "$PG_DIR" && : >>"$PG_LOG"
  if ((EUID == 0)); then pg_reach_data; chown postgres: "$PG_DIR" "$PG_LOG"; fi
  chmod 700 "$PG_DIR"
  if [[ ! -f $PG_DIR/data/PG_VERSION ]]; then
    printf '%s\n' "$PASSWORD" >"$PG_DIR/pwfile"
    ((EUID)) || chown postgres: "$PG_DIR/pwfile"
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pwfile" -A scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >>"$PG_LOG" 2>&1 || { rm -f "$PG_DIR/pwfile"; fail_with_log postgres "$PG_LOG"; }
    rm -f "$PG_DIR/pwfile"
  fi
  # The socket goes into our folder instead of /var/run/postgresql, which may not exist or be writable.
  # Every service keeps a pool of its own (Npgsql: up to 100 each) and tests run several services at once: the
  # default of 100 connections runs out under load.
  PG_OPTS=(-c listen_addresses=127.0.0.1 -p "${PORT[postgres]}" -k "$PG_DIR" -c max_connections=400)
  [[ ${PLATFORM_PG_FAST:-} == 1 ]] && PG_OPTS+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
  # TLS: the server's certificate and key (PEM) are copied beside the data, where the server's user owns them and
  # PostgreSQL accepts the key's mode (0600).
  if [[ -n ${PLATFORM_PG_TLS_DIR:-} ]]; then
    install -m 600 "$PLATFORM_PG_TLS_DIR/server.crt" "$PLATFORM_PG_TLS_DIR/server.key" "$PG_DIR/"
    ((EUID)) || chown postgres: "$PG_DIR/server.crt" "$PG_DIR/server.key"
    PG_OPTS+=(-c ssl=on -c "ssl_cert_file=$PG_DIR/server.crt" -c "ssl_key_file=$PG_DIR/server.key")
  fi
  return 0
}

postgres_start() {
  postgres_prepare
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_LOG" -w -t 30 -o "${PG_OPTS[*]@Q}" start >/dev/null ||
    fail_with_log postgres "$PG_LOG"
}

# In the foreground: INT is PostgreSQL's fast shutdown (TERM would wait for every client to disconnect). As root,
# setpriv execs the server as the postgres user, so the server itself is the process to signal.
postgres_run() {
  postgres_prepare
  if ((EUID == 0)); then
    (cd / && exec setpriv --reuid=postgres --regid=postgres --init-groups -- "$PG_BIN/postgres" -D "$PG_DIR/data" "${PG_OPTS[@]}") &
  else
    "$PG_BIN/postgres" -D "$PG_DIR/data" "${PG_OPTS[@]}" &
  fi
  foreground INT $!
}

postgres_stop() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null; }

# --- Redis (cache only: no persistence) -----------------------------------------------------------------
redis_cli() { redis-cli -h 127.0.0.1 -p "${PORT[redis]}" "$@"; }
redis_running() { [[ $(redis_cli ping 2>/dev/null) == PONG ]]; }

REDIS_OPTS=(--bind 127.0.0.1 --port "${PORT[redis]}" --dir "$REDIS_DIR" --save '' --appendonly no)
redis_start() {
  mkdir -p "$REDIS_DIR"
  redis-server "${REDIS_OPTS[@]}" --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log"
  wait_for 10 redis_running || fail_with_log redis "$REDIS_DIR/redis.log"
}

# TERM is Redis's own clean shutdown.
redis_run() { mkdir -p "$REDIS_DIR" && exec redis-server "${REDIS_OPTS[@]}"; }

redis_stop() {
  local pid; pid=$(cat "$REDIS_DIR/redis.pid" 2>/dev/null || true)
  redis_cli shutdown nosave >/dev/null 2>&1 || true
  [[ -z $pid ]] || wait_for 10 not kill -0 "$pid" 2>/dev/null || die "redis (pid $pid) did not stop"
}

# --- RabbitMQ --------------------------------------------------------------------------------------------
# The node, its epmd and rabbitmqctl all need the same environment. Ports and node name derive from the AMQP
# port so that instances with different ports never see each other (distinct epmd, node and cookie).
rmq_env() {
  local port=${PORT[rabbitmq]}
  export HOME=$RMQ_DIR RABBITMQ_NODENAME=$RMQ_NAME@localhost \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$port \
    RABBITMQ_DIST_PORT=${PLATFORM_RABBITMQ_DIST_PORT:-$((port + 2))} \
    ERL_EPMD_PORT=${PLATFORM_RABBITMQ_EPMD_PORT:-$((port + 1))} ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_MNESIA_BASE=$RMQ_DIR/mnesia RABBITMQ_LOG_BASE=$RMQ_DIR/log \
    RABBITMQ_CONFIG_FILE=$RMQ_DIR/rabbitmq.conf RABBITMQ_ENABLED_PLUGINS_FILE=$RMQ_DIR/enabled_plugins \
    RABBITMQ_ADVANCED_CONFIG_FILE=$RMQ_DIR/advanced.config RABBITMQ_CONF_ENV_FILE=$RMQ_DIR/rabbitmq-env.conf \
    ERL_CRASH_DUMP=$RMQ_DIR/erl_crash.dump
  # (the advanced and env files need not exist: they only keep /etc/rabbitmq out of this node's configuration;
  # a node or rabbitmqctl that dies writes its crash dump beside the data, not into the caller's directory)
  # Erlang distribution listens on all interfaces unless told otherwise (node and rabbitmqctl alike).
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}' \
    RABBITMQ_CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
}
rmqctl() { (rmq_env && "$RMQ_BIN/rabbitmqctl" "$@"); }
# The node is known to this instance's epmd: it is up, or still booting (AMQP port not open yet).
rmq_registered() { [[ $(rmq_env && epmd -names 2>/dev/null) == *"name $RMQ_NAME "* ]]; }
# Both checks take milliseconds (rabbitmqctl ping takes a second); the second tells our node from any
# other program on the port.
rabbitmq_running() { port_open "${PORT[rabbitmq]}" && rmq_registered; }
# This instance's epmd answers: true too while the node boots, or if it died and left epmd behind.
rmq_epmd_up() { (rmq_env && epmd -names >/dev/null 2>&1); }
# The launcher's pid, only if that process still is our rabbitmq-server (a pid file can outlive a reboot).
rmq_pid() {
  local pid; pid=$(cat "$RMQ_DIR/rabbitmq.pid" 2>/dev/null) || return 0
  if grep -qs rabbitmq-server "/proc/$pid/cmdline"; then echo "$pid"; fi
}

rmq_ready() {
  # The launched process dying (bad config, port taken) is a failure now, not in 90 s.
  kill -0 "$(cat "$RMQ_DIR/rabbitmq.pid")" 2>/dev/null || rmq_fail
  port_open "${PORT[rabbitmq]}" && rmqctl --timeout 30 await_startup >/dev/null 2>&1
}

# A failed start leaves nothing behind (node still booting, epmd). The stop runs in a subshell so that a
# failure in it cannot end the script before the log is shown.
rmq_fail() {
  (rabbitmq_stop) >/dev/null 2>&1 || true
  fail_with_log rabbitmq "$RMQ_DIR/log/$RMQ_NAME@localhost.log" "$RMQ_DIR/rabbitmq.log"
}

rabbitmq_configure() {
  mkdir -p "$RMQ_DIR"
  cat >"$RMQ_DIR/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:${PORT[rabbitmq]}
default_user = platform
default_pass = $PASSWORD
default_vhost = /
loopback_users = none
log.console = false
log.file.level = info
EOF
  echo '[].' >"$RMQ_DIR/enabled_plugins"
}

rabbitmq_start() {
  rabbitmq_configure
  # A node still booting from an earlier 'start' is awaited, not launched a second time.
  if ! rmq_registered; then
    # setsid + nohup: the node must outlive the calling shell and its terminal.
    # A simple command (not a list) in the background, so that $! is the server's launcher itself.
    (
      rmq_env
      cd "$RMQ_DIR"
      setsid nohup "$RMQ_BIN/rabbitmq-server" </dev/null >>"$RMQ_DIR/rabbitmq.log" 2>&1 &
      echo $! >"$RMQ_DIR/rabbitmq.pid"
    )
  fi
  wait_for 90 rmq_ready || rmq_fail
}

rabbitmq_stop() {
  local pid; pid=$(rmq_pid)
  if rmq_registered; then
    # TERM to the launcher script also stops the node cleanly: the fallback if rabbitmqctl cannot.
    rmqctl stop >/dev/null 2>&1 || { [[ -n $pid ]] && kill "$pid" 2>/dev/null; } || true
  fi
  [[ -z $pid ]] || wait_for 30 not kill -0 "$pid" 2>/dev/null || die "rabbitmq (pid $pid) did not stop"
  rm -f "$RMQ_DIR/rabbitmq.pid"
  # The node started its own epmd on ERL_EPMD_PORT; kill only that one.
  (rmq_env && epmd -kill >/dev/null 2>&1) || true
}

# The AppHost gives the node a new port each run, so it gets a name that does not follow the port: its data folder
# (named after the node) then survives restarts, and with it every message a durable queue holds.
rabbitmq_run() {
  RMQ_NAME=platform-apphost
  rabbitmq_configure
  (rmq_env && cd "$RMQ_DIR" && exec "$RMQ_BIN/rabbitmq-server") &
  local rc=0
  foreground TERM $! || rc=$?
  (rmq_env && epmd -kill >/dev/null 2>&1) || true
  return "$rc"
}

# --- SMTP sink ------------------------------------------------------------------------------------------
# aiosmtpd's Mailbox handler accepts every message and files it in a Maildir (new/ then, once read, cur/): the tests
# read what was sent from there. Debian's own python, whatever python3 comes first on the PATH (pyenv, a venv).
SMTP_ARGS=(/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:${PORT[smtp]}" -c aiosmtpd.handlers.Mailbox "$SMTP_MAILDIR")
smtp_pid() {
  local pid; pid=$(cat "$SMTP_DIR/smtp.pid" 2>/dev/null) || return 0
  if grep -qs aiosmtpd "/proc/$pid/cmdline"; then echo "$pid"; fi
}
# Our sink's process, and its port answering with the SMTP greeting's code.
smtp_greets() { (exec 3<>"/dev/tcp/127.0.0.1/${PORT[smtp]}" && read -r -t 2 line <&3 && [[ $line == 220* ]]) 2>/dev/null; }
smtp_running() { [[ -n $(smtp_pid) ]] && smtp_greets; }

smtp_start() {
  mkdir -p "$SMTP_MAILDIR"/{tmp,new,cur}
  (setsid nohup "${SMTP_ARGS[@]}" </dev/null >>"$SMTP_DIR/smtp.log" 2>&1 & echo $! >"$SMTP_DIR/smtp.pid")
  wait_for 15 smtp_greets || fail_with_log smtp "$SMTP_DIR/smtp.log"
}

smtp_run() { mkdir -p "$SMTP_MAILDIR"/{tmp,new,cur} && exec "${SMTP_ARGS[@]}"; }

smtp_stop() {
  local pid; pid=$(smtp_pid)
  [[ -z $pid ]] || { kill "$pid" 2>/dev/null; wait_for 10 not kill -0 "$pid" 2>/dev/null; } || die "smtp (pid $pid) did not stop"
  rm -f "$SMTP_DIR/smtp.pid"
}

smtp_crash() { crash_pids "$(smtp_pid)"; }

# foreground SIGNAL PID: waits for PID, handing TERM and INT on to it as SIGNAL; returns its exit code.
foreground() {
  local signal=$1 pid=$2 rc=0
  trap "kill -$signal $pid 2>/dev/null" TERM INT
  wait "$pid" || rc=$?
  # A trapped signal ends the first wait early; wait again for the server itself to finish.
  while kill -0 "$pid" 2>/dev/null; do rc=0; wait "$pid" || rc=$?; done
  return "$rc"
}

# --- Crashes (the chaos suite) ---------------------------------------------------------------------------
# alive PID: the process exists and is not a zombie (a container's init may be slow to reap, or never reap).
alive() { [[ -r /proc/$1/stat ]] && [[ $(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) != Z ]]; }
# children_of PID: its child processes' pids (from /proc: no procps needed).
children_of() { awk -v parent="$1" '$4 == parent { print $1 }' /proc/[0-9]*/stat 2>/dev/null || true; }

# crash_pids PID...: SIGKILL the processes and wait until they are gone (a dying process keeps its ports until then).
crash_pids() {
  (($#)) || return 0
  kill -KILL "$@" 2>/dev/null || true
  local pid
  for pid in "$@"; do wait_for 10 not alive "$pid" || die "pid $pid outlived SIGKILL"; done
}

# The postmaster first, so that it cannot restart its children, then the children, which would otherwise finish their
# statements: together, what a machine losing power leaves (minus the page cache, which a process crash keeps).
postgres_crash() {
  local pid; pid=$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null) || return 0
  local children; children=$(children_of "$pid")
  crash_pids "$pid"
  # shellcheck disable=SC2086 # one pid per word
  crash_pids $children
  # A killed postmaster leaves its lock files. PostgreSQL ignores stale ones unless the dead pid is still a zombie,
  # which it cannot tell from a live server (and a container's init may never reap): every process is gone, so drop them.
  rm -f "$PG_DIR/data/postmaster.pid" "$PG_DIR/.s.PGSQL.${PORT[postgres]}.lock"
}

redis_crash() { crash_pids "$(cat "$REDIS_DIR/redis.pid")"; }

# The node (beam.smp, which the launcher script becomes or starts); its epmd stays, as after a real crash of the node.
rabbitmq_crash() {
  local pid; pid=$(rmq_pid)
  [[ -n $pid ]] || return 0
  # shellcheck disable=SC2046 # one pid per word
  crash_pids "$pid" $(children_of "$pid")
  rm -f "$RMQ_DIR/rabbitmq.pid"
}

cmd_crash() {
  local s
  for s in "$@"; do
    if "${s}_running"; then "${s}_crash"; say "$s crashed (SIGKILL)"; else say "$s not running"; fi
  done
}

# --- Commands --------------------------------------------------------------------------------------------
cmd_start() {
  cmd_install
  local s t0
  for s in "$@"; do
    if "${s}_running"; then say "$s already running on port ${PORT[$s]}"; continue; fi
    t0=$(now_ms)
    "${s}_start"
    local ms=$(($(now_ms) - t0))
    say "$s started on port ${PORT[$s]} in $((ms / 1000)).$((ms % 1000 / 100)) s"
  done
}

cmd_stop() {
  local s
  for s in "$@"; do
    # A rabbitmq with only its epmd up (booting, or a crashed node) needs stopping too.
    if "${s}_running" || { [[ $s == rabbitmq ]] && rmq_epmd_up; }; then
      "${s}_stop"; say "$s stopped"
    else
      say "$s not running"
    fi
  done
}

cmd_status() {
  local s state rc=0
  for s in "$@"; do
    if "${s}_running"; then state=running; else state=stopped rc=3; fi
    printf '%-9s %-8s %s\n' "$s" "$state" "${PORT[$s]}"
  done
  return "$rc"
}

cmd_env() {
  echo "ConnectionStrings__postgres=Host=127.0.0.1;Port=${PORT[postgres]};Username=postgres;Password=$PASSWORD"
  echo "ConnectionStrings__cache=127.0.0.1:${PORT[redis]}"
  echo "ConnectionStrings__messaging=amqp://platform:$PASSWORD@127.0.0.1:${PORT[rabbitmq]}/"
  echo "ConnectionStrings__smtp=smtp://127.0.0.1:${PORT[smtp]}"
  echo "PLATFORM_SMTP_MAILDIR=$SMTP_MAILDIR"
}

main() {
  local cmd=${1:-help}
  shift || true
  case $cmd in
    install) cmd_install ;;
    env) cmd_env ;;
    rabbitmqctl) rmqctl "$@" ;;
    run)
      [[ $# -eq 1 && -v PORT[$1] ]] || { usage >&2; exit 2; }
      cmd_install
      "$1_run" ;;
    start | stop | status | crash)
      # Every server by default, except for a crash, which must name its victims.
      (($#)) || [[ $cmd == crash ]] || set -- postgres redis rabbitmq smtp
      (($#)) || { usage >&2; exit 2; }
      local s
      for s in "$@"; do [[ -v PORT[$s] ]] || { usage >&2; die "unknown server '$s'"; }; done
      "cmd_$cmd" "$@" ;;
    help | -h | --help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
