package ru.opora.planning.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identity.UserDirectory;
import tools.jackson.databind.json.JsonMapper;

/** The remarks of a document's newest completed review, by the place they concern, to show beside the text. */
@Component
public class Remarks {

    /** A remark on a place of the document ({@code section:goal}, {@code measure:<id>}…). */
    public record Remark(String anchor, String text) {}

    /** The newest completed review's conclusion, with its remarks by place; the expert by name. */
    public record Latest(
            int version, String expert, String verdict, String summary, Map<String, List<String>> byAnchor) {

        public List<String> on(String anchor) {
            return byAnchor.getOrDefault(anchor, List.of());
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final UserDirectory users;

    Remarks(JdbcClient jdbc, JsonMapper json, UserDirectory users) {
        this.jdbc = jdbc;
        this.json = json;
        this.users = users;
    }

    public java.util.Optional<Latest> latest(UUID documentId) {
        return jdbc.sql("""
                        select version_number, expert, verdict, coalesce(summary, ''), remarks::text from planning.review
                        where document_id = ? and completed_at is not null order by completed_at desc limit 1""")
                .param(documentId)
                .query((rs, n) -> {
                    var byAnchor = new LinkedHashMap<String, List<String>>();
                    for (Remark r : json.readValue(rs.getString(5), Remark[].class))
                        byAnchor.computeIfAbsent(r.anchor(), k -> new ArrayList<>())
                                .add(r.text());
                    return new Latest(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), byAnchor);
                })
                .optional()
                // the expert by name, read after the row: a query inside a row mapping would hold two connections
                .map(l -> new Latest(
                        l.version(),
                        users.find(l.expert())
                                .map(UserDirectory.Person::fullName)
                                .orElse(l.expert()),
                        l.verdict(),
                        l.summary(),
                        l.byAnchor()));
    }
}
