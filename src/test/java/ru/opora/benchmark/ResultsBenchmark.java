package ru.opora.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.opora.Opora;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Scale;
import ru.opora.assessments.catalogue.Task;
import ru.opora.assessments.results.ResultImport;
import ru.opora.orgunits.Scope;
import ru.opora.platform.OporaHttp;

/**
 * The results benchmark (docs/benchmarks.md): {@code ./opora benchmark [works]}. Generates a
 * synthetic region and a results file of the given size, imports it through the same code path as
 * the browser upload, and prints works per second, peak heap, database bytes per million works,
 * the median times of the school, municipality and region pages, and DuckDB's time for the same
 * per-school task solve rates. The file is imported twice, into two assessments: the first import
 * of a JVM pays for its compilers, the second is the import of a server that has run a while; each
 * prints who used the processors, phase by phase.
 */
public final class ResultsBenchmark {

    public static void main(String[] args) throws Exception {
        int works = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 3_000_000;
        int schools = Math.max(100, works / 750);
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        int port = freePort();
        ConfigurableApplicationContext app = SpringApplication.run(
                Opora.class,
                "--server.port=" + port,
                "--opora.embedded-db.persistent=true",
                "--opora.embedded-db.data-directory="
                        + dir.resolve("postgres-" + System.currentTimeMillis()).toAbsolutePath(),
                "--opora.demo.enabled=false",
                "--opora.demo.results=false",
                "--logging.level.root=WARN",
                "--logging.file.name=" + dir.resolve("opora.log"));
        try {
            run(app, works, schools, dir, port);
        } finally {
            app.close();
        }
    }

    /** Imports after the first: the compilers settle over the first few (a header row, a file's end). */
    private static final int WARM_IMPORTS = 3;

