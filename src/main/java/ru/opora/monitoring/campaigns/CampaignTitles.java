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

    /** In Russian, for notifications, which are stored as text. */
    String of(Campaign c) {
        return of(c.kind(), c.cohortYear(), RU);
    }
}
