package ru.opora.orgunits.register;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded register files between their dry run and their commit; a day later they are gone. */
@Repository
class RegisterUploads {

    record Upload(UUID id, String fileName, byte[] content, String uploadedBy) {}

    private final JdbcClient jdbc;

    RegisterUploads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID stage(String fileName, byte[] content, String uploadedBy) {
        jdbc.sql("delete from orgunits.register_upload where uploaded_at < now() - interval '1 day'")
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into orgunits.register_upload (id, file_name, content, uploaded_by) values (?, ?, ?, ?)")
                .params(id, fileName, content, uploadedBy)
                .update();
        return id;
    }

    /** Only the user who uploaded a file may commit it. */
    Optional<Upload> find(UUID id, String uploadedBy) {
        return jdbc.sql(
                        "select id, file_name, content, uploaded_by from orgunits.register_upload where id = ? and uploaded_by = ?")
                .params(id, uploadedBy)
                .query((rs, n) -> new Upload(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getBytes("content"),
                        rs.getString("uploaded_by")))
                .optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from orgunits.register_upload where id = ?").param(id).update();
    }
}
