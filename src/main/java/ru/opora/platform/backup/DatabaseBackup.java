package ru.opora.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole copy of Opora's data in one file: every table of every schema (as PostgreSQL's COPY
 * text), the sequences' positions, and the stored files (evidence), with a manifest of row counts
 * and migration versions. It is read in one REPEATABLE READ transaction, so a backup taken while
 * Opora runs on an external server is consistent. The embedded server's binaries carry no pg_dump,
 * and Debian's pg_dump cannot read a newer server, hence this format (docs/decisions/0020).
 *
 * <p>A restore replaces everything: into a database migrated to the same version as the backup's,
 * every table is emptied and loaded with the foreign-key triggers off, then the sequences are set.
 */
@Component
public class DatabaseBackup {

    /** What a backup holds: when it was made, the tables with their rows, the migration versions. */
    public record Manifest(Instant createdAt, Map<String, Long> tables, Map<String, String> migrations, int files) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Tables and partitioned tables, not their partitions: a partitioned table's rows are read and written through it. */
    private static final String TABLES = """
            select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p') and not c.relispartition
              and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_%'
            order by 1""";

    /**
     * The partitions, parents first: their names, parents, bounds and (for a partition partitioned
     * again) keys. They are made while Opora runs (a year's results, assessments/V10), so a restore
     * makes those the backup had before it writes their rows.
     */
    private static final String PARTITIONS = """
            select n.nspname || '.' || c.relname || E'\t' || pn.nspname || '.' || p.relname || E'\t'
                   || pg_get_expr(c.relpartbound, c.oid) || E'\t'
                   || case when c.relkind = 'p' then pg_get_partkeydef(c.oid) else '' end
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            join pg_inherits i on i.inhrelid = c.oid join pg_class p on p.oid = i.inhparent
            join pg_namespace pn on pn.oid = p.relnamespace
            where c.relispartition and c.relkind in ('r', 'p')
            order by (select count(*) from pg_partition_ancestors(c.oid)), 1""";

    private static final java.util.regex.Pattern BOUND =
            java.util.regex.Pattern.compile("FOR VALUES (IN|WITH|FROM) \\([^;()]*\\)( TO \\([^;()]*\\))?");
    private static final java.util.regex.Pattern KEY =
            java.util.regex.Pattern.compile("(LIST|HASH|RANGE) \\([a-z_][a-z0-9_, ]*\\)");

    private final DataSource dataSource;
    private final Path files;
    private final java.time.Clock clock;

    DatabaseBackup(
            DataSource dataSource, @Value("${opora.storage.dir:data/files}") String files, java.time.Clock clock) {
        this.dataSource = dataSource;
        this.files = Path.of(files);
        this.clock = clock;
    }

