#!/usr/bin/env bash
# The example platform: the seed's production chain (upstream feed → ingestion → Kafka → consumer →
# Redis, with redis_exporter and Prometheus watching) under one supervisord, on free local ports,
# and the faults the agent is meant to handle.
#
#   scripts/platform.sh up      [--dir DIR]   start everything, wait until data flows, print ports
#   scripts/platform.sh status  [--dir DIR]   supervisorctl status and the ports
#   scripts/platform.sh chaos FAULT [--dir DIR]   inject a fault (see usage)
#   scripts/platform.sh heal    [--dir DIR]   undo every fault
#   scripts/platform.sh down    [--dir DIR]   stop supervisord and every child (idempotent)
#
# DIR defaults to $PLATFORM_DIR, else ./.platform. DIR/ports.env holds every port and path, in
# NAME=value lines a shell can source. Needs python3, supervisord, redis-server, redis-cli,
# prometheus, prometheus-redis-exporter, curl and a JDK 21+ (found like scripts/test.sh does).
# See examples/freshness-pipeline/platform/README.md.
set -euo pipefail

ROOT=$(cd -P -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)
MODULE=$ROOT/examples/freshness-pipeline/platform
TEMPLATES=$MODULE/templates
AGENT_TEMPLATES=$MODULE/agent
JAR=$MODULE/target/nightshift-platform.jar
CONSUMER=primary_processes:kafka_to_redis_entity
INGESTION=primary_processes:websocket_ingestion
FAULTS=(redis-clients consumer-dead consumer-hung feed-down redis-oom)
UP_TIMEOUT=${PLATFORM_UP_TIMEOUT:-180}
# The names every rendered template may use; ports.env holds exactly these.
PORT_NAMES=(FEED_PORT KAFKA_PORT KAFKA_CONTROLLER_PORT REDIS_PORT REDIS_EXPORTER_PORT
  PROMETHEUS_PORT CONSUMER_METRICS_PORT INGESTION_METRICS_PORT SUPERVISOR_PORT)

usage() {
  cat >&2 <<EOF
usage: scripts/platform.sh up|down|status|heal [--dir DIR]
       scripts/platform.sh chaos FAULT [--dir DIR]
faults: ${FAULTS[*]}
DIR defaults to \$PLATFORM_DIR, else ./.platform
EOF
  exit 2
}

die() {
  printf 'platform.sh: %s\n' "$*" >&2
  exit 1
}

say() {
  printf 'platform.sh: %s\n' "$*" >&2
}

main() {
  local command='' fault='' dir=${PLATFORM_DIR:-./.platform}
  while (($# > 0)); do
    case $1 in
      --dir)
        (($# >= 2)) || usage
        dir=$2
        shift 2
        ;;
      --dir=*)
        dir=${1#--dir=}
        shift
        ;;
      -h | --help) usage ;;
      -*) usage ;;
      *)
        if [[ -z $command ]]; then
          command=$1
        elif [[ $command == chaos && -z $fault ]]; then
          fault=$1
        else
          usage
        fi
        shift
        ;;
    esac
  done
  [[ -n $command ]] || usage
  [[ $command == chaos || -z $fault ]] || usage

  mkdir -p -- "$dir"
  DIR=$(cd -P -- "$dir" && pwd)
  # Paths land unquoted in config files (supervisord splits its command lines on spaces).
  [[ $DIR =~ ^[A-Za-z0-9_./+-]+$ ]] || die "--dir must be a path without spaces or quotes: $DIR"
  CONF=$DIR/supervisord.conf

  case $command in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    chaos) cmd_chaos "$fault" ;;
    heal) cmd_heal ;;
    *) usage ;;
  esac
}

# ---- up -------------------------------------------------------------------------------------

