package ru.opora.coordination.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.shared.StoredFiles;

/**
 * The files of an event (its materials) and of a practice: each checked (name, size, type and first
 * bytes) before anything is saved — a practice with one file over the limit is refused whole —,
 * stored under a name Opora makes, listed by their owner.
 */
@Component
public class Materials {

    /** Whose file it is. */
    public enum Owner {
        EVENT,
        PRACTICE
    }

    public record File(UUID id, String name, long size, String uploadedBy) {}

    /** Why a file is refused: a message key and its arguments, the file's name first where the message names it. */
    public record Refusal(String code, Object[] args) {}

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final StoredFiles.Limits limits;

    Materials(
            JdbcClient jdbc,
            @Value("${opora.storage.dir:data/files}") String dir,
            @Value("${opora.coordination.material-max-mb:20}") long maxMb) {
        this.jdbc = jdbc;
        this.files = new StoredFiles(Path.of(dir));
        this.limits = new StoredFiles.Limits(
                maxMb * 1024 * 1024,
                List.of("pdf", "docx", "doc", "xlsx", "xls", "pptx", "ppt", "odt", "ods", "odp", "jpg", "jpeg", "png"));
    }

    /** Why the first of the files that cannot be kept is refused, if one is. */
    public Optional<Refusal> check(List<MultipartFile> given) {
        for (var file : given) {
            if (file.isEmpty()) continue;
            try (InputStream in = file.getInputStream()) {
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                var refusal = files.check(name, file.getSize(), in.readNBytes(16), limits);
                if (refusal.isPresent()) {
                    var r = refusal.get();
                    // the shared messages do not all name the file; among several files they must
                    return Optional.of(
                            r.code().equals("files.tooLarge")
                                            || r.code().equals("files.badType")
                                            || r.code().equals("files.notWhatItSays")
                                    ? new Refusal("coordination." + r.code(), new Object[] {name, r.argument()})
                                    : new Refusal(r.code(), new Object[] {r.argument()}));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** Stores checked files of the owner. */
    public void attach(Owner kind, UUID owner, List<MultipartFile> given, String actor) {
        for (var file : given) {
            if (file.isEmpty()) continue;
            String name = Objects.requireNonNull(file.getOriginalFilename());
            try (InputStream in = file.getInputStream()) {
                String stored = files.store(name, in);
                jdbc.sql("""
                                insert into coordination.material (id, owner_id, owner_kind, file_name, stored, size_bytes, uploaded_by)
                                values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(UUID.randomUUID(), owner, kind.name(), name, stored, file.getSize(), actor)
                        .update();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public List<File> of(UUID owner) {
        return jdbc.sql("""
                        select id, file_name, size_bytes, uploaded_by from coordination.material where owner_id = ?
                        order by uploaded_at, file_name""")
                .param(owner)
                .query((rs, n) ->
                        new File(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** Sends the owner's file, or says it has no such file. */
    public boolean download(UUID owner, UUID file, jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        var found = jdbc.sql("select stored, file_name from coordination.material where id = ? and owner_id = ?")
                .params(file, owner)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
        if (found.isEmpty()) return false;
        response.setContentType("application/octet-stream");
        response.setHeader(
                "Content-Disposition",
                org.springframework.http.ContentDisposition.attachment()
                        .filename(found.get()[1], java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (var in = files.open(found.get()[0])) {
            in.transferTo(response.getOutputStream());
        }
        return true;
    }
}
