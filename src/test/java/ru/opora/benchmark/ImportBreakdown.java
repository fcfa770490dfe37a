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

    /** The seconds of a check-only import of the file (nothing is written). */
    static double checkOnly(ApplicationContext app, UUID assessment, Path csv, String regionPath) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, List.of(new SimpleGrantedAuthority("RESULTS_IMPORT"))));
        try {
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
            return (System.nanoTime() - t) / 1e9;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Prints and returns PostgreSQL's own time to take the assessment's blocks in, as COPY and commit. */
    static double postgresAlone(JdbcClient jdbc, DataSource dataSource, UUID assessment, Path dir, long works)
            throws SQLException, java.io.IOException {
        Path file = dir.resolve("blocks-" + assessment + ".copy").toAbsolutePath();
        jdbc.sql("copy (select * from assessments.work_block where assessment_id = '" + assessment + "') to '" + file
                        + "'")
                .update();
        jdbc.sql("create table public.bench_blocks (like assessments.work_block including all)")
                .update();
        long blocks;
        double copy;
        double commit;
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long t = System.nanoTime();
            try (var s = c.createStatement()) {
                blocks = s.executeLargeUpdate("copy public.bench_blocks from '" + file + "'");
            }
            copy = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            c.commit();
            commit = (System.nanoTime() - t) / 1e9;
            c.setAutoCommit(true);
        } finally {
            jdbc.sql("drop table if exists public.bench_blocks").update();
            java.nio.file.Files.deleteIfExists(file);
        }
        System.out.printf(
                Locale.ROOT,
                "breakdown   PostgreSQL alone: COPY of the import's %,d class blocks from a server file %.2f s"
                        + " + commit %.2f s = %,.0f works/s%n",
                blocks,
                copy,
                commit,
                works / (copy + commit));
        return copy + commit;
    }

    /**
     * The import's ceiling on this machine: each million works costs Java's seconds and PostgreSQL's
     * seconds of processor, and the two sides can at best share the machine's cores.
     */
    static void ceiling(long works, double java, double postgres) {
        int cores = Runtime.getRuntime().availableProcessors();
        double perMillion = (java + postgres) / (works / 1e6);
        System.out.printf(
                Locale.ROOT,
                "breakdown   %.2f s of processor per million works (Java %.2f, PostgreSQL %.2f): on %d cores at best"
                        + " %,.0f works/s%n",
                perMillion,
                java / (works / 1e6),
                postgres / (works / 1e6),
                cores,
                cores / perMillion * 1e6);
    }

    static void checkLine(long works, double seconds) {
        System.out.printf(
                Locale.ROOT,
                "breakdown   Java alone: the file checked without writing (read, parse, check, score) in %.1f s"
                        + " = %,.0f works/s%n",
                seconds,
                works / seconds);
    }
}
