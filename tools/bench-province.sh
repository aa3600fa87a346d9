#!/usr/bin/env bash
# Benchmarks of issue 14: PostgreSQL against SQLite, several instances on one PostgreSQL and one Redis, and the
# province-sized database (1,200,000 figures). Starts throwaway servers on this machine only, on ports 5320–5329:
#   5320 PostgreSQL (Unix socket in /tmp, no TCP)   5321 redis-server   5322 instance A   5323 instance B
#   5324 a SQLite portal
# Everything lives in $RUN (default /tmp/bench-province) and is thrown away by `down --purge`.
# Release builds (`build` makes them). Results are printed; copy them into BENCHMARKS.md by hand.
# Usage: tools/bench-province.sh COMMAND [RUNS]     (tools/bench-province.sh --help)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN=${RUN:-/tmp/bench-province}
PG_PORT=${PG_PORT:-5320} REDIS_PORT=${REDIS_PORT:-5321} PORT_A=${PORT_A:-5322} PORT_B=5323 PORT_SQLITE=5324
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PORTAL_DLL=${PORTAL_DLL:-$repo/Portal/bin/Release/net10.0/Portal.dll}
LOAD_DLL=$repo/Portal.LoadTest/bin/Release/net10.0/Portal.LoadTest.dll
PROVINCE_DIVISIONS=2000 PROVINCE_KPIS=50 # 100 libraries × 20 divisions, 50 KPIs, 12 months: 1,200,000 figures

usage() {
    cat <<'EOF'
tools/bench-province.sh COMMAND [RUNS]   (RUNS: how many times each measurement is repeated, default 3)

  build         Release builds of the portal and the load tool
  up            a PostgreSQL cluster (port 5320, socket in /tmp) and a redis-server (127.0.0.1:5321)
  down [--purge] stops every server this script started; --purge also deletes $RUN (/tmp/bench-province)
  put [RUNS]    a. single-figure PUTs, PostgreSQL then SQLite per run: 1 client (10 s after 5 s warm-up), an
                offered 1,000 saves/s (10 s after 1 s) and 16 clients (10 s after 2 s), plus the portal's CPU per save in a further warm 10 s one-client run
  import [RUNS] b. 100,000-row CSV import into the province-sized plan 2099, PostgreSQL then SQLite per run
  hub [RUNS]    c. hub fan-out on PostgreSQL + Redis: 1,000 clients on instance A; 500 + 500 on A and B;
                and cross-instance delivery (saves on A, 100 clients on B only)
  province [RUNS] d. the province database (2,000 divisions × 50 KPIs × 12 months = 1,200,000 figures) in
                PostgreSQL and in SQLite, then the cold start to the first 200 of GET /api/plans/2099/dashboard
  rate [RUNS]   g. one warm portal per database, then RUNS open-loop runs at 1,000 saves/s; with dotnet-counters
                on PATH also the portal's runtime and Kestrel counters per second ($RUN/counters-KIND-RUN.csv)
                and its most JIT time in one second. WARM=60 adds a 60 s run at 1,000/s before them.
  all [RUNS]    up, then put, import, hub and province

Each measurement prints the 1-minute load average before and after it (`uptime`).
KINDS limits put and import to some databases (default "pg sqlite"; e.g. KINDS=pg).
PG_EXTRA is appended to the portal's PostgreSQL connection string, for experiments (e.g. ";Max Auto Prepare=0").
PORTAL_ARGS adds options to the portal of `rate` (e.g. "--Portal:Reporting:RemindersEnabled false").
PORTAL_DLL runs another build of the portal (default Portal/bin/Release/net10.0/Portal.dll; e.g. a ReadyToRun publish).
PG_USER is the role the portal connects as (default portal, the cluster's superuser, which skips row-level security;
tools/bench-rls.sh measures with and without it).
EOF
}

say() { echo "== $*" >&2; }
fail() { echo "bench-province: $*" >&2; exit 1; }
load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# --- servers ---------------------------------------------------------------------------------------------------

pg() { runuser -u postgres -- "$PG_BIN/$1" "${@:2}"; }
psql_bench() { pg psql -h /tmp -p "$PG_PORT" -U portal -v ON_ERROR_STOP=1 -q "$@"; }

