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
import ru.opora.shared.Paging;

/**
 * The overview's curator choices are drawn as HTML by the page record (#22): every curator once, the
 * line's own curator selected, names and logins escaped.
 */
class CuratorOptionsTests {

    @Test
    void everyCuratorOnceTheLinesOwnSelectedAndEverythingEscaped() {
        UUID region = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        var school = new OrgUnitRef(
                id, OrgUnitKind.SCHOOL, "S1", "Школа", OrgPath.ofRegion(region).child(id), null);
        var shnor = new Suggestions.Shnor(school, ShnorState.IN_SUPPORT, List.of(), Set.of());
        var choices = List.of(
                new SupportPages.CuratorLine(profile("ivanova", region), "Иванова <Анна> \"А.\"", 2),
                new SupportPages.CuratorLine(profile("o'brien&co", region), "Петрова Ольга", 0));
        var overview = new SupportPages.Overview(
                2026,
                Paging.slice(List.<SupportPages.Line>of(), null, 50),
                Paging.slice(choices, null, 50),
                choices,
                Map.of(),
                Map.of(),
                Map.of(),
                true);
        var assigned =
                new Assignments.Assignment(UUID.randomUUID(), id, "o'brien&co", "вручную", "region", Instant.EPOCH);

        assertThat(overview.curatorOptions(new SupportPages.Line(shnor, assigned)))
                .isEqualTo("<option value=\"ivanova\">Иванова &lt;Анна&gt; &quot;А.&quot; (2/3)</option>"
                        + "<option value=\"o&#39;brien&amp;co\" selected>Петрова Ольга (0/3)</option>");
        assertThat(overview.curatorOptions(new SupportPages.Line(shnor, null))).doesNotContain("selected");
    }

    private static CuratorProfiles.Profile profile(String login, UUID region) {
        return new CuratorProfiles.Profile(login, region, "ИРО", "методист", Set.of("MA"), Set.of(), null, 3, null);
    }
}
