#!/usr/bin/env bash
# What PostgreSQL's row-level security costs a save (issue 23, item 6; ADR 039). One database and one set of rows; the
# portal connects as portal_rls, the owner of the tables, and the runs alternate (rls, bypass[, base]) × PAIRS, the
# first two swapped in every other pair:
#   rls     portal_rls NOSUPERUSER NOBYPASSRLS: every policy applies (FORCE ROW LEVEL SECURITY)
#   bypass  the same role with BYPASSRLS: every policy skipped; the portal still sets portal.libraries per connection
#   base    BASE_DLL, a build from before libraries (e.g. 076b8af), on a database of its own with the same rows
# Each run starts the portal afresh, then put --clients 1 (10 s after 5 s), put --clients 16 (10 s after 2 s), and a
# further 5 s with one client for the CPU time (portal, PostgreSQL) and the statements (pg_stat_statements) per save.
# `tools/bench-rls.sh scale` measures 100 libraries, each with its own plan, against one (saves, memory, start-up, a
# cold overview) with the policies of ADR 040, the per-row ones of before and bypassed (see --help).
# Uses tools/bench-province.sh's functions and Release builds; `tools/bench-rls.sh down` stops and removes it all.
set -euo pipefail
# Ports and folder of their own, so that a bench-province.sh run elsewhere on the machine is not disturbed.
export RUN=${RUN:-/tmp/bench-rls} PG_PORT=${PG_PORT:-5340} REDIS_PORT=${REDIS_PORT:-5341} PORT_A=${PORT_A:-5342}
# shellcheck source=tools/bench-province.sh
source "$(dirname "${BASH_SOURCE[0]}")/bench-province.sh"

ROLE=portal_rls
export PG_USER=$ROLE # the portal's connection string (db_opts)
BASE_DLL=${BASE_DLL:-}
RESULTS=$RUN/rls-results.tsv CPU=$RUN/rls-cpu.tsv
TICKS="621355968000000000 + (extract(epoch FROM now()) * 10000000)::bigint" # UpdatedAt, .NET ticks