up() {
    [ -n "$PG_BIN" ] || fail "PostgreSQL is not installed (apt-get install postgresql)"
    command -v redis-server >/dev/null || fail "redis-server is missing (apt-get install redis-server)"
    mkdir -p "$RUN" && chown postgres:postgres "$RUN"
    if [ ! -d "$RUN/pg" ]; then
        say "initdb in $RUN/pg"
        pg initdb -D "$RUN/pg" -U portal -A trust -E UTF8 --locale=C >"$RUN/initdb.log"
    fi
    if ! pg pg_ctl -D "$RUN/pg" status >/dev/null 2>&1; then
        pg pg_ctl -D "$RUN/pg" -l "$RUN/pg.log" -w -t 60 start \
            -o "-c listen_addresses='' -k /tmp -p $PG_PORT -c max_connections=200" >/dev/null
    fi
    if ! running "$RUN/redis.pid"; then
        redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
            --pidfile "$RUN/redis.pid" --logfile "$RUN/redis.log" --dir "$RUN"
        for _ in $(seq 1 40); do running "$RUN/redis.pid" && break; sleep 0.25; done
    fi
    say "PostgreSQL $(pg postgres --version | awk '{print $3}') on /tmp:$PG_PORT, Redis $(redis-server --version | sed -n "s/.*v=\([0-9.]*\).*/\1/p") on 127.0.0.1:$REDIS_PORT"
}

down() {
    for f in "$RUN"/portal-*.pid; do [ -e "$f" ] && stop_portal "$(basename "$f" .pid | sed 's/^portal-//')"; done
    if running "$RUN/redis.pid"; then kill "$(cat "$RUN/redis.pid")"; fi
    if [ -d "$RUN/pg" ] && pg pg_ctl -D "$RUN/pg" status >/dev/null 2>&1; then pg pg_ctl -D "$RUN/pg" -w stop -m fast >/dev/null; fi
    if [ "${1:-}" = --purge ]; then rm -rf "$RUN"; fi
}

# Database options for the portal and its account commands, into the array DB: KIND NAME, KIND pg or sqlite
# (a file in $RUN).
db_opts() {
    case $1 in
        pg) DB=(--Database:Provider postgres --ConnectionStrings:Portal "Host=/tmp;Port=$PG_PORT;Username=${PG_USER:-portal};Database=$2${PG_EXTRA:-}") ;;
        sqlite) DB=(--ConnectionStrings:Portal "Data Source=$RUN/$2.db") ;;
    esac
}

# A fresh, empty database: KIND NAME.
fresh_db() {
    if [ "$1" = pg ]; then
        psql_bench -d postgres -c "DROP DATABASE IF EXISTS $2 WITH (FORCE)" -c "CREATE DATABASE $2"
    else
        rm -f "$RUN/$2.db" "$RUN/$2.db-wal" "$RUN/$2.db-shm"
    fi
}

# Runs the portal's command line (accounts; no web server) on KIND NAME (the database options go after the command's words; before them works too).
portal_cmd() {
    local kind=$1 name=$2; shift 2
    db_opts "$kind" "$name"
    (cd "$(dirname "$PORTAL_DLL")" && ASPNETCORE_ENVIRONMENT=Production dotnet "$PORTAL_DLL" "$@" "${DB[@]}")
}

# An Admin "bench" and its API token on KIND NAME (prepares the database as start-up does); prints the token.
admin_token() {
    local kind=$1 name=$2; shift 2
    portal_cmd "$kind" "$name" user add bench --role Admin "$@" >/dev/null
    portal_cmd "$kind" "$name" token create bench "$@" | tail -n 1
}

# Starts a portal: ID KIND NAME PORT [portal options…]; its pid goes to $RUN/portal-ID.pid, its log next to it.
start_portal() {
    local id=$1 kind=$2 name=$3 port=$4; shift 4
    db_opts "$kind" "$name"
    ( cd "$(dirname "$PORTAL_DLL")" && exec env ASPNETCORE_ENVIRONMENT=Production dotnet "$PORTAL_DLL" --urls "http://127.0.0.1:$port" \
        "${DB[@]}" "$@" ) >"$RUN/portal-$id.log" 2>&1 &
    echo $! >"$RUN/portal-$id.pid"
}

wait_healthy() { # PORT SECONDS
    for _ in $(seq 1 $(( $2 * 10 ))); do curl -fsS -o /dev/null "http://127.0.0.1:$1/healthz" 2>/dev/null && return 0; sleep 0.1; done
    fail "no answer on port $1 within $2 s (logs in $RUN)"
}

