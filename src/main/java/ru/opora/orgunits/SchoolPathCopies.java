package ru.opora.orgunits;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables of one module that keep a copy of a school's path in a {@code school_path} column,
 * next to its {@code school_id}, so that lists filter by scope without a join. A module's
 * {@link SchoolMoved} listener hands them here to follow the school to its new municipality.
 */
public record SchoolPathCopies(String schema, List<String> tables) {

    public SchoolPathCopies {
        tables = List.copyOf(tables);
    }

    /** Rewrites every copy of the moved school's path; run inside the moving transaction. */
    public void follow(SchoolMoved moved, JdbcClient jdbc) {
        for (String table : tables)
            jdbc.sql("update " + schema + "." + table + " set school_path = ? where school_id = ?")
                    .params(moved.to(), moved.schoolId())
                    .update();
    }
}