rls_usage() {
    cat <<'EOF'
tools/bench-rls.sh [PAIRS]   (PAIRS: how many times each way is run, alternately; default 4)
tools/bench-rls.sh scale [ROUNDS]   100 libraries against one (issue 23, item 6; below); default 3 rounds
tools/bench-rls.sh read [TIMES]     after scale: a province admin's read of one library's year, per policy (below)
tools/bench-rls.sh province [SAVES]  100 libraries with a joint target (issue 24, item 5; below); default 200 saves
tools/bench-rls.sh down      stops the servers it started and deletes RUN (/tmp/bench-rls)

Measures single-figure PUTs on PostgreSQL with row-level security applied (rls) and skipped (bypass), on the same
database: the 2013 plan of zjlib and its Admin "bench", 11 city and 88 county libraries below zjlib (so the admin's
visible set is all 100 ids) and 12,000 figures of each of those 99 (year 2099, 50 KPIs × 20 divisions × 12 months).
BASE_DLL=/path/Portal.dll adds "base": that build (one from before libraries) on a database with the same figures.
Prints each run (saves/s, latency; CPU and statements per save) and, at the end, the medians and their ratios; the rows are kept in RUN/rls-results.tsv and rls-cpu.tsv
(RUN=/tmp/bench-rls; PostgreSQL on port 5340, the portal on 5342; tools/bench-province.sh's functions).
Needs: tools/bench-province.sh build (and a Release build of BASE_DLL's tree).

scale: two databases, each library with its own plan 2099 (20 divisions × 50 KPIs, Portal.LoadTest's `plan`) and
its 12,000 figures: bench_one holds zjlib alone, bench_scale zjlib and the 99 libraries below it (1,200,000
figures). Each round runs these ways, the order turning every round, each on a fresh portal (--Portal:Benchmarks):
  one     the single library, policies applied
  rls     100 libraries, today's policies (the setting parsed once per statement, ADR 040)
  perrow  100 libraries, the policies of before ADR 040 (portal_sees per row), set by SQL for the run, then put back
  bypass  100 libraries, the role with BYPASSRLS
Per run: seconds from start to /healthz (every library's store loaded), the managed heap after full GCs
(/_benchmarks/memory) and the working set, then put on zjlib's plan 2099 with 1 client (10 s after 5 s) and 16
clients (10 s after 2 s); in one and rls also the overview from 10 cold circuits (Portal.LoadTest `overview`,
headless Chromium): zjlib's / and, in rls, a county's /l/county-44/. Prints medians and ratios against one; the
rows are kept in RUN/scale-results.tsv and RUN/scale-memory.tsv. Needs a published portal (the overview's circuit
needs its static files): dotnet publish -c Release Portal -o /tmp/portal-pub; PORTAL_DLL=/tmp/portal-pub/Portal.dll.

read: on scale's bench_scale, as portal_rls with the 100 ids set, SELECT count(*) of one library's 12,000 figures
of 2099, TIMES times each with the policies as they are (once), as before ADR 040 (perrow) and bypassed, in turn;
prints the rows seen and PostgreSQL's execution time (EXPLAIN ANALYZE).

province: bench_province (replacing scale's databases): scale's 100 libraries and figures, zjlib's plan with kpi.001
a joint target of all 99 libraries below (ADR 043) and each of them 12 months of its contribution
(joint.zjlib.kpi.001), an Admin with an API token in one county of each city. Two portals on it with Redis (A on
5342, B on PORT_B_RLS=5343), policies applied. Measures: /province from 10 cold circuits against zjlib's /
(`overview`); SAVES contributions of random ones of those counties PUT to A, then to B, each timed until zjlib's
wall on A shows the new total (`province-wall`), with PostgreSQL's mean time of the roll-up's record queries
(pg_stat_statements); then one Chromium with 101 pages, every library's /l/CODE/wall and zjlib's
/wall?page=province, all held (paused=true), and the managed heap per circuit (`wall-memory --paths`). Needs a
published portal (PORTAL_DLL, as scale).
EOF
}

role_db() { pg psql -h /tmp -p "$PG_PORT" -U "$ROLE" -d "$1" -v ON_ERROR_STOP=1 -qtA -c "$2"; }

# 11 cities below zjlib and 8 counties below each: ids 2–100.
libraries_sql() {
    cat <<EOF
INSERT INTO "Libraries" ("Code", "Name", "Level", "ParentId", "CreatedAt")
SELECT 'city-' || lpad(c::text, 2, '0'), '市级馆' || c, 'City', 1, $TICKS FROM generate_series(1, 11) c;
INSERT INTO "Libraries" ("Code", "Name", "Level", "ParentId", "CreatedAt")
SELECT 'county-' || lpad(n::text, 2, '0'), '县级馆' || n, 'County', 1 + (n - 1) / 8 + 1, $TICKS FROM generate_series(1, 88) n;
EOF
}

# 12,000 figures for each of the libraries 2–100 in year 2099, which zjlib has no plan for: the live store loads every
# plan as the default library's today (ADR 039), so the other libraries get figures but no plans. COLUMN is
# '"LibraryId", ' on this build and empty on the base build, whose division codes then carry the library.
filler_sql() {
    local column=$1 value
    value=$([ -n "$column" ] && echo "l, " || echo "")
    cat <<EOF
INSERT INTO "Figures" ($column"Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy")
SELECT $value 2099, 'kpi.' || lpad(k::text, 3, '0'), 'lib-' || l || '-' || lpad(d::text, 2, '0'), m,
       1000 + (k * 7 + d * 13 + m + l) % 5000, NULL, 1, $TICKS, '基准测试'
FROM generate_series(2, 100) l, generate_series(1, 50) k, generate_series(1, 20) d, generate_series(1, 12) m;
ANALYZE;
EOF
}

# pg_stat_statements counts the statements per save (run_one's last, short run).
stats_on() {
    if ! psql_bench -d postgres -tA -c "SHOW shared_preload_libraries" | grep -q pg_stat_statements; then
        psql_bench -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
        pg pg_ctl -D "$RUN/pg" -w -t 60 restart -m fast >/dev/null
    fi
}

setup() {
    stats_on
    psql_bench -d postgres -c "DROP DATABASE IF EXISTS bench_rls WITH (FORCE)" -c "DROP DATABASE IF EXISTS bench_rls_base WITH (FORCE)" \
        -c "DROP ROLE IF EXISTS $ROLE" -c "CREATE ROLE $ROLE LOGIN NOSUPERUSER NOBYPASSRLS" -c "CREATE DATABASE bench_rls OWNER $ROLE"
    admin_token pg bench_rls >"$RUN/rls.token"
    libraries_sql | psql_bench -d bench_rls
    filler_sql '"LibraryId", ' | psql_bench -d bench_rls
    psql_bench -d bench_rls -c "CREATE EXTENSION pg_stat_statements"
    say "bench_rls: $(psql_bench -d bench_rls -tA -c 'SELECT count(*) FROM "Libraries"') libraries, $(psql_bench -d bench_rls -tA -c 'SELECT count(*) FROM "Figures"') figures"
    if [ -n "$BASE_DLL" ]; then
        psql_bench -d postgres -c "CREATE DATABASE bench_rls_base OWNER $ROLE"
        PORTAL_DLL=$BASE_DLL admin_token pg bench_rls_base >"$RUN/rls-base.token"
        filler_sql '' | psql_bench -d bench_rls_base
        psql_bench -d bench_rls_base -c "CREATE EXTENSION pg_stat_statements"
    fi
}

# One run: MODE PAIR. Appends "mode pair clients saves/s p50 p99 errors" to $RESULTS for each put.
run_one() {
    local mode=$1 dll=$PORTAL_DLL db=bench_rls token out clients
    token=$(cat "$RUN/rls.token")
    case $mode in
        rls) psql_bench -d postgres -c "ALTER ROLE $ROLE NOBYPASSRLS" ;;
        bypass) psql_bench -d postgres -c "ALTER ROLE $ROLE BYPASSRLS" ;;
        base) dll=$BASE_DLL db=bench_rls_base token=$(cat "$RUN/rls-base.token") ;;
    esac
    PORTAL_DLL=$dll start_portal rls pg "$db" "$PORT_A"
    wait_healthy "$PORT_A" 120
    # What the role reads with no setting: 0 rows while the policies apply.
    echo "### $mode, pair $2 (load $(load)); figures $ROLE sees without portal.libraries: $(role_db "$db" 'SELECT count(*) FROM "Figures"')"
    for clients in 1 16; do
        out=$(loadtool put --url "http://127.0.0.1:$PORT_A" --token "$token" --clients "$clients" --seconds 10 \
            --warmup "$([ "$clients" = 1 ] && echo 5 || echo 2)" || true)
        echo "$out" | tail -n 2
        echo "$out" | put_row "$mode" "$2" "$clients" >>"$RESULTS"
    done
    # Per save in a further 5 s with one client and no warm-up (its few GETs at the start count too): the CPU time of
    # the portal and of PostgreSQL (every process of the cluster), and the statements pg_stat_statements counted.
    local pid cpu saves
    pid=$(cat "$RUN/portal-rls.pid")
    psql_bench -d "$db" -tA -c "SELECT pg_stat_statements_reset()" >/dev/null
    cpu="$(cpu_seconds "$pid") $(pg_cpu_seconds)"
    out=$(loadtool put --url "http://127.0.0.1:$PORT_A" --token "$token" --clients 1 --seconds 5 --warmup 0 || true)
    cpu="$cpu $(cpu_seconds "$pid") $(pg_cpu_seconds)"
    saves=$(echo "$out" | sed -n 's/^saves \([0-9,]*\),.*/\1/p' | tr -d ,)
    psql_bench -d "$db" -tA -F ' ' -c "SELECT coalesce(sum(calls) FILTER (WHERE query LIKE '%set_config%'), 0),
            sum(calls) FILTER (WHERE query NOT LIKE '%pg_stat_statements%')
        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())" |
        awk -v n="$saves" -v cpu="$cpu" -v m="$mode" -v p="$2" -v f="$CPU" '{
            split(cpu, c, " "); portal = (c[3] - c[1]) * 1000 / n; server = (c[4] - c[2]) * 1000 / n
            printf "per save (%d saves): CPU portal %.2f ms, PostgreSQL %.2f ms; set_config %.2f, statements %.2f\n", n, portal, server, $1 / n, $2 / n
            print m, p, portal, server, $1 / n, $2 / n >>f }'
    stop_portal rls
}

