package ru.opora.identification;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.Scope;

/** What other modules read of the ШНОР statuses: each school's current state, by scope. */
@Component
public class ShnorRegister {

    private final JdbcClient jdbc;

    ShnorRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current state of every school in the scope that has one. */
    public Map<UUID, ShnorState> states(Scope scope) {
        var result = new HashMap<UUID, ShnorState>();
        if (scope.isEmpty()) return result;
        jdbc.sql("select school_id, state from identification.shnor_status where " + scope.sqlCondition("school_path"))
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), ShnorState.valueOf(rs.getString(2)));
                });
        return result;
    }
}