    /** Writes the backup to {@code target}. */
    public Manifest write(Path target) {
        try (Connection c = dataSource.getConnection();
                var out = new ZipOutputStream(Files.newOutputStream(target))) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            var counts = new LinkedHashMap<String, Long>();
            for (String table : strings(c, TABLES)) {
                out.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                // a partitioned table is copied out through a query (COPY refuses it by name)
                counts.put(
                        table,
                        copy.copyOut(
                                "copy (select " + columns(c, table) + " from " + quoted(table) + ") to stdout",
                                new Unclosed(out)));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("partitions.tsv"));
            for (String line : strings(c, PARTITIONS)) out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("sequences.tsv"));
            for (String line : strings(
                    c,
                    "select schemaname || '.' || sequencename || E'\\t' || coalesce(last_value, 0) || E'\\t' || "
                            + "(last_value is not null) from pg_sequences order by 1"))
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            int stored = storedFiles(out);
            var manifest = new Manifest(clock.instant(), counts, migrations(c, counts.keySet()), stored);
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            out.closeEntry();
            c.commit();
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backup's manifest, read without touching the database. */
    public Manifest manifest(Path source) {
        try (var zip = new ZipFile(source.toFile())) {
            return manifest(zip, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this database was migrated to the versions the backup was made at. */
    public boolean sameMigrations(Manifest manifest) {
        try (Connection c = dataSource.getConnection()) {
            return migrations(c, strings(c, TABLES)).equals(manifest.migrations());
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Manifest manifest(ZipFile zip, Path source) throws IOException {
        var entry = zip.getEntry("manifest.json");
        if (entry == null) throw new IllegalArgumentException(source + " is not an Opora backup (no manifest.json)");
        try (InputStream in = zip.getInputStream(entry)) {
            return JSON.readValue(in, Manifest.class);
        }
    }

    /** Replaces all data with the backup's; refuses a backup of another schema version. */
    public Manifest restore(Path source) {
        try (var zip = new ZipFile(source.toFile());
                Connection c = dataSource.getConnection()) {
            Manifest manifest = manifest(zip, source);
            c.setAutoCommit(false);
            var current = migrations(c, strings(c, TABLES));
            if (!current.equals(manifest.migrations()))
                throw new IllegalArgumentException("the backup was made by another version of Opora: its migrations "
                        + manifest.migrations() + ", this database's " + current);
            try (var st = c.createStatement()) {
                st.execute("set local session_replication_role = replica");
                for (String table : strings(c, TABLES)) st.execute("truncate " + quoted(table) + " cascade");
            }
            makePartitions(zip, c);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : manifest.tables().keySet())
                try (InputStream in = zip.getInputStream(zip.getEntry("tables/" + table + ".copy"))) {
                    copy.copyIn("copy " + quoted(table) + " (" + columns(c, table) + ") from stdin", in);
                }
            try (InputStream in = zip.getInputStream(zip.getEntry("sequences.tsv"));
                    var st = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank()) continue;
                    String[] f = line.split("\t");
                    st.setString(1, f[0]);
                    st.setLong(2, Math.max(1, Long.parseLong(f[1])));
                    st.setBoolean(3, Boolean.parseBoolean(f[2]));
                    st.execute();
                }
            }
            c.commit();
            restoreFiles(zip);
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the backup's partitions this database lacks, parents first; their indexes follow from their parents'. */
    private static void makePartitions(ZipFile zip, Connection c) throws IOException, SQLException {
        var entry = zip.getEntry("partitions.tsv");
        if (entry == null) return;
        try (InputStream in = zip.getInputStream(entry);
                var st = c.createStatement()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                // the bound and key are SQL from the file: only their shapes, never a statement, are let through
                if (f.length != 4
                        || !BOUND.matcher(f[2]).matches()
                        || !(f[3].isEmpty() || KEY.matcher(f[3]).matches()))
                    throw new IllegalArgumentException("not a partition of an Opora backup: " + line);
                st.execute("create table if not exists " + quoted(f[0]) + " partition of " + quoted(f[1]) + " " + f[2]
                        + (f[3].isEmpty() ? "" : " partition by " + f[3]));
            }
        }
    }

    private int storedFiles(ZipOutputStream out) throws IOException {
        if (!Files.isDirectory(files)) return 0;
        int n = 0;
        try (Stream<Path> walk = Files.walk(files)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new ZipEntry("files/" + files.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
                n++;
            }
        }
        return n;
    }

    private void restoreFiles(ZipFile zip) throws IOException {
        var root = files.toAbsolutePath().normalize();
        for (var e : java.util.Collections.list(zip.entries())) {
            if (!e.getName().startsWith("files/") || e.isDirectory()) continue;
            Path target = root.resolve(e.getName().substring("files/".length())).normalize();
            if (!target.startsWith(root))
                throw new IllegalArgumentException("a file outside the store: " + e.getName());
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(e)) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The newest successful migration of each Flyway history table. */
    private static Map<String, String> migrations(Connection c, Iterable<String> tables) throws SQLException {
        var result = new LinkedHashMap<String, String>();
        for (String t : tables) {
            if (!t.substring(t.indexOf('.') + 1).startsWith("flyway_schema_history")) continue;
            var versions = strings(
                    c,
                    "select version from " + quoted(t)
                            + " where success and version is not null order by installed_rank desc limit 1");
            result.put(t, versions.isEmpty() ? "" : versions.getFirst());
        }
        return result;
    }

    /**
     * The table's columns but its generated ones (risk/V2 keeps a profile's levels beside its
     * entries): they are computed again as the rows are written, and COPY refuses values for them.
     */
    private static String columns(Connection c, String table) throws SQLException {
        try (var st = c.prepareStatement("""
                select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute
                where attrelid = ?::regclass and attnum > 0 and not attisdropped and attgenerated = ''""")) {
            st.setString(1, quoted(table));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        var list = new ArrayList<String>();
        try (var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            while (rs.next()) list.add(rs.getString(1));
        }
        return list;
    }

    private static String quoted(String table) {
        int dot = table.indexOf('.');
        return '"' + table.substring(0, dot).replace("\"", "\"\"") + "\".\""
                + table.substring(dot + 1).replace("\"", "\"\"") + '"';
    }

    /** The zip stream stays open when COPY is done with an entry. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
