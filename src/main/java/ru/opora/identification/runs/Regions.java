package ru.opora.identification.runs;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import ru.opora.orgunits.Scope;

/** The region a reader works in: the first segment of their scope's paths. */
record Regions(UUID id, String path) {

    static Regions of(Scope scope) {
        if (scope.isEmpty()) throw new AccessDeniedException("no scope");
        String first = scope.sortedPaths().getFirst();
        String id = first.substring(1).split("/")[0];
        for (String p : scope.paths())
            if (!p.startsWith("/" + id + "/")) throw new AccessDeniedException("a scope across regions");
        return new Regions(UUID.fromString(id), "/" + id + "/");
    }

    /** Whether the scope is the whole region: only then may it run and confirm identification. */
    static boolean regionWide(Scope scope) {
        return scope.paths().size() == 1
                && scope.paths().iterator().next().substring(1).split("/").length == 1;
    }
}
