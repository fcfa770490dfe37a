package ru.opora.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.Opora;
import ru.opora.platform.MainPages;

/**
 * The load test (docs/benchmarks.md): {@code ./opora benchmark-load [users] [seconds] [works]
 * [think-ms] [--property=value…]}. Starts Opora with the demo region, signs in {@code users} clones
 * of the demo's accounts ({@link LoadUsers}), and lets each browse the main pages its role may
 * open, one page after another with a think time drawn around {@code think-ms}, for {@code
 * seconds}; ten seconds in, the region's admin imports a results file of {@code works} works
 * through the API ({@link LoadImport}). Prints the median, p95, p99 and worst time and the errors
 * by role, before, during and after the import, and the settings they were measured with.
 * Properties after the numbers go to Opora as they are (a pool size, Tomcat's threads), so that
 * settings can be compared.
 */
public final class LoadBenchmark {

    private static final String PASSWORD = "demo2026";

    /** One request: who (the demo account cloned), when it started, how long it took, its status. */
    private record Sample(String like, long at, double ms, int status) {}

    public static void main(String[] args) throws Exception {
        var numbers = new ArrayList<Integer>();
        var properties = new ArrayList<String>();
        for (String a : args)
            if (a.startsWith("--")) properties.add(a);
            else numbers.add(Integer.parseInt(a.replace("_", "")));
        int users = numbers.size() > 0 ? numbers.get(0) : 200;
        int seconds = numbers.size() > 1 ? numbers.get(1) : 90;
        int works = numbers.size() > 2 ? numbers.get(2) : 2_000_000;
        int think = numbers.size() > 3 ? numbers.get(3) : 5_000;
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var options = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--opora.embedded-db.persistent=true",
                "--opora.embedded-db.data-directory="
                        + dir.resolve("load-" + System.currentTimeMillis()).toAbsolutePath(),
                "--opora.demo.enabled=true",
                "--opora.demo.results=true",
                "--logging.level.root=WARN",
                "--logging.level.ru.opora=WARN",
                "--spring.main.banner-mode=off",
                "--logging.file.name=" + dir.resolve("load.log")));
        options.addAll(properties);
        long t0 = System.nanoTime();
        ConfigurableApplicationContext app = SpringApplication.run(Opora.class, options.toArray(String[]::new));
        try {
            System.out.printf(
                    Locale.ROOT,
                    "load        started with the demo region in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            new LoadBenchmark(app, port).run(users, seconds, works, think, dir);
        } finally {
            app.close();
        }
    }

    private final ConfigurableApplicationContext app;
    private final JdbcClient jdbc;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

    private LoadBenchmark(ConfigurableApplicationContext app, int port) {
        this.app = app;
        this.jdbc = app.getBean(JdbcClient.class);
        this.port = port;
    }

    private void run(int count, int seconds, int works, int think, Path dir) throws Exception {
        var users = LoadUsers.signIn(port, new LoadUsers(jdbc).create(count), PASSWORD);
        var pages = pagesByRole(users);
        var upload = LoadImport.prepare(jdbc, dir, works);
        System.out.printf(
                Locale.ROOT,
                "load        %d users signed in; pages by role: %s; import file of %,d works ready%n",
                users.size(),
                sizes(pages),
                works);
        samples.clear();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        var importer = Thread.ofPlatform().name("load-import").unstarted(() -> {
            LockSupport.parkNanos(10_000_000_000L);
            upload.run(port);
        });
        importer.start();
        var browsing = new ArrayList<Thread>();
        for (var user : users)
            browsing.add(Thread.ofVirtual().start(() -> browse(user, pages.get(user.like()), think, end, upload)));
        for (var t : browsing) t.join();
        importer.join();
        report(users.size(), think, start, upload);
    }

    /** The main pages that answer a role's first user, each fetched twice to warm the server up. */
    private Map<String, List<String>> pagesByRole(List<LoadUsers.LoadUser> users) {
        var pages = new LinkedHashMap<String, List<String>>();
        for (var user : users) {
            if (pages.containsKey(user.like())) continue;
            var open = new ArrayList<String>();
            for (String path : MainPages.PAGES) {
                int first = get(user, path);
                int second = get(user, path);
                if (first == 200 && second == 200) open.add(path);
            }
            pages.put(user.like(), open);
        }
        return pages;
    }

    private static String sizes(Map<String, List<String>> pages) {
        var text = new StringBuilder();
        pages.forEach((role, list) ->
                text.append(text.isEmpty() ? "" : ", ").append(role).append(' ').append(list.size()));
        return text.toString();
    }

    /** A user's session: think, open a page, again, until the end (and until the import has ended). */
    private void browse(LoadUsers.LoadUser user, List<String> pages, int think, long end, LoadImport upload) {
        var random = ThreadLocalRandom.current();
        // the first page comes at a random moment of the first think time, as users arrive unevenly
        LockSupport.parkNanos(random.nextLong(think * 1_000_000L));
        while (System.nanoTime() < end || !upload.done()) {
            String path = pages.get(random.nextInt(pages.size()));
            long t = System.nanoTime();
            int status = get(user, path);
            samples.add(new Sample(user.like(), t, (System.nanoTime() - t) / 1e6, status));
            // think times from half to one and a half of the mean
            LockSupport.parkNanos((long) (think * 1_000_000L * (0.5 + random.nextDouble())));
        }
    }

    private int get(LoadUsers.LoadUser user, String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + user.cookie())
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void report(int users, int think, long start, LoadImport upload) {
        var all = new ArrayList<>(samples);
        double seconds = (all.stream().mapToLong(Sample::at).max().orElse(start) - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "load        %d users, think time %.1f s on average, %.0f s: %,d requests, %.0f a second%n",
                users,
                think / 1000.0,
                seconds,
                all.size(),
                all.size() / seconds);
        System.out.printf(
                Locale.ROOT,
                "import      %,d works: %s in %.1f s under load (%,.0f works/s)%n",
                upload.works(),
                upload.status,
                upload.seconds(),
                upload.works() / upload.seconds());
        System.out.printf(
                "%-22s %9s %8s %8s %8s %8s %7s%n", "requests (ms)", "count", "median", "p95", "p99", "max", "errors");
        line("all", all);
        line(
                "before the import",
                all.stream().filter(s -> s.at() < upload.startedAt).toList());
        line(
                "during the import",
                all.stream()
                        .filter(s -> s.at() >= upload.startedAt && s.at() < upload.endedAt)
                        .toList());
        line(
                "after the import",
                all.stream().filter(s -> s.at() >= upload.endedAt).toList());
        all.stream()
                .map(Sample::like)
                .distinct()
                .forEach(role -> line(
                        "  " + role,
                        all.stream().filter(s -> s.like().equals(role)).toList()));
        settings();
    }

    private static void line(String label, List<Sample> samples) {
        if (samples.isEmpty()) {
            System.out.printf("%-22s %9d%n", label, 0);
            return;
        }
        double[] ms = samples.stream().mapToDouble(Sample::ms).sorted().toArray();
        long errors = samples.stream().filter(s -> s.status() != 200).count();
        System.out.printf(
                Locale.ROOT,
                "%-22s %9d %8.1f %8.1f %8.1f %8.1f %7d%n",
                label,
                ms.length,
                ms[ms.length / 2],
                ms[(int) Math.ceil(0.95 * ms.length) - 1],
                ms[(int) Math.ceil(0.99 * ms.length) - 1],
                ms[ms.length - 1],
                errors);
    }

    private void settings() {
        Environment env = app.getEnvironment();
        System.out.printf(
                "settings    connection pool %s, Tomcat threads %s, virtual threads %s; PostgreSQL max_connections %s, shared_buffers %s, work_mem %s%n",
                env.getProperty("spring.datasource.hikari.maximum-pool-size", "10 (default)"),
                env.getProperty("server.tomcat.threads.max", "200 (default)"),
                env.getProperty("spring.threads.virtual.enabled", "false"),
                show("max_connections"),
                show("shared_buffers"),
                show("work_mem"));
    }

    private String show(String setting) {
        return jdbc.sql("show " + setting).query(String.class).single();
    }
}