cmd_up() {
  local started=$SECONDS
  if supervisord_running; then
    die "already running in $DIR (supervisord pid $(supervisord_pid)); run: scripts/platform.sh down --dir $DIR"
  fi
  require_programs
  find_java
  ensure_built
  reset_dir
  write_ports_env
  load_ports_env
  render_dir "$TEMPLATES" "$DIR"
  if [[ -d $AGENT_TEMPLATES ]]; then
    render_dir "$AGENT_TEMPLATES" "$DIR/agent"
  fi
  format_kafka
  supervisord -c "$CONF" || die "supervisord did not start; see $LOG_DIR/supervisord.log"
  if ! await_ready; then
    if [[ -z ${PLATFORM_KEEP_ON_FAILURE:-} ]]; then
      say "stopping what started (set PLATFORM_KEEP_ON_FAILURE=1 to keep it); logs stay in $LOG_DIR"
      cmd_down
    fi
    exit 1
  fi
  print_ports
  printf 'platform up in %ss (dir %s)\n' "$((SECONDS - started))" "$DIR"
}

require_programs() {
  local program
  command -v python3 >/dev/null || die "python3 is required (free ports, templates)"
  for program in supervisord supervisorctl redis-server redis-cli prometheus \
    prometheus-redis-exporter curl; do
    command -v "$program" >/dev/null ||
      die "$program is not installed; scripts/install-test-deps.sh installs the platform's programs"
  done
}

find_java() {
  # shellcheck source=scripts/lib/jdk.sh
  source "$ROOT/scripts/lib/jdk.sh"
  # shellcheck disable=SC2119 # the minimum release is the library default
  JAVA_HOME=$(nightshift_find_jdk) || exit 1
  export JAVA_HOME
}

# Builds the module when its jar or copied dependencies are missing, or older than its sources.
ensure_built() {
  local stale=''
  if [[ ! -f $JAR || ! -d $MODULE/target/lib ]]; then
    stale=missing
  elif [[ -n $(find "$MODULE/src" "$MODULE/pom.xml" "$ROOT/pom.xml" -newer "$JAR" -print -quit) ]]; then
    stale=stale
  fi
  [[ -n $stale ]] || return 0
  say "building the platform module ($stale jar)"
  (
    cd "$ROOT"
    MAVEN_OPTS="${MAVEN_OPTS:-} $(nightshift_maven_opts "$JAVA_HOME")" \
      ./mvnw -q -B package -pl examples/freshness-pipeline/platform -DskipTests \
      -Dspotless.check.skip=true
  ) >&2 || die "building the platform module failed"
  touch "$JAR"
}

# Removes what an earlier run left in DIR (only the platform's own files).
reset_dir() {
  local name
  for name in kafka-data prometheus-data redis-data logs agent ports.env supervisord.conf \
    supervisord.pid supervisor.sock; do
    rm -rf -- "${DIR:?}/$name"
  done
  for name in "$TEMPLATES"/*; do
    rm -f -- "$DIR/${name##*/}"
  done
  mkdir -p "$DIR/logs" "$DIR/redis-data" "$DIR/kafka-data" "$DIR/prometheus-data"
}