stop_portal() { # ID
    local f="$RUN/portal-$1.pid"
    if running "$f"; then kill "$(cat "$f")"; while kill -0 "$(cat "$f")" 2>/dev/null; do sleep 0.1; done; fi
    rm -f "$f"
}

# The portal's CPU time (user + system) so far, in seconds: fields 14 and 15 of /proc/PID/stat.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# PostgreSQL's CPU time so far, in seconds: every process of the cluster (backends, WAL writer, checkpointer…).
pg_cpu_seconds() {
    local postmaster total=0
    postmaster=$(head -n 1 "$RUN/pg/postmaster.pid")
    for p in $postmaster $(pgrep -P "$postmaster"); do total=$(awk -v t="$total" -v c="$(cpu_seconds "$p" 2>/dev/null || echo 0)" 'BEGIN { print t + c }'); done
    echo "$total"
}

loadtool() { dotnet "$LOAD_DLL" "$@"; }

# --- a. single-figure PUTs ---------------------------------------------------------------------------------------

put_one() { # KIND RUN
    local kind=$1 port token pid
    port=$([ "$kind" = pg ] && echo $PORT_A || echo $PORT_SQLITE)
    fresh_db "$kind" bench_put
    token=$(admin_token "$kind" bench_put)
    start_portal put "$kind" bench_put "$port"
    wait_healthy "$port" 120
    pid=$(cat "$RUN/portal-put.pid")
    echo "### put, $kind, run $2 (load $(load))"
    loadtool put --url "http://127.0.0.1:$port" --token "$token" --clients 1 --seconds 10 --warmup 5 | tail -n 2
    loadtool put --url "http://127.0.0.1:$port" --token "$token" --rate 1000 --seconds 10 --warmup 1 | tail -n 3
    loadtool put --url "http://127.0.0.1:$port" --token "$token" --clients 16 --seconds 10 --warmup 2 | tail -n 2
    local before after pg_before=0 pg_after=0 saves
    before=$(cpu_seconds "$pid")
    [ "$kind" = pg ] && pg_before=$(pg_cpu_seconds)
    saves=$(loadtool put --url "http://127.0.0.1:$port" --token "$token" --clients 1 --seconds 10 --warmup 0 \
        | sed -n 's/^saves \([0-9,]*\),.*/\1/p' | tr -d ,)
    after=$(cpu_seconds "$pid")
    [ "$kind" = pg ] && pg_after=$(pg_cpu_seconds)
    echo "CPU per save (a further warm 1-client 10 s run, $saves saves): portal $(awk -v a="$after" -v b="$before" -v n="$saves" 'BEGIN { printf "%.3f ms", (a - b) * 1000 / n }')," \
        "PostgreSQL $(awk -v a="$pg_after" -v b="$pg_before" -v n="$saves" 'BEGIN { printf "%.3f ms", (a - b) * 1000 / n }')"
    stop_portal put
    echo "(load after $(load))"
}

bench_put() { for r in $(seq 1 "$1"); do for kind in ${KINDS:-pg sqlite}; do put_one "$kind" "$r"; done; done; }

# --- g. repeated offered 1,000/s runs on one warm portal, with its own counters -------------------------------

# One portal per kind, warmed by a 1-client run (and WARM seconds at 1,000/s if set), then RUNS open-loop runs at
# 1,000 saves/s. With dotnet-counters on PATH each run also records the portal's runtime and Kestrel counters once a
# second into $RUN/counters-KIND-RUN.csv, and prints the largest JIT time in one second (tier-up stalls show there).
rate_all() { # RUNS
    local kind port token pid r counters collector
    for kind in ${KINDS:-pg sqlite}; do
        port=$([ "$kind" = pg ] && echo $PORT_A || echo $PORT_SQLITE)
        fresh_db "$kind" bench_rate
        token=$(admin_token "$kind" bench_rate)
        # shellcheck disable=SC2086 # PORTAL_ARGS is a list of options
        start_portal rate "$kind" bench_rate "$port" ${PORTAL_ARGS:-}
        wait_healthy "$port" 120
        pid=$(cat "$RUN/portal-rate.pid")
        loadtool put --url "http://127.0.0.1:$port" --token "$token" --clients 1 --seconds 5 --warmup 3 >/dev/null
        if [ -n "${WARM:-}" ]; then loadtool put --url "http://127.0.0.1:$port" --token "$token" --rate 1000 --seconds "$WARM" --warmup 0 >/dev/null; fi
        for r in $(seq 1 "$1"); do
            counters=
            if command -v dotnet-counters >/dev/null; then
                counters="$RUN/counters-$kind-$r.csv"; rm -f "$counters"
                dotnet-counters collect -p "$pid" --counters System.Runtime,Microsoft.AspNetCore.Hosting --refresh-interval 1 \
                    --duration 00:00:00:13 -o "$counters" >/dev/null &
                collector=$!
                sleep 1
            fi
            echo "### rate 1000, $kind, run $r (load $(load))"
            loadtool put --url "http://127.0.0.1:$port" --token "$token" --rate 1000 --seconds 10 --warmup 1 | tail -n 2
            if [ -n "$counters" ]; then
                wait "$collector" || true
                grep jit.compilation.time "$counters" | awk -F, '$5 > m { m = $5 } END { printf "portal JIT, most in one second: %.3f s\n", m }'
            fi
        done
        stop_portal rate
    done
}

