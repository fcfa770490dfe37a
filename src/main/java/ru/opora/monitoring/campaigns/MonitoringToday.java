package ru.opora.monitoring.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.TodayLine;

/**
 * {@code /monitoring/today}: the monitoring's lines of the start page — an open campaign whose
 * values the school has still to enter (or enter again, returned), by its due date; the values of
 * the reader's schools waiting for the reader's confirmation.
 */
@Controller
class MonitoringToday {

    private final Campaigns campaigns;
    private final CampaignTitles titles;
    private final JdbcClient jdbc;
    private final Clock clock;

    MonitoringToday(Campaigns campaigns, CampaignTitles titles, JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.titles = titles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/monitoring/today")
    String today(Scope scope, Authentication who, Locale locale, Model model) {
        var lines = new ArrayList<TodayLine>();
        if (!scope.isEmpty()) {
            var today = LocalDate.now(clock);
            for (var c : campaigns.list(scope.regionId())) {
                if (c.status() != Campaign.Status.OPEN && c.status() != Campaign.Status.CLOSED) continue;
                if (has(who, Permission.MONITORING_ENTER) && c.status() == Campaign.Status.OPEN)
                    enter(c, scope, today, locale, lines);
                if (has(who, Permission.MONITORING_REVIEW)) confirm(c, scope, locale, lines);
            }
        }
        model.addAttribute("lines", lines);
        return "fragments/today :: lines";
    }

    /** The school's values still to enter: the entered indicators without a value, or with one returned. */
    private void enter(Campaign c, Scope scope, LocalDate today, Locale locale, List<TodayLine> lines) {
        var paths = scope.sortedPaths();
        if (paths.size() != 1 || paths.getFirst().kind() != OrgUnitKind.SCHOOL) return;
        var school = paths.getFirst().unitId();
        if (!campaigns.schools(c, scope).containsKey(school)) return;
        var entered = c.indicators().stream()
                .filter(i -> !i.computed())
                .map(i -> i.code())
                .toList();
        if (entered.isEmpty()) return;
        int done = jdbc.sql("""
                        select count(*) from monitoring.indicator_value where campaign_id = ? and school_id = ?
                            and indicator = any(?) and status <> 'REJECTED'""")
                .params(c.id(), school, entered.toArray(String[]::new))
                .query(Integer.class)
                .single();
        if (done >= entered.size()) return;
        lines.add(new TodayLine(
                "monitoring.today.enter",
                List.of(titles.of(c.kind(), c.cohortYear(), locale), entered.size() - done, Formats.date(c.dueOn())),
                "/monitoring/campaigns/" + c.id() + "/schools/" + school,
                c.dueOn().isBefore(today)));
    }

    private void confirm(Campaign c, Scope scope, Locale locale, List<TodayLine> lines) {
        var args = new ArrayList<Object>(List.of(c.id()));
        int waiting = jdbc.sql("select count(distinct school_id) from monitoring.indicator_value where campaign_id = ?"
                        + " and status = 'ENTERED' and not computed and (" + scope.sqlCondition("school_path") + ")")
                .params(args.toArray())
                .query(Integer.class)
                .single();
        if (waiting > 0)
            lines.add(new TodayLine(
                    "monitoring.today.confirm",
                    List.of(titles.of(c.kind(), c.cohortYear(), locale), waiting),
                    "/monitoring/campaigns/" + c.id(),
                    false));
    }

    private static boolean has(Authentication who, Permission p) {
        return who.getAuthorities().stream().anyMatch(a -> p.name().equals(a.getAuthority()));
    }
}