MEDIAN='function median(list,   a, n, i, j, t) { # mawk has no asort: an insertion sort of a few numbers
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }'

# Medians per way and clients of FILE's puts, and the ratios of the PAIRS of ways named ("rls/bypass rls/base").
put_summary() { # FILE PAIRS
    awk -v pairs="$2" "$MEDIAN"'
        { key = $1 " " $3; s[key] = s[key] " " $4; p50[key] = p50[key] " " $5; p99[key] = p99[key] " " $6; n[key]++; err[key] += $7 }
        END {
            printf "%-7s %7s %5s %9s %8s %8s %7s\n", "way", "clients", "runs", "saves/s", "p50 ms", "p99 ms", "errors"
            for (key in n) { split(key, k, " "); ms[key] = median(s[key]); m50[key] = median(p50[key]); m99[key] = median(p99[key])
                printf "%-7s %7s %5d %9.0f %8.2f %8.2f %7d\n", k[1], k[2], n[key], ms[key], m50[key], m99[key], err[key] }
            np = split(pairs, pair, " ")
            for (c = 1; c <= 16; c += 15) for (i = 1; i <= np; i++) { split(pair[i], w, "/")
                if ((w[1] " " c) in n && (w[2] " " c) in n)
                    printf "%2d client(s): %-13s saves/s %.3f, p50 %.2f×, p99 %.2f×\n", c, pair[i], ms[w[1] " " c] / ms[w[2] " " c],
                        m50[w[1] " " c] / m50[w[2] " " c], m99[w[1] " " c] / m99[w[2] " " c] }
        }' "$1"
}

