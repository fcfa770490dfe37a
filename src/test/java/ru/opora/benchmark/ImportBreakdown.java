package ru.opora.benchmark;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.assessments.results.ImportPhases;
import ru.opora.assessments.results.ResultImport;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * Where a results import's time goes: the file checked without writing (reading, parsing, checking
 * and scoring every row, Java alone), and PostgreSQL alone writing the same class blocks (COPY from
 * a server file into a table like {@code work_block}, then the commit with its fsync). The import
 * runs the two side by side on two threads, then sums the aggregates and commits: neither part alone
 * can be faster than its own line here.
 */
final class ImportBreakdown {

    private ImportBreakdown() {}

    /** The seconds of a check-only import of the file (nothing is written), and its thread's processor seconds. */
    record Check(double seconds, double processor) {}

    static Check checkOnly(ApplicationContext app, UUID assessment, Path csv, String regionPath) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, List.of(new SimpleGrantedAuthority("RESULTS_IMPORT"))));
        try {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            var outcome = app.getBean(ResultImport.class)
                    .importFile(new ResultImport.Request(
                            assessment,
                            csv.getFileName().toString(),
                            csv,
                            Scope.of(OrgPath.parse(regionPath)),
                            null,
                            "benchmark",
                            true));
            if (!outcome.problems().isEmpty())
                throw new IllegalStateException(
                        "check rejected the file: " + outcome.problems().getFirst());
            return new Check((System.nanoTime() - t) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Prints and returns PostgreSQL's own processor time to take the assessment's blocks in again:
     * binary COPY (as the import sends them) from a server file into {@code work_block} itself (its partitions, keys and checks), under
     * another import number, then the commit with its fsync. The processor time is the server
     * process's own (from /proc); the copy is deleted afterwards.
     */
    static double postgresAlone(JdbcClient jdbc, DataSource dataSource, UUID assessment, Path dir, long works)
            throws SQLException, java.io.IOException {
        Path file = dir.resolve("blocks-" + assessment + ".copy").toAbsolutePath();
        String columns =
                "year, region_id, assessment_id, school_id, class_label, import_number, block, codes, scores, facts";
        jdbc.sql("copy (select " + columns.replace("import_number", "import_number + " + AGAIN)
                        + " from assessments.work_block where assessment_id = '" + assessment + "') to '" + file
                        + "' with (format binary)")
                .update();
        long blocks;
        double copy;
        double commit;
        double processor;
        try (var c = dataSource.getConnection()) {
            long server = serverProcess(c);
            double before = processorSeconds(server);
            c.setAutoCommit(false);
            long t = System.nanoTime();
            try (var s = c.createStatement()) {
                blocks = s.executeLargeUpdate(
                        "copy assessments.work_block (" + columns + ") from '" + file + "' with (format binary)");
            }
            copy = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            c.commit();
            commit = (System.nanoTime() - t) / 1e9;
            processor = processorSeconds(server) - before;
            c.setAutoCommit(true);
        } finally {
            jdbc.sql("delete from assessments.work_block where assessment_id = ? and import_number >= ?")
                    .param(assessment)
                    .param(AGAIN)
                    .update();
            jdbc.sql("vacuum assessments.work_block").update();
            java.nio.file.Files.deleteIfExists(file);
        }
        System.out.printf(
                Locale.ROOT,
                "breakdown   PostgreSQL alone: binary COPY of the import's %,d class blocks into work_block from a server file"
                        + " %.2f s + commit %.2f s = %,.0f works/s; %.2f s of the server's processor%n",
                blocks,
                copy,
                commit,
                works / (copy + commit),
                processor);
        return processor;
    }

    private static final long AGAIN = 1_000_000_000L;

    /** The process of a server connection taken from the pool (any of them: its parent is the server). */
    static long serverProcess(JdbcClient jdbc) {
        return jdbc.sql("select pg_backend_pid()").query(Long.class).single();
    }

    private static long serverProcess(java.sql.Connection c) throws SQLException {
        try (var s = c.createStatement();
                var r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A process's user and system time, from /proc (the benchmark runs on Linux), in seconds. */
    private static double processorSeconds(long pid) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are fields 14 and 15 of the file, 12 and 13 after the name
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /**
     * The import's ceiling on this machine: each million works costs Java's seconds and PostgreSQL's
     * seconds of processor, and the two sides can at best share the machine's cores; the closing
     * phases (school sums, roll-up, statistics, audit, commit) come after the reading, one after the
     * other, so their time adds to it. Packing the blocks, the collector and the compilers are
     * counted as free: no import of this design can be faster on this machine.
     */
    static void ceiling(long works, double java, double postgres, ImportPhases closing, double importSeconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        double perMillion = (java + postgres) / (works / 1e6);
        System.out.printf(
                Locale.ROOT,
                "breakdown   %.2f s of processor per million works (Java %.2f, PostgreSQL %.2f): reading and COPY on %d"
                        + " cores at best %,.0f works/s, before the closing phases%n",
                perMillion,
                java / (works / 1e6),
                postgres / (works / 1e6),
                cores,
                cores / perMillion * 1e6);
        double reading = closing.seconds().getOrDefault("reading and writing blocks", 0.0);
        double after = importSeconds - reading;
        double floor = (java + postgres) / cores + after;
        System.out.printf(
                Locale.ROOT,
                "breakdown   with the warm import's %.2f s outside its reading (lookups, sums, roll-up, statistics, audit, commit):"
                        + " at best %,.0f works/s;"
                        + " it reached %,.0f%n",
                after,
                works / floor,
                works / importSeconds);
    }

    static void checkLine(long works, Check check) {
        System.out.printf(
                Locale.ROOT,
                "breakdown   Java alone: the file checked without writing (read, parse, check, score) in %.1f s"
                        + " = %,.0f works/s; %.2f s of the processor%n",
                check.seconds(),
                works / check.seconds(),
                check.processor());
    }

    /** The import's own phases, as it timed them, and what is left of its time: the commit and the start. */
    static void phases(ImportPhases phases, double importSeconds) {
        double timed = phases.seconds().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("of which"))
                .mapToDouble(java.util.Map.Entry::getValue)
                .sum();
        System.out.printf(Locale.ROOT, "phases      %s, commit %.2f s%n", phases, importSeconds - timed);
    }
}