write_ports_env() {
  local -a ports
  read -r -a ports <<<"$(free_ports "${#PORT_NAMES[@]}")"
  ((${#ports[@]} == ${#PORT_NAMES[@]})) || die "could not find ${#PORT_NAMES[@]} free ports"
  {
    printf '# Written by scripts/platform.sh up at %s.\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    local i
    for i in "${!PORT_NAMES[@]}"; do
      printf '%s=%s\n' "${PORT_NAMES[$i]}" "${ports[$i]}"
    done
    printf 'SUPERVISOR_SOCKET=%s\n' "$DIR/supervisor.sock"
    printf 'PLATFORM_DIR=%s\n' "$DIR"
    printf 'LOG_DIR=%s\n' "$DIR/logs"
    printf 'JAVA=%s\n' "$JAVA_HOME/bin/java"
    printf 'PLATFORM_CLASSPATH=%s\n' "$JAR:$MODULE/target/lib/*"
    printf 'REDIS_SERVER_BIN=%s\n' "$(command -v redis-server)"
    printf 'REDIS_EXPORTER_BIN=%s\n' "$(command -v prometheus-redis-exporter)"
    printf 'PROMETHEUS_BIN=%s\n' "$(command -v prometheus)"
    printf 'FEED_RATE=%s\n' "${PLATFORM_FEED_RATE:-200}"
    printf 'CHAOS_GRAB_SECONDS=%s\n' "${PLATFORM_CHAOS_GRAB_SECONDS:-120}"
  } >"$DIR/ports.env"
}

# Prints N distinct free TCP ports on 127.0.0.1, chosen below the kernel's ephemeral range so that
# no outgoing connection (the chaos client opens hundreds) can take one while its program restarts.
free_ports() {
  python3 - "$1" <<'PY'
import random, socket, sys
count = int(sys.argv[1])
try:
    with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
        ephemeral_low = int(f.read().split()[0])
except OSError:
    ephemeral_low = 32768
low, high = 20000, max(20000 + 1000, ephemeral_low - 1)
held, ports = [], []
for candidate in random.sample(range(low, high), min(2000, high - low)):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", candidate))
    except OSError:
        s.close()
        continue
    held.append(s)
    ports.append(candidate)
    if len(ports) == count:
        break
print(" ".join(map(str, ports)))
PY
}

load_ports_env() {
  [[ -f $DIR/ports.env ]] || die "no $DIR/ports.env: the platform was never started in $DIR"
  # shellcheck disable=SC1091 # written by write_ports_env
  source "$DIR/ports.env"
}

# Renders every file under $1 into $2 (same relative paths), replacing each ${NAME} with its value
# from ports.env; a name ports.env does not define is an error naming the file.
render_dir() {
  python3 - "$1" "$2" "$DIR/ports.env" <<'PY' || exit 1
import os, re, sys
source, target, env_file = sys.argv[1:4]
values = {}
with open(env_file) as f:
    for line in f:
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
pattern = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
errors = []
for folder, _, files in os.walk(source):
    for name in sorted(files):
        path = os.path.join(folder, name)
        with open(path) as f:
            text = f.read()
        unknown = sorted({m.group(1) for m in pattern.finditer(text)} - values.keys())
        if unknown:
            errors.append(f"{path}: unknown " + ", ".join("${" + u + "}" for u in unknown))
            continue
        out = os.path.join(target, os.path.relpath(path, source))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w") as f:
            f.write(pattern.sub(lambda m: values[m.group(1)], text))
        os.chmod(out, os.stat(path).st_mode & 0o777)
for error in errors:
    print("platform.sh: " + error, file=sys.stderr)
sys.exit(1 if errors else 0)
PY
}

format_kafka() {
  local cluster_id
  cluster_id=$(python3 -c 'import base64, uuid; print(base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode())')
  "$JAVA" -cp "$PLATFORM_CLASSPATH" kafka.tools.StorageTool format --cluster-id="$cluster_id" \
    -c "$DIR/server.properties" >"$LOG_DIR/kafka-format.log" 2>&1 ||
    die "formatting Kafka's storage failed: $(tail -n 5 "$LOG_DIR/kafka-format.log")"
}

# Waits until data flows end to end; on a timeout says what it waited for and shows that
# program's log.
await_ready() {
  local deadline=$((SECONDS + UP_TIMEOUT))
  await "$deadline" kafka "Kafka accepting on 127.0.0.1:$KAFKA_PORT" port_open "$KAFKA_PORT" &&
    await "$deadline" redis "Redis answering PING" redis_ping &&
    await "$deadline" websocket_ingestion "topic entity_filtered_v1 with 3 partitions" topic_exists &&
    await "$deadline" kafka_to_redis_entity "the consumer writing (freshness under 10s)" consumer_fresh &&
    await "$deadline" prometheus "Prometheus scraping the consumer's freshness" prometheus_has_freshness &&
    await "$deadline" redis_exporter "Prometheus scraping redis_exporter" prometheus_has_redis
}

await() {
  local deadline=$1 program=$2 what=$3 state
  shift 3
  until "$@" 2>/dev/null; do
    state=$(program_state "$(program_path "$program")")
    if [[ $state == FATAL || $state == EXITED || $SECONDS -ge $deadline ]]; then
      say "up failed after $((SECONDS - ${started:-0}))s: no $what (program $program is ${state:-unknown})"
      ctl status >&2 || true
      say "last lines of $LOG_DIR/$program.log:"
      tail -n 30 "$LOG_DIR/$program.log" >&2 2>/dev/null || true
      return 1
    fi
    sleep 0.5
  done
  say "ready after $((SECONDS - ${started:-0}))s: $what"
}

program_path() {
  case $1 in
    websocket_ingestion | kafka_to_redis_entity) printf 'primary_processes:%s\n' "$1" ;;
    *) printf '%s\n' "$1" ;;
  esac
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

redis_ping() {
  [[ $(redis-cli -p "$REDIS_PORT" ping) == PONG ]]
}

topic_exists() {
  local partition
  for partition in 0 1 2; do
    [[ -d $DIR/kafka-data/entity_filtered_v1-$partition ]] || return 1
  done
}

consumer_fresh() {
  local freshness
  freshness=$(curl -fsS --max-time 2 "http://127.0.0.1:$CONSUMER_METRICS_PORT/metrics" |
    awk '$1 == "entity_data_freshness_seconds" { print $2 }')
  [[ -n $freshness ]] && awk -v f="$freshness" 'BEGIN { exit !(f < 10) }'
}

prometheus_has_freshness() {
  prometheus_has 'entity_data_freshness_seconds{job="kafka_to_redis_entity"}'
}

prometheus_has_redis() {
  prometheus_has 'redis_connected_clients'
}

prometheus_has() {
  curl -fsS --max-time 2 -G "http://127.0.0.1:$PROMETHEUS_PORT/api/v1/query" \
    --data-urlencode "query=$1" | grep -q '"result":\[{'
}

print_ports() {
  printf 'ports (%s):\n' "$DIR/ports.env"
  local name
  for name in "${PORT_NAMES[@]}"; do
    printf '  %-24s %s\n' "$name" "${!name}"
  done
  printf '  %-24s %s\n' SUPERVISOR_SOCKET "$SUPERVISOR_SOCKET" LOG_DIR "$LOG_DIR"
  printf 'freshness: curl -G http://127.0.0.1:%s/api/v1/query --data-urlencode query=entity_data_freshness_seconds\n' \
    "$PROMETHEUS_PORT"
}

# ---- down -----------------------------------------------------------------------------------

cmd_down() {
  if ! supervisord_running; then
    say "nothing running in $DIR"
    return 0
  fi
  local supervisor_pid pid
  supervisor_pid=$(supervisord_pid)
  local -a pids=()
  mapfile -t pids < <(child_pids)
  # A SIGSTOPped program cannot act on SIGTERM; let it run so it can shut down.
  for pid in "${pids[@]}"; do
    kill -CONT "$pid" 2>/dev/null || true
  done
  ctl shutdown >/dev/null || kill -TERM "$supervisor_pid" 2>/dev/null || true
  local deadline=$((SECONDS + 30)) alive
  while :; do
    alive=$(alive_pids "$supervisor_pid" "${pids[@]}")
    [[ -n $alive ]] || break
    if ((SECONDS >= deadline)); then
      say "still running after 30s, killing: $alive"
      # shellcheck disable=SC2086 # a list of pids
      kill -KILL $alive 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  rm -f -- "$DIR/supervisord.pid" "$DIR/supervisor.sock"
  say "stopped supervisord ($supervisor_pid) and ${#pids[@]} programs"
}

supervisord_pid() {
  local pid
  [[ -f $DIR/supervisord.pid ]] || return 1
  read -r pid <"$DIR/supervisord.pid" || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  printf '%s\n' "$pid"
}

# True when the pidfile names a live supervisord (not a recycled pid).
supervisord_running() {
  local pid
  pid=$(supervisord_pid) || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q supervisord
}

# The pids of every program supervisord runs now.
child_pids() {
  ctl pid all 2>/dev/null | awk '/^[0-9]+$/ && $1 > 0'
}

alive_pids() {
  local pid out=''
  for pid in "$@"; do
    if kill -0 "$pid" 2>/dev/null; then
      out+="$pid "
    fi
  done
  printf '%s' "${out% }"
}

# ---- status, chaos, heal --------------------------------------------------------------------

cmd_status() {
  supervisord_running || die "not running in $DIR"
  load_ports_env
  ctl status || true
  print_ports
}

cmd_chaos() {
  local fault=$1
  if [[ -z $fault ]]; then
    printf 'platform.sh: chaos needs a fault: %s\n' "${FAULTS[*]}" >&2
    exit 2
  fi
  if [[ ! " ${FAULTS[*]} " == *" $fault "* ]]; then
    printf 'platform.sh: unknown fault "%s"; faults: %s\n' "$fault" "${FAULTS[*]}" >&2
    exit 2
  fi
  supervisord_running || die "not running in $DIR; run: scripts/platform.sh up --dir $DIR"
  load_ports_env
  case $fault in
    redis-clients)
      ctl start chaos_redis_clients
      say "chaos_redis_clients fills Redis to maxclients and keeps taking freed slots for up to ${CHAOS_GRAB_SECONDS}s or until one is killed; log: $LOG_DIR/chaos_redis_clients.log"
      ;;
    consumer-dead) ctl stop "$CONSUMER" ;;
    consumer-hung)
      local pid
      pid=$(program_pid "$CONSUMER")
      [[ $pid -gt 0 ]] || die "$CONSUMER is not running"
      kill -STOP "$pid"
      say "sent SIGSTOP to $CONSUMER (pid $pid): supervisord still says RUNNING"
      ;;
    feed-down) ctl stop upstream_feed ;;
    redis-oom) redis_oom ;;
  esac
}