# "MODE ROUND CLIENTS saves/s p50 p99 errors" from a put's output on stdin.
put_row() { # MODE ROUND CLIENTS
    awk -v m="$1" -v p="$2" -v c="$3" '/^saves / { gsub(",", ""); e = $4; s = $6 } /^latency ms:/ { print m, p, c, s, $4, $8, e }'
}

# Medians per way (and clients), and rls against bypass and base.
summary() {
    put_summary "$RESULTS" "rls/bypass rls/base"
    awk "$MEDIAN"'
        { k = $1; po[k] = po[k] " " $3; pg[k] = pg[k] " " $4; t[k] = t[k] " " ($3 + $4); sc[k] = sc[k] " " $5; st[k] = st[k] " " $6; n[k]++ }
        END {
            printf "%-7s %5s %14s %14s %10s %11s %11s\n", "way", "runs", "CPU portal ms", "PostgreSQL ms", "total ms", "set_config", "statements"
            for (k in n) { mp[k] = median(pg[k])
                printf "%-7s %5d %14.3f %14.3f %10.3f %11.2f %11.2f\n", k, n[k], median(po[k]), mp[k], median(t[k]), median(sc[k]), median(st[k]) }
            for (w = 1; w <= 2; w++) { other = w == 1 ? "bypass" : "base"
                if ("rls" in n && other in n) printf "PostgreSQL CPU per save rls/%s: %.3f\n", other, mp["rls"] / mp[other] }
        }' "$CPU"
}

# --- scale: 100 libraries, each with its own plan, against one library (issue 23, item 6) -------------------------

SCALE_RESULTS=$RUN/scale-results.tsv SCALE_MEMORY=$RUN/scale-memory.tsv
SCALE_PLAN=$RUN/plan-library.json
SCALE_PASSWORD=Bench-overview-2099!
SCALE_ARGS=(--Portal:Benchmarks true --Portal:SeedPlans:0 "$SCALE_PLAN")

# Libraries 2…LAST get zjlib's plan 2099 (seeded from SCALE_PLAN); libraries 1…LAST 12,000 figures of it each.
scale_fill_sql() {
    cat <<EOF
INSERT INTO "Plans" ("LibraryId", "Year", "Json", "Title", "UpdatedAt", "UpdatedBy", "Version")
SELECT l, "Year", "Json", "Title", "UpdatedAt", "UpdatedBy", "Version" FROM "Plans", generate_series(2, $1) l
WHERE "LibraryId" = 1 AND "Year" = 2099;
INSERT INTO "Figures" ("LibraryId", "Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy")
SELECT l, 2099, 'kpi.' || lpad(k::text, 3, '0'), 'lib-' || lpad(d::text, 3, '0'), m,
       1000 + (k * 7 + d * 13 + m + l) % 5000, NULL, 1, $TICKS, '基准测试'
FROM generate_series(1, $1) l, generate_series(1, 50) k, generate_series(1, 20) d, generate_series(1, 12) m;
ANALYZE;
EOF
}

# The policies of bench_scale as they were before ADR 040 (perrow: portal_sees, the setting parsed per row) or as
# the migration PoliciesOncePerStatement made them (once).
scale_policies() {
    local check='(SELECT portal_all()) OR "LibraryId" = ANY ((SELECT portal_libraries())::integer[])'
    [ "$1" = perrow ] && check='portal_sees("LibraryId")'
    psql_bench -d bench_scale <<EOF
CREATE OR REPLACE FUNCTION portal_sees(library integer) RETURNS boolean LANGUAGE sql STABLE AS \$\$
    SELECT CASE coalesce(current_setting('portal.libraries', true), '') WHEN 'all' THEN true WHEN '' THEN false
        ELSE library = ANY (string_to_array(current_setting('portal.libraries', true), ',')::integer[]) END \$\$;
DO \$\$ DECLARE t text; BEGIN
    FOR t IN SELECT tablename FROM pg_policies WHERE policyname = 'library_rows' LOOP
        EXECUTE format('ALTER POLICY library_rows ON %I USING (%s) WITH CHECK (%s)', t, \$c\$$check\$c\$, \$c\$$check\$c\$);
    END LOOP; END \$\$;
EOF
}

