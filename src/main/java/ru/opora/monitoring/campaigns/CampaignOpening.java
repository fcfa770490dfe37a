package ru.opora.monitoring.campaigns;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.opora.monitoring.MonitoringNotice;
import ru.opora.orgunits.OrgPath;

/** What opening a campaign does besides its status: the computed values filled in, the schools told. */
@Component
class CampaignOpening {

    private final ComputedValues computed;
    private final ApplicationEventPublisher events;
    private final CampaignTitles titles;

    CampaignOpening(ComputedValues computed, ApplicationEventPublisher events, CampaignTitles titles) {
        this.computed = computed;
        this.events = events;
        this.titles = titles;
    }

    void opened(Campaign campaign, Map<UUID, OrgPath> schools, String actor) {
        computed.fill(campaign, actor);
        events.publishEvent(new MonitoringNotice(
                MonitoringNotice.Kind.OPENED,
                campaign.id(),
                titles.of(campaign),
                campaign.dueOn(),
                List.copyOf(schools.keySet()),
                null));
    }
}