# --- b. 100,000-row import -----------------------------------------------------------------------------------------

import_one() { # KIND RUN
    local kind=$1 port token
    port=$([ "$kind" = pg ] && echo $PORT_A || echo $PORT_SQLITE)
    [ -f "$RUN/plan-import.json" ] || loadtool plan --out "$RUN/plan-import.json" >/dev/null
    fresh_db "$kind" bench_import
    token=$(admin_token "$kind" bench_import --Portal:SeedPlans:0 "$RUN/plan-import.json")
    start_portal import "$kind" bench_import "$port" --Portal:SeedPlans:0 "$RUN/plan-import.json"
    wait_healthy "$port" 120
    echo "### import, $kind, run $2 (load $(load))"
    loadtool import --url "http://127.0.0.1:$port" --rows 100000 --year 2099 --token "$token"
    stop_portal import
    echo "(load after $(load))"
}

bench_import() { for r in $(seq 1 "$1"); do for kind in ${KINDS:-pg sqlite}; do import_one "$kind" "$r"; done; done; }

# --- c. hub fan-out over two instances -------------------------------------------------------------------------------

bench_hub() {
    local token a=http://127.0.0.1:$PORT_A b=http://127.0.0.1:$PORT_B
    local -a common=(--Portal:Benchmarks true --Redis:Connection "127.0.0.1:$REDIS_PORT")
    fresh_db pg bench_hub
    token=$(admin_token pg bench_hub --demo)
    start_portal A pg bench_hub "$PORT_A" --demo --Portal:InstanceName A "${common[@]}"
    wait_healthy "$PORT_A" 120
    start_portal B pg bench_hub "$PORT_B" --Portal:InstanceName B "${common[@]}"
    wait_healthy "$PORT_B" 120
    for r in $(seq 1 "$1"); do
        echo "### hub, 1,000 clients on A, run $r (load $(load))"
        loadtool hub --url "$a" --clients 1000 --saves 30 --token "$token" | tail -n 6
        echo "### hub, 500 + 500 clients on A and B, run $r (load $(load))"
        loadtool hub --url "$a" --url "$b" --clients 1000 --saves 30 --token "$token" | tail -n 6
        echo "### hub, saves on A, 100 clients on B only, run $r (load $(load))"
        loadtool hub --save-url "$a" --url "$b" --clients 100 --saves 30 --token "$token" | tail -n 6
        echo "(load after $(load))"
    done
    stop_portal A
    stop_portal B
}

# --- d. the province database and its cold start ----------------------------------------------------------------------

# One INSERT … SELECT of every figure: the codes are those the plan scenario writes (kpi.001…, lib-001…lib-2000).
# UpdatedAt is in .NET ticks (UtcTicks in Portal/Data/Configurations).
province_sql_pg() {
    cat <<EOF
INSERT INTO "Figures" ("Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy")
SELECT 2099, 'kpi.' || lpad(k::text, 3, '0'), 'lib-' || CASE WHEN d < 1000 THEN lpad(d::text, 3, '0') ELSE d::text END, m,
       1000 + (k * 7 + d * 13 + m) % 5000, NULL, 1, 621355968000000000 + (extract(epoch FROM now()) * 10000000)::bigint, '基准测试'
FROM generate_series(1, $PROVINCE_KPIS) k, generate_series(1, $PROVINCE_DIVISIONS) d, generate_series(1, 12) m;
ANALYZE "Figures";
EOF
}

