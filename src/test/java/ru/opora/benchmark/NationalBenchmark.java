package ru.opora.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.Opora;
import ru.opora.platform.MainPages;
import ru.opora.platform.OporaHttp;

/**
 * The national benchmark (docs/benchmarks.md): {@code ./opora benchmark-national [schools] [regions]
 * [requests]}. Starts Opora with the demo region, times every main page, its detail pages and the
 * API's lists for the region's, a municipality's and a school's user, grows the database into a
 * country ({@link NationalData}: 40,000 schools in 85 regions by default, every school with three
 * years of results, flags, risk profile, ШНОР documents and measures, teachers, pupils at risk) and
 * times the same requests again: a page whose cost follows its own scope, not the country's, keeps
 * its time. Prints both, the identification run of the demo region before and after, and the
 * database size. {@code ./opora benchmark-national 2000 5 5} is the quick run.
 */
public final class NationalBenchmark {

    private static final String PASSWORD = "demo2026";

    public static void main(String[] args) throws Exception {
        int schools = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 40_000;
        int regions = args.length > 1 ? Integer.parseInt(args[1]) : 85;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        // a fourth argument: the data directory of an earlier run, whose country is timed again as it is
        Path reuse = args.length > 3 ? Path.of(args[3]) : null;
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        ConfigurableApplicationContext app = SpringApplication.run(
                Opora.class,
                "--server.port=" + port,
                "--opora.embedded-db.persistent=true",
                "--opora.embedded-db.data-directory="
                        + (reuse != null ? reuse : dir.resolve("national-" + System.currentTimeMillis()))
                                .toAbsolutePath(),
                "--opora.demo.enabled=" + (reuse == null),
                "--opora.demo.results=" + (reuse == null),
                "--logging.level.root=WARN",
                "--logging.level.ru.opora=WARN",
                "--spring.main.banner-mode=off",
                "--logging.file.name=" + dir.resolve("national.log"));
        try {
            System.out.printf(Locale.ROOT, "demo        started with the demo region in %.1f s%n", secs(t0));
            var benchmark = new NationalBenchmark(
                    app.getBean(JdbcClient.class), app.getBean(javax.sql.DataSource.class), port, requests);
            if (reuse != null) benchmark.again();
            else benchmark.run(regions, schools);
        } finally {
            app.close();
        }
    }

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;
    private final int port;
    private final int requests;