# Sets maxmemory just above what Redis used before one large key (chaos:filler) was written, with
# noeviction: Redis is then over its limit and refuses every write that may grow memory with OOM.
# (The key goes in first: while a limit is set, Redis counts the big command's own query buffer
# and refuses it.)
redis_oom() {
  local used limit margin=$((64 * 1024))
  used=$(redis INFO memory | awk -F: '$1 == "used_memory" { print $2 + 0 }')
  [[ $used =~ ^[0-9]+$ ]] || die "could not read used_memory from Redis on port $REDIS_PORT"
  limit=$((used + margin))
  head -c $((4 * margin)) /dev/zero | tr '\0' x | redis -x SET chaos:filler >/dev/null
  redis CONFIG SET maxmemory-policy noeviction >/dev/null
  redis CONFIG SET maxmemory "$limit" >/dev/null
  say "Redis maxmemory is $limit bytes (used_memory was $used, and chaos:filler took $((4 * margin)) more): writes now fail with OOM"
}

cmd_heal() {
  supervisord_running || die "not running in $DIR"
  load_ports_env
  # First, so Redis has room for the redis-cli calls below.
  if [[ $(program_state chaos_redis_clients) == RUNNING ]]; then
    ctl stop chaos_redis_clients
  fi
  local pid program state
  pid=$(program_pid "$CONSUMER")
  if [[ $pid -gt 0 && $(process_state "$pid") == T ]]; then
    kill -CONT "$pid"
    say "sent SIGCONT to $CONSUMER (pid $pid)"
  fi
  for program in upstream_feed "$INGESTION" "$CONSUMER"; do
    state=$(program_state "$program")
    if [[ $state != RUNNING && $state != STARTING ]]; then
      ctl start "$program"
    fi
  done
  redis_retry CONFIG SET maxmemory 0
  redis_retry DEL chaos:filler
  say "healed: no chaos clients, no stopped or hung programs, no Redis memory limit"
}

# ---- helpers --------------------------------------------------------------------------------

ctl() {
  supervisorctl -c "$CONF" "$@"
}

program_state() {
  ctl status "$1" 2>/dev/null | awk 'NR == 1 { print $2 }' || true
}

program_pid() {
  local pid
  pid=$(ctl pid "$1" 2>/dev/null || true)
  [[ $pid =~ ^[0-9]+$ ]] && printf '%s\n' "$pid" || printf '0\n'
}

process_state() {
  awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null || true
}

redis() {
  redis-cli -p "$REDIS_PORT" "$@"
}

# For right after the chaos clients stopped: Redis may not have closed their connections yet.
redis_retry() {
  local attempt reply
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if reply=$(redis "$@" 2>&1) && [[ $reply != *ERR* ]]; then
      return 0
    fi
    sleep 0.3
  done
  die "redis-cli $* failed after $attempt attempts: $reply"
}

main "$@"
