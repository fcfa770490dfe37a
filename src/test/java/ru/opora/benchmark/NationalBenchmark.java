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
 * [requests] [data directory]}. Starts Opora with the demo region, records it, grows the database
 * into a country ({@link NationalData}: 40,000 schools in 85 regions by default, every school with
 * three years of results, the latest at national volume — 30 million works at 40,000 schools,
 * {@link NationalYear} — flags, risk profile, ШНОР documents and measures, teachers, pupils at risk),
 * then starts the recorded demo again beside it ({@link DemoTwin}) and times every main page, its
 * detail pages and the API's lists for the region's, a municipality's and a school's user in both,
 * one request after the other: a page whose cost follows its own scope, not the country's, keeps its
 * time. Prints both, the identification run of the demo region in both, and the database sizes.
 * Given the data directory of an earlier run, times its country again. {@code ./opora
 * benchmark-national 2000 5 5} is the quick run.
 */
public final class NationalBenchmark {

    private static final String PASSWORD = "demo2026";

    public static void main(String[] args) throws Exception {
        int schools = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 40_000;
        int regions = args.length > 1 ? Integer.parseInt(args[1]) : 85;
        // 41, not 21: the median of 21 answers moved by a fifth between runs over the same country
        // (a region's risk profiles through the API at 1.40, 1.17 and 1.29 of the twin's in three runs)
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 41;
        // a fourth argument: the data directory of an earlier run, whose country is timed again as it is
        Path reuse = args.length > 3 ? Path.of(args[3]) : null;
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        Path data = (reuse != null ? reuse : dir.resolve("national-" + System.currentTimeMillis())).toAbsolutePath();
        Path snapshot = Path.of(data + ".demo.backup");
        Path log = dir.resolve("national.log");
        ConfigurableApplicationContext app = SpringApplication.run(
                Opora.class,
                "--server.port=" + port,
                "--opora.embedded-db.persistent=true",
                "--opora.embedded-db.data-directory=" + data,
                // a country's server keeps its working set in memory (docs/operations.md); 2 GB of 24 here
                "--opora.embedded-db.shared-buffers=2GB",
                "--opora.demo.enabled=" + (reuse == null),
                "--opora.demo.results=" + (reuse == null),
                "--logging.level.root=WARN",
                "--logging.level.ru.opora=WARN",
                "--spring.main.banner-mode=off",
                "--logging.file.name=" + log);
        try {
            System.out.printf(Locale.ROOT, "demo        started with the demo region in %.1f s%n", secs(t0));
            var benchmark = new NationalBenchmark(
                    app.getBean(JdbcClient.class), app.getBean(javax.sql.DataSource.class), port, requests);
            if (reuse == null) {
                System.out.printf(Locale.ROOT, "demo        %s%n", benchmark.size());
                // the demo as it is now, for its twin beside the country
                app.getBean(ru.opora.platform.backup.DemoSnapshot.class).record(snapshot);
                benchmark.build(regions, schools);
            }
            benchmark.besideTwin(snapshot, log);
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

    private void build(int regions, int schools) {
        long t = System.nanoTime();
        int total = new NationalData(dataSource).build(regions, schools);
        System.out.printf(
                Locale.ROOT,
                "national    %,d schools in %d regions built in %.0f s; %s%n",
                total,
                regions,
                secs(t),
                size());
    }

    /**
     * Times the country's answers beside the demo twin's ({@link DemoTwin}), request after request:
     * each scope's users in both, and the copy of the demo school beside the demo school.
     */
    private void besideTwin(Path snapshot, Path log) throws java.sql.SQLException, java.io.IOException {
        long t = System.nanoTime();
        try (var twin = DemoTwin.start(dataSource, snapshot, log)) {
            var demo = new NationalBenchmark(twin.jdbc(), twin.dataSource(), twin.port, requests);
            System.out.printf(
                    Locale.ROOT, "demo twin   ready in %.1f s beside the country; %s%n", secs(t), demo.size());
            System.out.printf(Locale.ROOT, "country     %s%n", size());
            var demoTargets = demo.targets();
            demo.tokens(demoTargets.keySet());
            var targets = targets();
            tokens(targets.keySet());
            var copy = copyTargets();
            var demoSchool = Map.of(COPY_USER, demoTargets.get("school"));
            // a first pass warms both servers up (JIT, caches)
            timeBoth(demo, demoTargets, this, targets, 1);
            timeBoth(demo, demoSchool, this, copy, 1);
            var times = timeBoth(demo, demoTargets, this, targets, requests);
            var copyTimes = timeBoth(demo, demoSchool, this, copy, requests);
            times.demo().putAll(copyTimes.demo());
            times.country().putAll(copyTimes.country());
            double[] runs = {
                demo.identificationRun(), identificationRun(), identificationRun(), demo.identificationRun()
            };
            print(times.demo(), times.country());
            System.out.printf(
                    Locale.ROOT,
                    "identification run of the demo region (reads included): %.0f ms on the demo, %.0f ms in the country%n",
                    (runs[0] + runs[3]) / 2,
                    (runs[1] + runs[2]) / 2);
        }
    }

    /** Each scope's user and the paths it reads: the main pages, the detail pages of its own data, the API's lists. */
    private Map<String, List<String>> targets() {
        String school = one("""
                select s.org_unit_id::text from identity.user_scope s join identity.user_account u on u.id = s.user_account
                 where u.username = 'school'""");
        var details = details(school);
        var targets = new LinkedHashMap<String, List<String>>();
        for (String user : List.of("region", "municipal", "school")) targets.put(user, paths(details));
        return targets;
    }

    /**
     * A user of a copy of the demo school in another region, made after the build: the copy holds
     * the latest year at national volume ({@link NationalYear}, three to four times the demo
     * school's works), so its pages are the demo school's at the country's size. Its answers are
     * printed beside the demo school's.
     */
    private Map<String, List<String>> copyTargets() {
        String copy = one("""
                select c.id::text from orgunits.org_unit c join orgunits.org_unit d on d.name = c.name
                  join identity.user_scope s on s.org_unit_id = d.id join identity.user_account u on u.id = s.user_account
                 where u.username = 'school' and c.code like 'NS%' order by c.code limit 1""");
        jdbc.sql("""
                        insert into identity.user_account (id, username, full_name, password_hash, role, version)
                        select gen_random_uuid(), ?, full_name, password_hash, role, 0 from identity.user_account
                         where username = 'school' on conflict do nothing""").param(COPY_USER).update();
        jdbc.sql("""
                        insert into identity.user_scope (user_account, org_unit_id)
                        select id, ?::uuid from identity.user_account where username = ? on conflict do nothing""").params(copy, COPY_USER).update();
        tokens(java.util.Set.of(COPY_USER));
        return Map.of(COPY_USER, paths(details(copy)));
    }

    private static final String COPY_USER = "school-copy";

    private static List<String> paths(List<String> details) {
        var paths = new ArrayList<>(MainPages.PAGES);
        paths.addAll(details);
        MainPages.READS.forEach(r -> paths.add("API " + r));
        return paths;
    }

    /** The detail pages of a school's data: its results, profile, identification run and a document. */
    private List<String> details(String school) {
        String assessment = one("""
                select a.id::text from assessments.assessment a join assessments.result_aggregate r on r.assessment_id = a.id
                 where a.kind = 'VPR' and r.org_level = 1 order by a.year desc, r.participants desc limit 1""");
        String run = one("""
                select r.id::text from identification.run r join orgunits.org_unit s on s.id = '%s'
                 where s.path like '/' || r.region_id || '/%%' order by r.year desc, r.created_at desc limit 1""".formatted(school));
        // the school's own document, or a ШНОР's when the demo school writes none
        String document =
                one("select id::text from planning.document order by school_id = '" + school + "' desc, type limit 1");
        return List.of(
                "/results/" + assessment,
                "/results/" + assessment + "/schools/" + school,
                "/results/schools/" + school,
                "/schools/" + school,
                "/risk/schools/" + school,
                "/identification",
                "/identification/runs/" + run,
                "/planning/documents/" + document);
    }

    /** An API token for each user, as services call the API (a password would be hashed on every call). */
    private void tokens(java.util.Set<String> users) {
        for (String user : users) jdbc.sql("""
                            insert into identity.api_token (id, user_account, name, token_hash, created_by, created_at, expires_at)
                            select gen_random_uuid(), id, 'benchmark', encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'benchmark',
                                   now(), now() + interval '1 day' from identity.user_account where username = ?
                            on conflict do nothing""").params(token(user), user).update();
    }

    private static String token(String user) {
        return "opora_benchmark_" + user;
    }

    /** The demo's and the country's times of the same users' paths, by user. */
    private record Times(Map<String, PageTimes> demo, Map<String, PageTimes> country) {}

    /**
     * Times each path of the country's users beside the same path of the demo's (a copy user's
     * beside the demo user it copies), request after request ({@link PageTimes#timeBoth}).
     */
    private static Times timeBoth(
            NationalBenchmark demo,
            Map<String, List<String>> demoTargets,
            NationalBenchmark country,
            Map<String, List<String>> countryTargets,
            int requests) {
        var times = new Times(new LinkedHashMap<>(), new LinkedHashMap<>());
        countryTargets.forEach((user, paths) -> {
            var demoPaths = demoTargets.get(user);
            var onDemo = demo.client(user.replace("-copy", ""));
            var inCountry = country.client(user);
            var demoTimes = new PageTimes(3, requests);
            var countryTimes = new PageTimes(3, requests);
            for (int i = 0; i < paths.size(); i++)
                PageTimes.timeBoth(demoPaths.get(i), onDemo, demoTimes, paths.get(i), inCountry, countryTimes);
            times.demo().put(user, demoTimes);
            times.country().put(user, countryTimes);
        });
        return times;
    }

    /** A user's requests: pages with a signed-in session, API reads with the user's token. */
    private java.util.function.Function<String, OporaHttp.Response> client(String user) {
        var http = OporaHttp.signedIn(port, user, PASSWORD);
        var api = new OporaHttp(port);
        return path ->
                path.startsWith("API ") ? api.getAuth(path.substring(4), "Bearer " + token(user)) : http.get(path);
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
            // the copy's pages are its own ids' paths: matched with the demo school's by their shape
            var demoPages = new LinkedHashMap<String, PageTimes.Timing>();
            before.getOrDefault(e.getKey(), before.get(e.getKey().replace("-copy", "")))
                    .byPath
                    .forEach((path, t) -> demoPages.put(shorten(path), t));
            for (var p : e.getValue().byPath.entrySet()) {
                var demo = demoPages.get(shorten(p.getKey()));
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
                + " works, " + one("""
                        select to_char(sum(cardinality(codes)), 'FM999G999G999') || ' in ' || max(year)
                          from assessments.work_block where year = (select max(year) from assessments.work_block)""");
    }

    private String one(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