    private static void run(ConfigurableApplicationContext app, int works, int schools, Path dir, int port)
            throws Exception {
        var jdbc = app.getBean(JdbcClient.class);
        var region = SyntheticRegion.create(jdbc, schools);
        UUID assessment = app.getBean(Catalogue.class).save(assessment("BENCH"));
        Path csv = dir.resolve("results-" + works + ".csv");
        long t0 = System.nanoTime();
        region.writeResults(csv, works, 42);
        System.out.printf(
                Locale.ROOT,
                "jvm         %s, %d cores, heap %,d MB, options %s%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(o -> o.startsWith("-X"))
                        .toList());
        System.out.printf(
                Locale.ROOT,
                "generated   %,d works for %,d schools in %.1f s (%,d MB CSV)%n",
                works,
                schools,
                secs(t0),
                Files.size(csv) >> 20);

        var cold = timedImport(app, jdbc, assessment, csv, region);
        System.out.printf(
                Locale.ROOT,
                "import      %,d works in %.1f s = %,.0f works/s (one pass over the file: check, COPY of class blocks,"
                        + " aggregates, roll-up; the JVM's first import, its compilers at work)%n",
                cold.outcome().works(),
                cold.seconds(),
                cold.outcome().works() / cold.seconds());
        System.out.printf(
                Locale.ROOT,
                "peak heap   %,d MB used during the import, sampled every 10 ms (max heap %,d MB)%n",
                cold.peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        long bytes = jdbc.sql(
                        // partitioned tables (V10): the sum of their partitions
                        "select ((select sum(pg_total_relation_size(relid)) from pg_partition_tree('assessments.work_block'))"
                                + " + (select sum(pg_total_relation_size(relid))"
                                + " from pg_partition_tree('assessments.result_aggregate')))::bigint")
                .query(Long.class)
                .single();
        System.out.printf(
                Locale.ROOT,
                "database    %,d MB for the works and aggregates = %,d MB per million works%n",
                bytes >> 20,
                (long) (bytes / (cold.outcome().works() / 1e6)) >> 20);
        ImportBreakdown.phases(cold.outcome().phases(), cold.seconds());
        System.out.println(cold.processors());
        // the same file again, into further assessments: the import as a server that has run a while does it
        Timed warm = cold;
        for (int n = 2; n <= WARM_IMPORTS + 1; n++) {
            UUID next = app.getBean(Catalogue.class).save(assessment("BENCH-" + n));
            warm = timedImport(app, jdbc, next, csv, region);
            System.out.printf(
                    Locale.ROOT,
                    "import %d   %,d works in %.1f s = %,.0f works/s (the same file again into assessment %d, the JVM warm)%n",
                    n,
                    warm.outcome().works(),
                    warm.seconds(),
                    warm.outcome().works() / warm.seconds(),
                    n);
            ImportBreakdown.phases(warm.outcome().phases(), warm.seconds());
            System.out.println(warm.processors());
        }
        var java = ImportBreakdown.checkOnly(app, assessment, csv, region.regionPath);
        ImportBreakdown.checkLine(cold.outcome().works(), java);
        double postgres = ImportBreakdown.postgresAlone(
                jdbc,
                app.getBean(javax.sql.DataSource.class),
                assessment,
                dir,
                cold.outcome().works());
        ImportBreakdown.ceiling(
                cold.outcome().works(),
                java.processor(),
                postgres,
                warm.outcome().phases(),
                warm.seconds());

        pages(app, jdbc, region, assessment, port);
        duckdb(csv, cold.seconds());
    }

    /** An import's outcome, its seconds, the largest heap used meanwhile and who used the processors. */
    private record Timed(ResultImport.Outcome outcome, double seconds, long peakHeap, String processors) {}

    /** Imports the file as a region administrator's upload does, and prints who used the processors meanwhile. */
    private static Timed timedImport(
            ConfigurableApplicationContext app, JdbcClient jdbc, UUID assessment, Path csv, SyntheticRegion region)
            throws Exception {
        var heap = new HeapSampler();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, List.of(new SimpleGrantedAuthority("RESULTS_IMPORT"))));
        var processor = new ProcessorSampler(ImportBreakdown.serverProcess(jdbc));
        long t = System.nanoTime();
        var outcome = app.getBean(ResultImport.class)
                .importFile(new ResultImport.Request(
                        assessment,
                        csv.getFileName().toString(),
                        csv,
                        Scope.of(ru.opora.orgunits.OrgPath.parse(region.regionPath)),
                        null,
                        "benchmark",
                        false));
        double seconds = secs(t);
        long peak = heap.stop();
        SecurityContextHolder.clearContext();
        if (!outcome.ok())
            throw new IllegalStateException(
                    "import rejected: " + outcome.problems().stream().limit(5).toList());
        return new Timed(
                outcome, seconds, peak, processor.stop(t, outcome.phases().seconds()));
    }

    private static void pages(
            ConfigurableApplicationContext app, JdbcClient jdbc, SyntheticRegion region, UUID assessment, int port) {
        var encoder = app.getBean(PasswordEncoder.class);
        UUID municipality = region.municipalities.getFirst();
        user(
                jdbc,
                encoder,
                "bench-region",
                "REGION_ADMIN",
                jdbc.sql("select id from orgunits.org_unit where path = ?")
                        .param(region.regionPath)
                        .query(UUID.class)
                        .single());
        user(jdbc, encoder, "bench-municipal", "MUNICIPAL_COORDINATOR", municipality);
        UUID school = jdbc.sql("select id from orgunits.org_unit where parent_id = ? order by code limit 1")
                .param(municipality)
                .query(UUID.class)
                .single();
        var regionUser = OporaHttp.signedIn(port, "bench-region", "bench-password");
        var municipalUser = OporaHttp.signedIn(port, "bench-municipal", "bench-password");
        System.out.printf(
                Locale.ROOT,
                "page median school %.1f ms, municipality %.1f ms, region %.1f ms (21 requests each after 5 warm-ups)%n",
                median(() -> municipalUser.get("/results/" + assessment + "/schools/" + school)),
                median(() -> municipalUser.get("/results/" + assessment)),
                median(() -> regionUser.get("/results/" + assessment)));
    }

    private static void duckdb(Path csv, double importSeconds) throws Exception {
        var sums = new StringBuilder();
        for (int t = 1; t <= SyntheticRegion.TASKS; t++)
            sums.append(", 100.0 * avg(\"")
                    .append(t)
                    .append(" (")
                    .append(SyntheticRegion.MAX[t - 1])
                    .append("б)\") / ")
                    .append(SyntheticRegion.MAX[t - 1]);
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.createStatement()) {
            long t = System.nanoTime();
            try (var rs = statement.executeQuery("select \"Код ОО\"" + sums + " from read_csv('" + csv.toAbsolutePath()
                    + "', delim=';', header=true) group by 1")) {
                int rows = 0;
                while (rs.next()) rows++;
                double seconds = secs(t);
                System.out.printf(
                        Locale.ROOT,
                        "duckdb      per-school task solve rates of the same CSV in %.2f s (%d schools); Opora's import / DuckDB = %.1f%n",
                        seconds,
                        rows,
                        importSeconds / seconds);
            }
        }
    }

    private static void user(JdbcClient jdbc, PasswordEncoder encoder, String username, String role, UUID scope) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into identity.user_account (id, username, full_name, password_hash, role, enabled, version) values (?, ?, ?, ?, ?, true, 0)")
                .params(id, username, username, encoder.encode("bench-password"), role)
                .update();
        jdbc.sql("insert into identity.user_scope (user_account, org_unit_id) values (?, ?)")
                .params(id, scope)
                .update();
    }

    private static double median(java.util.function.Supplier<OporaHttp.Response> request) {
        for (int i = 0; i < 5; i++) check(request.get());
        double[] ms = new double[21];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            check(request.get());
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static void check(OporaHttp.Response r) {
        if (r.status() != 200) throw new IllegalStateException("page answered " + r.status());
    }

    static Assessment assessment(String code) {
        var tasks = new ArrayList<Task>();
        for (int t = 0; t < SyntheticRegion.TASKS; t++)
            tasks.add(new Task(
                    t,
                    String.valueOf(t + 1),
                    SyntheticRegion.MAX[t],
                    "B." + (t + 1),
                    "Умение " + (t + 1),
                    t > 11 ? Difficulty.ADVANCED : Difficulty.BASIC));
        return new Assessment(
                UUID.randomUUID(),
                AssessmentKind.REGIONAL,
                2026,
                code,
                "Эталонная работа",
                6,
                tasks,
                Scale.of(6, 10, 15, 20));
    }

    /** The largest used heap seen while the import runs (a sum of the pools' own peaks would overstate it). */
    private static final class HeapSampler {
        private volatile boolean running = true;
        private volatile long max;
        private final Thread thread;

        HeapSampler() {
            System.gc();
            var memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(
                    () -> {
                        while (running) {
                            max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
                            try {
                                Thread.sleep(10);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return max;
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static int freePort() throws java.io.IOException {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
