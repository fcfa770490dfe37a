package ru.opora.support.curators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;

/**
 * The overview's lines are drawn before the template (#22): names looked up (a code without a name
 * shown as it is), every curator once among the choices, the line's own curator selected, names and
 * logins escaped.
 */
class CuratorOptionsTests {

    @Test
    void everyCuratorOnceTheLinesOwnSelectedAndEverythingEscaped() {
        UUID region = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        UUID municipality = UUID.randomUUID();
        var school = new OrgUnitRef(
                id,
                OrgUnitKind.SCHOOL,
                "S1",
                "Школа",
                OrgPath.ofRegion(region).child(municipality).child(id),
                null);
        var shnor =
                new Suggestions.Shnor(school, ShnorState.IN_SUPPORT, List.of("MOTIVATION", "UNKNOWN"), Set.of("MA"));
        var names = Map.of(municipality.toString(), "Приозёрск", "MOTIVATION", "Низкая мотивация");
        var subjects = Map.of("MA", "Математика");
        var choices = List.of(
                new SupportPages.CuratorLine(profile("ivanova", region), "Иванова <Анна> \"А.\"", 2),
                new SupportPages.CuratorLine(profile("o'brien&co", region), "Петрова Ольга", 0));
        var assigned =
                new Assignments.Assignment(UUID.randomUUID(), id, "o'brien&co", "вручную", "region", Instant.EPOCH);
        var people = Map.of("o'brien&co", "Петрова Ольга");

        var row = SupportPages.row(new SupportPages.Line(shnor, assigned), choices, people, names, subjects);

        assertThat(row.options())
                .isEqualTo("<option value=\"ivanova\">Иванова &lt;Анна&gt; &quot;А.&quot; (2/3)</option>"
                        + "<option value=\"o&#39;brien&amp;co\" selected>Петрова Ольга (0/3)</option>");
        assertThat(row.label()).isEqualTo("S1 Школа");
        assertThat(row.municipality()).isEqualTo("Приозёрск");
        assertThat(row.risks()).containsExactly("Низкая мотивация", "UNKNOWN");
        assertThat(row.subjects()).containsExactly("Математика");
        assertThat(row.curator()).isEqualTo("Петрова Ольга");
        assertThat(row.reason()).isEqualTo("вручную");
        var unassigned = SupportPages.row(new SupportPages.Line(shnor, null), choices, people, names, subjects);
        assertThat(unassigned.options()).doesNotContain("selected");
        assertThat(unassigned.curator()).isNull();
    }

    private static CuratorProfiles.Profile profile(String login, UUID region) {
        return new CuratorProfiles.Profile(login, region, "ИРО", "методист", Set.of("MA"), Set.of(), null, 3, null);
    }
}
