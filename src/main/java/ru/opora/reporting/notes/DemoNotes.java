package ru.opora.reporting.notes;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.Scope;

/**
 * The demo municipality's analytical note on the region's last ВПР year, issued by the municipal
 * coordinator with the drafted conclusions and recommendations: the catalogue is not empty and the
 * documents can be opened at once.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(75)
class DemoNotes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNotes.class);

    private final NotePages pages;

    DemoNotes(NotePages pages) {
        this.pages = pages;
    }

    @Override
    public void run(ApplicationArguments args) {
        var parts = pages.parts();
        var school = parts.orgUnits().findByCode(OrgUnitKind.SCHOOL, "390101");
        if (school.isEmpty()) return;
        var home = parts.orgUnits()
                .find(school.get().path().municipality().orElseThrow().unitId())
                .orElseThrow();
        var years = parts.results().years(home.path().region());
        if (years.isEmpty() || !parts.notes().inScope(Scope.of(home.path())).isEmpty()) return;
        var who = UsernamePasswordAuthenticationToken.authenticated(
                "municipal", null, List.of(new SimpleGrantedAuthority(Permission.REPORTS_ISSUE.name())));
        SecurityContextHolder.getContext().setAuthentication(who);
        // a note is written in the language of its reader; the demo's readers read Russian
        org.springframework.context.i18n.LocaleContextHolder.setLocale(ru.opora.shared.Formats.RUSSIAN);
        try {
            int year = years.getFirst();
            var own = Scope.of(home.path());
            var subject = pages.subject(home.id(), year, null, own);
            var draft = pages.draft(subject, who, ru.opora.shared.Formats.RUSSIAN);
            pages.issue(subject, draft.conclusions(), draft.recommendations(), who);
            log.info("Demo notes: the analytical note of {} on the ВПР {}", home.name(), year);
            // and one on the latest round of monitoring, when the demo has one
            var campaigns = parts.summaries().campaigns(own, ru.opora.shared.Formats.RUSSIAN);
            if (!campaigns.isEmpty()) {
                var round = pages.subject(home.id(), null, campaigns.getFirst().id(), own);
                var text = pages.draft(round, who, ru.opora.shared.Formats.RUSSIAN);
                pages.issue(round, text.conclusions(), text.recommendations(), who);
                log.info(
                        "Demo notes: the analytical note of {} on «{}»",
                        home.name(),
                        campaigns.getFirst().title());
            }
        } finally {
            SecurityContextHolder.clearContext();
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }
}
