package ru.opora.monitoring.campaigns;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How people read a campaign: «Входной мониторинг — когорта 2026». */
@Component
class CampaignTitles {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    CampaignTitles(MessageSource messages) {
        this.messages = messages;
    }

    String of(Campaign.Kind kind, int cohortYear, Locale locale) {
        return messages.getMessage(
                "monitoring.campaign.title",
                new Object[] {messages.getMessage("monitoring.kind." + kind, null, locale), String.valueOf(cohortYear)},
                locale);
    }

    /** A column's heading among the same cohort's campaigns: «Входной, 01.10.2026». */
    String column(Campaign c, Locale locale) {
        return messages.getMessage("monitoring.kind." + c.kind(), null, locale) + ", "
                + ru.opora.shared.Formats.date(c.opensOn());
    }

    /** In Russian, for notifications, which are stored as text. */
    String of(Campaign c) {
        return of(c.kind(), c.cohortYear(), RU);
    }
}