province_sql_sqlite() {
    cat <<EOF
WITH RECURSIVE k(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM k WHERE k < $PROVINCE_KPIS),
               d(d) AS (SELECT 1 UNION ALL SELECT d + 1 FROM d WHERE d < $PROVINCE_DIVISIONS),
               m(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM m WHERE m < 12)
INSERT INTO Figures (Year, Kpi, Division, Month, Value, Note, Version, UpdatedAt, UpdatedBy)
SELECT 2099, printf('kpi.%03d', k), printf('lib-%03d', d), m, 1000 + (k * 7 + d * 13 + m) % 5000, NULL, 1,
       621355968000000000 + CAST((julianday('now') - 2440587.5) * 864000000000 AS INTEGER), '基准测试'
FROM k, d, m;
EOF
}

province_load() { # KIND: a fresh province database with an Admin token in $RUN/province-KIND.token
    local kind=$1 started
    [ -f "$RUN/plan-province2000.json" ] ||
        loadtool plan --out "$RUN/plan-province2000.json" --divisions "$PROVINCE_DIVISIONS" --kpis "$PROVINCE_KPIS" >/dev/null
    fresh_db "$kind" bench_province
    admin_token "$kind" bench_province --Portal:SeedPlans:0 "$RUN/plan-province2000.json" >"$RUN/province-$kind.token"
    started=$(now)
    if [ "$kind" = pg ]; then province_sql_pg | psql_bench -d bench_province
    else province_sql_sqlite | sqlite3 "$RUN/bench_province.db"; fi
    echo "$kind: 1,200,000 figures inserted in $(awk -v a="$(now)" -v b="$started" 'BEGIN { printf "%.1f s", a - b }')"
}

# Seconds from starting the portal process to the first 200 of the 2099 dashboard (polled every 50 ms).
cold_start() { # KIND PORT
    local kind=$1 port=$2 token started status bytes
    token=$(cat "$RUN/province-$kind.token")
    started=$(now)
    start_portal province "$kind" bench_province "$port" --Portal:SeedPlans:0 "$RUN/plan-province2000.json"
    while :; do
        status=$(curl -s -o "$RUN/dashboard.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
            "http://127.0.0.1:$port/api/plans/2099/dashboard" 2>/dev/null || true)
        [ "$status" = 200 ] && break
        running "$RUN/portal-province.pid" || fail "the portal stopped (log: $RUN/portal-province.log)"
        sleep 0.05
    done
    bytes=$(stat -c %s "$RUN/dashboard.json")
    echo "$kind cold start to the first dashboard: $(awk -v a="$(now)" -v b="$started" 'BEGIN { printf "%.2f s", a - b }') ($bytes bytes; portal RSS $(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$(cat "$RUN/portal-province.pid")/status"))"
    stop_portal province
}

bench_province() {
    for kind in pg sqlite; do
        if [ "$kind" = sqlite ] && ! command -v sqlite3 >/dev/null; then echo "sqlite: skipped, no sqlite3 CLI"; continue; fi
        echo "### province database, $kind (load $(load))"
        province_load "$kind"
        for r in $(seq 1 "$1"); do cold_start "$kind" "$([ "$kind" = pg ] && echo $PORT_A || echo $PORT_SQLITE)"; done
        echo "(load after $(load))"
    done
}

build() {
    dotnet build -c Release "$repo/Portal" --nologo -v quiet
    dotnet build -c Release "$repo/Portal.LoadTest" --nologo -v quiet
}

need_builds() { [ -f "$PORTAL_DLL" ] && [ -f "$LOAD_DLL" ] || fail "no Release builds: run tools/bench-province.sh build"; }

main() {
    local cmd=${1:-} runs=${2:-3}
    case $cmd in
        -h | --help | help | "") usage ;;
        build) build ;;
        up) up ;;
        down) down "${2:-}" ;;
        put) need_builds; up; bench_put "$runs" ;;
        import) need_builds; up; bench_import "$runs" ;;
        hub) need_builds; up; bench_hub "$runs" ;;
        province) need_builds; up; bench_province "$runs" ;;
        rate) need_builds; up; rate_all "$runs" ;;
        all) need_builds; up; bench_put "$runs"; bench_import "$runs"; bench_hub "$runs"; bench_province "$runs" ;;
        *) usage >&2; exit 2 ;;
    esac
}

# Sourced (tools/bench-rls.sh uses the functions above): define only.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then main "$@"; fi