    private NationalBenchmark(JdbcClient jdbc, javax.sql.DataSource dataSource, int port, int requests) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.port = port;
        this.requests = requests;
    }

    private void run(int regions, int schools) {
        var targets = targets();
        tokens(targets.keySet());
        // a first pass warms the server up (JIT, caches), as the country's pass finds it
        timeAll(targets, 1);
        var before = timeAll(targets);
        double runBefore = identificationRun();
        System.out.printf(Locale.ROOT, "demo        %s; identification run of the region %.0f ms%n", size(), runBefore);
        long t = System.nanoTime();
        int total = new NationalData(dataSource).build(regions, schools);
        System.out.printf(
                Locale.ROOT,
                "national    %,d schools in %d regions built in %.0f s; %s%n",
                total,
                regions,
                secs(t),
                size());
        var after = timeAll(targets);
        double runAfter = identificationRun();
        print(before, after);
        System.out.printf(
                Locale.ROOT,
                "identification run of the demo region (reads included): %.0f ms on the demo, %.0f ms in the country%n",
                runBefore,
                runAfter);
    }

    /** The country of an earlier run timed again, after a change: its figures beside themselves. */
    private void again() {
        // a run made by this code, with what it keeps beside it, is the one the run's page shows
        System.out.printf(
                Locale.ROOT, "country     identification run of the demo region %.0f ms%n", identificationRun());
        var targets = targets();
        timeAll(targets, 1);
        var times = timeAll(targets);
        System.out.printf(Locale.ROOT, "country     %s%n", size());
        print(times, times);
    }

    /** Each scope's user and the paths it reads: the main pages, the detail pages of its own data, the API's lists. */
    private Map<String, List<String>> targets() {
        String assessment = one("""
                select a.id::text from assessments.assessment a join assessments.result_aggregate r on r.assessment_id = a.id
                 where a.kind = 'VPR' and r.org_level = 1 order by a.year desc, r.participants desc limit 1""");
        String school = one("""
                select s.org_unit_id::text from identity.user_scope s join identity.user_account u on u.id = s.user_account
                 where u.username = 'school'""");
        String run = one("select id::text from identification.run order by year desc, created_at desc limit 1");
        // the school's own document, or a ШНОР's when the demo school writes none
        String document =
                one("select id::text from planning.document order by school_id = '" + school + "' desc, type limit 1");
        var details = List.of(
                "/results/" + assessment,
                "/results/" + assessment + "/schools/" + school,
                "/results/schools/" + school,
                "/schools/" + school,
                "/risk/schools/" + school,
                "/identification",
                "/identification/runs/" + run,
                "/planning/documents/" + document);
        var targets = new LinkedHashMap<String, List<String>>();
        for (String user : List.of("region", "municipal", "school")) {
            var paths = new ArrayList<>(MainPages.PAGES);
            paths.addAll(details);
            MainPages.READS.forEach(r -> paths.add("API " + r));
            targets.put(user, paths);
        }
        return targets;
    }

    /** An API token for each user, as services call the API (a password would be hashed on every call). */
    private void tokens(java.util.Set<String> users) {
        for (String user : users) jdbc.sql("""
                            insert into identity.api_token (id, user_account, name, token_hash, created_by, created_at, expires_at)
                            select gen_random_uuid(), id, 'benchmark', encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'benchmark',
                                   now(), now() + interval '1 day' from identity.user_account where username = ?""").params(token(user), user).update();
    }

    private static String token(String user) {
        return "opora_benchmark_" + user;
    }

    private Map<String, PageTimes> timeAll(Map<String, List<String>> targets) {
        return timeAll(targets, requests);
    }

    private Map<String, PageTimes> timeAll(Map<String, List<String>> targets, int requests) {
        var times = new LinkedHashMap<String, PageTimes>();
        targets.forEach((user, paths) -> {
            var http = OporaHttp.signedIn(port, user, PASSWORD);
            var api = new OporaHttp(port);
            var timing = new PageTimes(3, requests);
            for (String path : paths) {
                if (path.startsWith("API "))
                    timing.time(path, () -> api.getAuth(path.substring(4), "Bearer " + token(user)));
                else timing.time(path, () -> http.get(path));
            }
            times.put(user, timing);
        });
        return times;
    }

    /** The time of a draft identification run of the demo region's latest year, its reads of results included. */
    private double identificationRun() {
        var http = OporaHttp.signedIn(port, "region", PASSWORD);
        int year = jdbc.sql("select max(year) from identification.run")
                .query(Integer.class)
                .single();
        http.csrfToken("/identification");
        long t = System.nanoTime();
        var answer = http.postWithCsrf("/identification/runs", "/identification", Map.of("year", String.valueOf(year)));
        double ms = (System.nanoTime() - t) / 1e6;
        if (answer.status() != 302) throw new IllegalStateException("the run answered " + answer.status());
        return ms;
    }

    private void print(Map<String, PageTimes> before, Map<String, PageTimes> after) {
        System.out.printf("%-10s %-58s %15s %15s %6s%n", "user", "page (ms: median p95)", "demo", "country", "ratio");
        int slow = 0;
        int grown = 0;
        for (var e : after.entrySet()) {
            for (var p : e.getValue().byPath.entrySet()) {
                var demo = before.get(e.getKey()).byPath.get(p.getKey());
                var country = p.getValue();
                String mark = "";
                if (country.timed() && demo.timed()) {
                    double ratio = country.median() / demo.median();
                    if (country.median() > 50 || country.p95() > 150) {
                        slow++;
                        mark += " SLOW";
                    }
                    if (ratio > 1.2 && country.median() - demo.median() > 2) {
                        grown++;
                        mark += " GREW";
                    }
                    mark = String.format(Locale.ROOT, "%6.2f", ratio) + mark;
                }
                System.out.printf(
                        "%-10s %-58s %s %s %s%n", e.getKey(), shorten(p.getKey()), demo.text(), country.text(), mark);
            }
        }
        System.out.printf(
                "pages over 50 ms median or 150 ms p95 in the country: %d; grown by more than 20 %% (and 2 ms): %d%n",
                slow, grown);
    }

    private static String shorten(String path) {
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
    }

    private String size() {
        return "database " + one("select pg_size_pretty(pg_database_size(current_database()))") + ", "
                + one("select count(*)::text from orgunits.org_unit where kind = 'SCHOOL'") + " schools, "
                + one("select to_char(sum(cardinality(codes)), 'FM999G999G999') from assessments.work_block")
                + " works";
    }

    private String one(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
