package ru.opora.reporting.publicpage;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;

/** What a school publishes: whether its page is on, which sections it shows, its own words. */
@Component
class PublicPages {

    /** The sections a school may show; none carries personal data. */
    enum Section {
        /** Its ШНОР status. */
        STATUS,
        /** Its documents approved and measures done, as counts. */
        PLAN
    }

    record Settings(UUID schoolId, boolean enabled, Set<Section> sections, String intro, Instant updatedAt) {

        static Settings off(UUID school) {
            return new Settings(school, false, Set.of(Section.STATUS, Section.PLAN), "", Instant.EPOCH);
        }

        public boolean shows(String section) {
            return sections.stream().anyMatch(s -> s.name().equals(section));
        }
    }

    static final int INTRO = 2000;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PublicPages(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    Optional<Settings> of(UUID school) {
        return jdbc.sql(
                        "select school_id, enabled, sections, intro, updated_at from reporting.public_page where school_id = ?")
                .param(school)
                .query((rs, n) -> new Settings(
                        rs.getObject(1, UUID.class),
                        rs.getBoolean(2),
                        Set.copyOf(Arrays.stream((Object[]) rs.getArray(3).getArray())
                                .map(o -> Section.valueOf((String) o))
                                .toList()),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** Saves the school's choice; returns the problem's message key, if any. */
    @RequiresPermission(Permission.PUBLIC_PAGE_EDIT)
    @Transactional
    Optional<String> save(OrgUnitRef school, boolean enabled, List<String> sections, String intro, String actor) {
        if (intro.length() > INTRO) return Optional.of("public.intro.long");
        var chosen = sections.stream()
                .filter(s ->
                        Arrays.stream(Section.values()).anyMatch(x -> x.name().equals(s)))
                .distinct()
                .toList();
        jdbc.sql("""
                        insert into reporting.public_page (school_id, school_path, enabled, sections, intro, updated_by)
                        values (?, ?, ?, ?::text[], ?, ?) on conflict (school_id) do update set enabled = excluded.enabled,
                            sections = excluded.sections, intro = excluded.intro, updated_by = excluded.updated_by,
                            updated_at = now()""")
                .params(school.id(), school.path().value(), enabled, "{" + String.join(",", chosen) + "}", intro, actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "PUBLIC_PAGE",
                school.id().toString(),
                school.name(),
                "UPDATE",
                null,
                new HashMap<>(Map.of("enabled", enabled, "sections", String.join(",", chosen)))));
        return Optional.empty();
    }
}