scale_setup() {
    stats_on
    [ -f "$SCALE_PLAN" ] || loadtool plan --out "$SCALE_PLAN" --divisions 20 --kpis 50 >/dev/null
    psql_bench -d postgres -c "DROP DATABASE IF EXISTS bench_one WITH (FORCE)" -c "DROP DATABASE IF EXISTS bench_scale WITH (FORCE)" \
        -c "DROP ROLE IF EXISTS $ROLE" -c "CREATE ROLE $ROLE LOGIN NOSUPERUSER NOBYPASSRLS" \
        -c "CREATE DATABASE bench_one OWNER $ROLE" -c "CREATE DATABASE bench_scale OWNER $ROLE"
    local db
    for db in bench_one bench_scale; do
        admin_token pg "$db" "${SCALE_ARGS[@]}" >"$RUN/$db.token"
        portal_cmd pg "$db" user add overview --role Admin "${SCALE_ARGS[@]}" | sed -n 's/^一次性密码：//p' >"$RUN/$db.password"
    done
    scale_fill_sql 1 | psql_bench -d bench_one
    libraries_sql | psql_bench -d bench_scale
    scale_fill_sql 100 | psql_bench -d bench_scale
    for db in bench_one bench_scale; do
        say "$db: $(psql_bench -d "$db" -tA -c "SELECT count(*) FROM \"Plans\" WHERE \"Year\" = 2099") plans 2099, $(psql_bench -d "$db" -tA -c 'SELECT count(*) FROM "Figures"') figures"
    done
}

# One run: MODE ROUND. Appends "mode round clients saves/s p50 p99 errors" to SCALE_RESULTS and
# "mode round start_s managed_MB rss_MB" to SCALE_MEMORY.
scale_one() {
    local mode=$1 db=bench_scale token started clients out pid managed
    [ "$mode" = one ] && db=bench_one
    token=$(cat "$RUN/$db.token")
    if [ "$mode" = bypass ]; then psql_bench -d postgres -c "ALTER ROLE $ROLE BYPASSRLS"; else psql_bench -d postgres -c "ALTER ROLE $ROLE NOBYPASSRLS"; fi
    if [ "$mode" = perrow ]; then scale_policies perrow; fi
    started=$(now)
    start_portal scale pg "$db" "$PORT_A" "${SCALE_ARGS[@]}"
    wait_healthy "$PORT_A" 300
    pid=$(cat "$RUN/portal-scale.pid")
    managed=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT_A/_benchmarks/memory" | sed -n 's/.*"managedBytes":\([0-9]*\).*/\1/p')
    echo "$mode $2 $(awk -v a="$(now)" -v b="$started" 'BEGIN { printf "%.1f", a - b }') $(awk -v m="$managed" 'BEGIN { printf "%.1f", m / 1048576 }') $(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")" |
        tee -a "$SCALE_MEMORY" | awk '{ printf "### %s, round %s: healthy after %s s, managed heap %s MB, working set %s MB\n", $1, $2, $3, $4, $5 }'
    echo "(load $(load))"
    for clients in 1 16; do
        out=$(loadtool put --url "http://127.0.0.1:$PORT_A" --token "$token" --year 2099 --clients "$clients" --seconds 10 \
            --warmup "$([ "$clients" = 1 ] && echo 5 || echo 2)" || true)
        echo "$out" | tail -n 2
        echo "$out" | put_row "$mode" "$2" "$clients" >>"$SCALE_RESULTS"
    done
    if [ "$mode" = one ] || [ "$mode" = rls ]; then scale_overview "$db" "$mode"; fi
    stop_portal scale
    if [ "$mode" = perrow ]; then scale_policies once; fi
    return 0
}

# Cold circuits of zjlib's overview (and in rls a county's); the first sign-in replaces the one-time password.
scale_overview() { # DB MODE
    local path paths=/
    if [ "$2" = rls ]; then paths="/ /l/county-44/"; fi
    for path in $paths; do
        loadtool overview --url "http://127.0.0.1:$PORT_A" --user overview --password "$(cat "$RUN/$1.password")" \
            --new-password "$SCALE_PASSWORD" --path "$path" --runs 10 || true
        echo "$SCALE_PASSWORD" >"$RUN/$1.password"
    done
}

