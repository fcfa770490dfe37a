package ru.opora.orgunits.register;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.Settlement;

/** The schools of the register: an org_unit row plus its school row, written and read together. */
@Repository
class Schools {

    static final String SELECT = """
            select o.id, o.parent_id, o.code, o.name, o.short_name, o.path,
                   s.inn, s.ogrn, s.fis_oko_login, s.school_kind, s.has_primary, s.has_basic, s.has_secondary,
                   s.settlement, s.is_small, s.is_correctional, s.students, s.teachers, s.share_ovz,
                   s.adverse_social_conditions, s.branch_of
            from orgunits.org_unit o join orgunits.school s on s.id = o.id
            """;

    private final JdbcClient jdbc;

    Schools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Schools with these codes anywhere in the register, with their paths (for scope checks). */
    Map<String, Located> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) return Map.of();
        return jdbc
                .sql(SELECT + " where o.kind = 'SCHOOL' and o.code = any(?)")
                .param(codes.toArray(String[]::new))
                .query((rs, n) -> new Located(school(rs), OrgPath.parse(rs.getString("path"))))
                .list()
                .stream()
                .collect(Collectors.toMap(l -> l.school().code(), Function.identity()));
    }

    /** Codes of org units by id (a school's municipality and head school, for the audit log). */
    Map<UUID, String> codesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) return Map.of();
        var codes = new java.util.HashMap<UUID, String>();
        jdbc.sql("select id, code from orgunits.org_unit where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    codes.put(rs.getObject("id", UUID.class), rs.getString("code"));
                });
        return codes;
    }

    Optional<Located> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = ?")
                .param(id)
                .query((rs, n) -> new Located(school(rs), OrgPath.parse(rs.getString("path"))))
                .optional();
    }

    long count(Scope scope) {
        if (scope.isEmpty()) return 0;
        return jdbc.sql("select count(*) from orgunits.org_unit where kind = 'SCHOOL' and "
                        + scope.sqlCondition("path"))
                .query(Long.class)
                .single();
    }

    void insert(School s, OrgPath municipalityPath) {
        jdbc.sql("""
                insert into orgunits.org_unit (id, kind, parent_id, code, name, short_name, path, level)
                values (:id, 'SCHOOL', :parent, :code, :name, :shortName, :path, 3)
                """)
                .param("id", s.id())
                .param("parent", s.municipalityId())
                .param("code", s.code())
                .param("name", s.fullName())
                .param("shortName", s.shortName())
                .param("path", municipalityPath.child(s.id()).value())
                .update();
        jdbc.sql("""
                insert into orgunits.school (id, inn, ogrn, fis_oko_login, school_kind, has_primary, has_basic, has_secondary,
                    settlement, is_small, is_correctional, students, teachers, share_ovz, adverse_social_conditions, branch_of)
                values (:id, :inn, :ogrn, :fis, :kind, :primary, :basic, :secondary,
                    :settlement, :small, :correctional, :students, :teachers, :ovz, :adverse, null)
                """).paramSource(params(s)).update();
    }

    /** Moves the school under its (possibly new) municipality and rewrites its fields. */
    void update(School s, OrgPath municipalityPath) {
        jdbc.sql("""
                update orgunits.org_unit set parent_id = :parent, name = :name, short_name = :shortName, path = :path,
                    version = version + 1, updated_at = now()
                where id = :id
                """)
                .param("id", s.id())
                .param("parent", s.municipalityId())
                .param("name", s.fullName())
                .param("shortName", s.shortName())
                .param("path", municipalityPath.child(s.id()).value())
                .update();
        jdbc.sql("""
                update orgunits.school set inn = :inn, ogrn = :ogrn, fis_oko_login = :fis, school_kind = :kind,
                    has_primary = :primary, has_basic = :basic, has_secondary = :secondary, settlement = :settlement,
                    is_small = :small, is_correctional = :correctional, students = :students, teachers = :teachers,
                    share_ovz = :ovz, adverse_social_conditions = :adverse
                where id = :id
                """).paramSource(params(s)).update();
    }

    /** Branch links are set after every school of a file exists, since a branch may precede its head. */
    void linkBranch(UUID schoolId, @Nullable UUID headId) {
        jdbc.sql("update orgunits.school set branch_of = ? where id = ?")
                .param(headId)
                .param(schoolId)
                .update();
    }

    private static Map<String, Object> params(School s) {
        var p = new java.util.HashMap<String, Object>();
        p.put("id", s.id());
        p.put("inn", s.inn());
        p.put("ogrn", s.ogrn());
        p.put("fis", s.fisOkoLogin());
        p.put("kind", s.kind().name());
        p.put("primary", s.hasPrimary());
        p.put("basic", s.hasBasic());
        p.put("secondary", s.hasSecondary());
        p.put("settlement", s.settlement().name());
        p.put("small", s.small());
        p.put("correctional", s.correctional());
        p.put("students", s.students());
        p.put("teachers", s.teachers());
        p.put("ovz", s.shareOvz());
        p.put("adverse", s.adverseSocialConditions());
        return p;
    }

    static School school(ResultSet rs) throws SQLException {
        BigDecimal ovz = rs.getBigDecimal("share_ovz");
        return new School(
                rs.getObject("id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("short_name"),
                rs.getString("inn"),
                rs.getString("ogrn"),
                rs.getString("fis_oko_login"),
                SchoolKind.valueOf(rs.getString("school_kind")),
                rs.getBoolean("has_primary"),
                rs.getBoolean("has_basic"),
                rs.getBoolean("has_secondary"),
                Settlement.valueOf(rs.getString("settlement")),
                rs.getBoolean("is_small"),
                rs.getBoolean("is_correctional"),
                rs.getInt("students"),
                rs.getInt("teachers"),
                ovz,
                rs.getBoolean("adverse_social_conditions"),
                rs.getObject("branch_of", UUID.class));
    }

    /** A school with its place in the hierarchy. */
    record Located(School school, OrgPath path) {}
}
