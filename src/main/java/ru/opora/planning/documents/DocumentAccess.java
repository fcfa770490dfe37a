package ru.opora.planning.documents;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.identity.Permission;
import ru.opora.orgunits.Scope;

/**
 * Who may read a document: a reader with PLAN_VIEW whose scope holds the school, or an expert
 * assigned to review it. An expert's own scope does not open documents: experts see only what they
 * were asked to review. Anything else is answered as not found, so ids cannot be probed.
 */
@Component
public class DocumentAccess {

    private final DocumentStore store;
    private final JdbcClient jdbc;

    DocumentAccess(DocumentStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    public Document readable(UUID id, Scope scope, Authentication who) {
        var doc = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (has(who, Permission.PLAN_VIEW) && scope.permits(doc.schoolPath())) return doc;
        if (has(who, Permission.PLAN_REVIEW) && assigned(id, who.getName())) return doc;
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The document, if the reader may also change it as the school (PLAN_EDIT in scope). */
    public Document editable(UUID id, Scope scope, Authentication who) {
        var doc = readable(id, scope, who);
        var needed = doc.type().municipal() ? Permission.MUNICIPAL_PLAN_EDIT : Permission.PLAN_EDIT;
        if (!has(who, needed)) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        return doc;
    }

    public boolean assigned(UUID documentId, String expert) {
        return jdbc.sql(
                        "select exists (select 1 from planning.review where document_id = ? and lower(expert) = lower(?))")
                .params(documentId, expert)
                .query(Boolean.class)
                .single();
    }

    public static boolean has(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }
}