scale_summary() {
    put_summary "$SCALE_RESULTS" "rls/one perrow/one bypass/one rls/bypass perrow/bypass rls/perrow"
    awk "$MEDIAN"'
        { k = $1; st[k] = st[k] " " $3; mg[k] = mg[k] " " $4; rs[k] = rs[k] " " $5; n[k]++ }
        END {
            printf "%-7s %5s %10s %14s %14s\n", "way", "runs", "start s", "managed MB", "working set MB"
            for (k in n) printf "%-7s %5d %10.1f %14.1f %14.1f\n", k, n[k], median(st[k]), median(mg[k]), median(rs[k])
            if ("one" in n && "rls" in n)
                printf "per idle library ((rls - one) / 99): managed %.0f KB, working set %.0f KB\n",
                    (median(mg["rls"]) - median(mg["one"])) * 1024 / 99, (median(rs["rls"]) - median(rs["one"])) * 1024 / 99
        }' "$SCALE_MEMORY"
}

scale_main() {
    local rounds=${1:-3} r mode order
    need_builds
    # A build's folder serves no _framework/blazor.web.js outside Development, so no circuit would start.
    [ -d "$(dirname "$PORTAL_DLL")/wwwroot/_framework" ] ||
        fail "scale needs a published portal: dotnet publish -c Release Portal -o DIR, then PORTAL_DLL=DIR/Portal.dll"
    up
    scale_setup
    : >"$SCALE_RESULTS"; : >"$SCALE_MEMORY"
    for r in $(seq 1 "$rounds"); do
        # The order turns every round, so that no way always runs first.
        case $((r % 4)) in
            1) order="one rls perrow bypass" ;; 2) order="bypass perrow rls one" ;;
            3) order="rls one bypass perrow" ;; 0) order="perrow bypass one rls" ;;
        esac
        for mode in $order; do scale_one "$mode" "$r"; done
    done
    psql_bench -d postgres -c "ALTER ROLE $ROLE NOBYPASSRLS"
    scale_summary
}

# A province admin's read of one library's year (12,000 figures) on bench_scale as portal_rls with the 100-id setting,
# server time from EXPLAIN ANALYZE: the policies as they are (once), as before ADR 040 (perrow), and bypassed.
read_main() { # TIMES
    local i way ids out
    ids=$(psql_bench -d bench_scale -tA -c 'SELECT string_agg("Id"::text, '"','"' ORDER BY "Id") FROM "Libraries"')
    for i in $(seq 1 "${1:-3}"); do
        for way in once perrow bypass; do
            if [ "$way" = bypass ]; then psql_bench -d postgres -c "ALTER ROLE $ROLE BYPASSRLS"
            else psql_bench -d postgres -c "ALTER ROLE $ROLE NOBYPASSRLS"; scale_policies "$way"; fi
            out=$(role_db bench_scale "SET portal.libraries = '$ids'; SELECT count(*) FROM \"Figures\" WHERE \"LibraryId\" = 50 AND \"Year\" = 2099;
                EXPLAIN ANALYZE SELECT count(*) FROM \"Figures\" WHERE \"LibraryId\" = 50 AND \"Year\" = 2099")
            echo "$way $i: $(echo "$out" | head -n 1) rows, $(echo "$out" | sed -n 's/^Execution Time: //p') (load $(load))"
        done
    done
    psql_bench -d postgres -c "ALTER ROLE $ROLE NOBYPASSRLS"
    scale_policies once
}

# --- province: the province wall and /province with 100 libraries (issue 24, item 5) ----------------------------

PROVINCE_PLAN=$RUN/plan-province-joint.json PROVINCE_KPI=kpi.001
PROVINCE_ARGS=(--Portal:Benchmarks true --Portal:SeedPlans:0 "$PROVINCE_PLAN" --Redis:Connection "127.0.0.1:$REDIS_PORT")

