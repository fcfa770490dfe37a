package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identification.ObjectivityConcerns;
import ru.opora.orgunits.OrgPath;

/** Answers {@link ObjectivityConcerns} from the stored flags: dismissed ones no longer count. */
@Component
class ObjectivityConcernsFromFlags implements ObjectivityConcerns {

    private final JdbcClient jdbc;

    ObjectivityConcernsFromFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's prefix is written into the statement, so that its plan is kept (decision 0037). */
    @Override
    public Map<UUID, List<String>> of(OrgPath regionPath, int year) {
        var concerns = new TreeMap<UUID, List<String>>();
        jdbc.sql("""
                        select school_id, code from identification.objectivity_flag
                        where school_path like %s and year between ? and ? and status in ('OPEN', 'CONFIRMED')
                        order by school_id, code""".formatted(regionPath.sqlLiteralPattern()))
                .params(year - 1, year)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .forEach(e -> {
                    var codes = concerns.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                    if (!codes.contains(e.getValue())) codes.add(e.getValue());
                });
        return concerns;
    }

    @Override
    public Map<UUID, Integer> confirmed(OrgPath regionPath, int year) {
        var confirmed = new TreeMap<UUID, Integer>();
        jdbc.sql("""
                        select school_id, count(*) from identification.objectivity_flag
                        where school_path like %s and year between ? and ? and status = 'CONFIRMED'
                        group by school_id""".formatted(regionPath.sqlLiteralPattern()))
                .params(year - 1, year)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list()
                .forEach(e -> confirmed.put(e.getKey(), e.getValue()));
        return confirmed;
    }
}
