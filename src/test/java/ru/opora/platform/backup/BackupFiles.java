package ru.opora.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Backups changed the way a test needs: another version's, an older one. */
public final class BackupFiles {

    private BackupFiles() {}

    /** A copy of the backup whose manifest is changed by {@code edit}. */
    public static Path withManifest(Path source, Path target, UnaryOperator<String> edit) throws IOException {
        try (var in = new ZipFile(source.toFile());
                var out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("manifest.json"))
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }

    /** The edit that makes a backup look made by another version of Opora. */
    public static String anotherVersion(String manifest) {
        return manifest.replaceFirst(
                "\"migrations\" : \\{", "\"migrations\" : { \"public.flyway_schema_history_x\" : \"99\",");
    }
}