# Libraries 2–100 get zjlib's plan without its joint target; every library 12,000 figures; each library below
# zjlib its contribution to the joint target in every month, about a 99th of the target (1,000,000) a year.
province_fill_sql() {
    cat <<EOF
INSERT INTO "Plans" ("LibraryId", "Year", "Json", "Title", "UpdatedAt", "UpdatedBy", "Version")
SELECT l, "Year", ("Json"::jsonb #- '{kpis,0,joint}')::text, "Title", "UpdatedAt", "UpdatedBy", "Version"
FROM "Plans", generate_series(2, 100) l WHERE "LibraryId" = 1 AND "Year" = 2099;
INSERT INTO "Figures" ("LibraryId", "Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy")
SELECT l, 2099, 'kpi.' || lpad(k::text, 3, '0'), 'lib-' || lpad(d::text, 3, '0'), m,
       1000 + (k * 7 + d * 13 + m + l) % 5000, NULL, 1, $TICKS, '基准测试'
FROM generate_series(1, 100) l, generate_series(1, 50) k, generate_series(1, 20) d, generate_series(1, 12) m;
INSERT INTO "Figures" ("LibraryId", "Year", "Kpi", "Division", "Month", "Value", "Note", "Version", "UpdatedAt", "UpdatedBy")
SELECT l, 2099, 'joint.zjlib.$PROVINCE_KPI', 'lib-001', m, 600 + (l * 37 + m * 11) % 500, NULL, 1, $TICKS, '基准测试'
FROM generate_series(2, 100) l, generate_series(1, 12) m;
ANALYZE;
EOF
}

province_setup() {
    stats_on
    [ -f "$SCALE_PLAN" ] || loadtool plan --out "$SCALE_PLAN" --divisions 20 --kpis 50 >/dev/null
    jq --arg kpi "$PROVINCE_KPI" '(.kpis[] | select(.code == $kpi)).joint = {libraries: "all"}' "$SCALE_PLAN" >"$PROVINCE_PLAN"
    psql_bench -d postgres -c "DROP DATABASE IF EXISTS bench_province WITH (FORCE)" -c "DROP DATABASE IF EXISTS bench_one WITH (FORCE)" \
        -c "DROP DATABASE IF EXISTS bench_scale WITH (FORCE)" -c "DROP ROLE IF EXISTS $ROLE" \
        -c "CREATE ROLE $ROLE LOGIN NOSUPERUSER NOBYPASSRLS" -c "CREATE DATABASE bench_province OWNER $ROLE"
    admin_token pg bench_province "${PROVINCE_ARGS[@]}" >"$RUN/province.token"
    portal_cmd pg bench_province user add overview --role Admin "${PROVINCE_ARGS[@]}" | sed -n 's/^一次性密码：//p' >"$RUN/province.password"
    portal_cmd pg bench_province kiosk create 压测大屏 "${PROVINCE_ARGS[@]}" | grep -o 'wpk_[A-Za-z0-9_-]*' | head -n 1 >"$RUN/province.kiosk"
    libraries_sql | psql_bench -d bench_province
    province_fill_sql | psql_bench -d bench_province
    psql_bench -d bench_province -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
    province_county_tokens >"$RUN/province.tokens"
    say "bench_province: $(psql_bench -d bench_province -tA -c 'SELECT count(*) FROM "Plans"') plans, $(psql_bench -d bench_province -tA -c 'SELECT count(*) FROM "Figures"') figures"
}

# An Admin of one county in each city (county-01, county-09, …, county-81) and its API token, as
# "county-01=wpa_…,county-09=wpa_…": only a library's own account enters its contribution. `user add` makes accounts
# of zjlib; the account's and its token's rows are then moved to the county.
province_county_tokens() {
    local n code tokens=()
    for n in $(seq 1 8 88); do
        code=county-$(printf %02d "$n")
        portal_cmd pg bench_province user add "$code.admin" --role Admin "${PROVINCE_ARGS[@]}" >/dev/null
        psql_bench -d bench_province -c "UPDATE \"AspNetUsers\" SET \"LibraryId\" = (SELECT \"Id\" FROM \"Libraries\" WHERE \"Code\" = '$code') WHERE \"UserName\" = '$code.admin'"
        tokens+=("$code=$(portal_cmd pg bench_province token create "$code.admin" "${PROVINCE_ARGS[@]}" | tail -n 1)")
    done
    psql_bench -d bench_province -c "UPDATE \"AccessTokens\" t SET \"LibraryId\" = u.\"LibraryId\" FROM \"AspNetUsers\" u WHERE t.\"OwnerId\" = u.\"Id\" AND u.\"UserName\" LIKE 'county-%'"
    (IFS=,; echo "${tokens[*]}")
}

# PostgreSQL's calls and mean time of the roll-up's record queries (ProvinceReader.RecordsAsync) since the last reset.
province_queries() {
    psql_bench -d bench_province -tA -F ' ' -c "SELECT substring(query FROM 'FROM \"([A-Za-z]+)\"'), calls, round(mean_exec_time::numeric, 3)
        FROM pg_stat_statements WHERE query ~ 'FROM \"(MonthClosures|AuditEvents|ReportingYears|DeadlineExceptions)\"' AND query LIKE '%ANY%'
        ORDER BY calls DESC LIMIT 8" | awk '{ printf "  %-20s calls %6d, mean %s ms\n", $1, $2, $3 }'
}

province_main() { # SAVES
    local saves=${1:-200} token kiosk a b paths pid started target path
    need_builds
    [ -d "$(dirname "$PORTAL_DLL")/wwwroot/_framework" ] ||
        fail "province needs a published portal: dotnet publish -c Release Portal -o DIR, then PORTAL_DLL=DIR/Portal.dll"
    PORT_B=${PORT_B_RLS:-5343}
    a=http://127.0.0.1:$PORT_A b=http://127.0.0.1:$PORT_B
    up
    province_setup
    token=$(cat "$RUN/province.token") kiosk=$(cat "$RUN/province.kiosk")
    started=$(now)
    start_portal provA pg bench_province "$PORT_A" "${PROVINCE_ARGS[@]}" --Portal:InstanceName A
    wait_healthy "$PORT_A" 300
    pid=$(cat "$RUN/portal-provA.pid")
    echo "### A healthy after $(awk -v a="$(now)" -v b="$started" 'BEGIN { printf "%.1f", a - b }') s (load $(load)), nproc $(nproc)"
    start_portal provB pg bench_province "$PORT_B" "${PROVINCE_ARGS[@]}" --Portal:InstanceName B
    wait_healthy "$PORT_B" 300
    echo "### /province (zjlib, 100 libraries) and zjlib's / from cold circuits (load $(load))"
    for path in /province /; do
        loadtool overview --url "$a" --user overview --password "$(cat "$RUN/province.password")" --new-password "$SCALE_PASSWORD" \
            --path "$path" --ready "$([ "$path" = /province ] && echo 'tr[data-standing]' || echo h1.page-title)" --runs 10 || true
        echo "$SCALE_PASSWORD" >"$RUN/province.password"
    done
    for target in "$a" "$b"; do
        echo "### contributions PUT to $target, zjlib's wall on A (load $(load))"
        psql_bench -d bench_province -tA -c "SELECT pg_stat_statements_reset()" >/dev/null
        loadtool province-wall --url "$a" --save-url "$target" --tokens "$(cat "$RUN/province.tokens")" --kiosk "$kiosk" --kpi "$PROVINCE_KPI" --saves "$saves" || true
        echo "roll-up record queries on PostgreSQL (each open roll-up reads them on every change):"
        province_queries
    done
    stop_portal provB
    # Every library's wall (zjlib's and the cities' follow the libraries below too) and
    # zjlib's province page pinned: 100 + 1 pages.
    # The year named: zjlib also has the seeded plans of other years, whose walls would show those. Held (paused): 101
    # rotating walls kept this 2-core machine at a load of 140 for the other engineers.
    paths="/wall?page=province&year=2099,/wall?year=2099$(psql_bench -d bench_province -tA -c "SELECT string_agg(',/l/' || \"Code\" || '/wall?year=2099', '' ORDER BY \"Id\") FROM \"Libraries\" WHERE \"Id\" > 1")"
    paths=$(echo "$paths" | sed 's/year=2099/year=2099\&paused=true/g')
    echo "### wall memory: 101 pages in one Chromium (load $(load), $(free -g | awk '/Mem:/ { print $7 }') GB available)"
    loadtool wall-memory --url "$a" --token "$token" --kiosk "$kiosk" --paths "$paths" || true
    echo "portal A's working set $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid/status")"
    stop_portal provA
}

rls_main() {
    case ${1:-} in
        -h | --help | help) rls_usage; return ;;
        down) down --purge; return ;;
        scale) scale_main "${2:-3}"; return ;;
        read) up; read_main "${2:-3}"; return ;;
        province) province_main "${2:-200}"; return ;;
    esac
    local pairs=${1:-4} p mode order
    need_builds
    [ -z "$BASE_DLL" ] || [ -f "$BASE_DLL" ] || fail "BASE_DLL $BASE_DLL does not exist"
    up
    setup
    : >"$RESULTS"; : >"$CPU"
    for p in $(seq 1 "$pairs"); do
        # The order turns every pair, so that no way always runs first.
        if [ $((p % 2)) = 1 ]; then order="rls bypass"; else order="bypass rls"; fi
        for mode in $order ${BASE_DLL:+base}; do run_one "$mode" "$p"; done
    done
    psql_bench -d postgres -c "ALTER ROLE $ROLE NOBYPASSRLS"
    summary
}

rls_main "$@"
