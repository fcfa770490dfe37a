package ru.opora.coordination.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.shared.StoredFiles;

/**
 * The files an assignee attaches to a report: checked (name, size, type and first bytes) before
 * anything is saved, stored under a name Opora makes, listed by assignment.
 */
@Component
class ReportFiles {

    record File(UUID id, String name, long size, String uploadedBy) {}

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final StoredFiles.Limits limits;

    ReportFiles(
            JdbcClient jdbc,
            @Value("${opora.storage.dir:data/files}") String dir,
            @Value("${opora.coordination.report-max-mb:10}") long maxMb) {
        this.jdbc = jdbc;
        this.files = new StoredFiles(Path.of(dir));
        this.limits = new StoredFiles.Limits(
                maxMb * 1024 * 1024, List.of("pdf", "docx", "doc", "xlsx", "xls", "odt", "ods", "jpg", "jpeg", "png"));
    }

    /** Why the file is refused, if it is. */
    Optional<StoredFiles.Refusal> check(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes(16);
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            return files.check(name, file.getSize(), head, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a checked file of the assignment's report. */
    void attach(UUID assignment, MultipartFile file, String actor) {
        String name = java.util.Objects.requireNonNull(file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            String stored = files.store(name, in);
            jdbc.sql("""
                            insert into coordination.assignment_file (id, assignment_id, file_name, stored, size_bytes, uploaded_by)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), assignment, name, stored, file.getSize(), actor)
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<File> of(UUID assignment) {
        return jdbc.sql("""
                        select id, file_name, size_bytes, uploaded_by from coordination.assignment_file where assignment_id = ?
                        order by uploaded_at""")
                .param(assignment)
                .query((rs, n) ->
                        new File(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** The stored name and the file's own name of an assignment's file. */
    Optional<String[]> find(UUID assignment, UUID file) {
        return jdbc.sql("select stored, file_name from coordination.assignment_file where id = ? and assignment_id = ?")
                .params(file, assignment)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    InputStream open(String stored) {
        return files.open(stored);
    }
}
