package ru.opora.identification.runs;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.Scope;

/**
 * The region's decisions on earlier lists, as a region that has run the programme for some years
 * has them: the candidates of every list before the newest were confirmed and taken into support;
 * the newest list's candidates wait for the region. Used by the demo, through the same checked
 * moves a person makes on a school's status page.
 */
@Component
public class ShnorHistory {

    private final ShnorStatuses statuses;
    private final MessageSource messages;

    ShnorHistory(ShnorStatuses statuses, MessageSource messages) {
        this.statuses = statuses;
        this.messages = messages;
    }

    /** Moves the earlier lists' candidates to CONFIRMED and then IN_SUPPORT; returns how many. */
    @Transactional
    public int supportEarlierLists(Scope region, int newestYear, String actor) {
        // the history is written in Russian, as every status's reasons are
        String confirmed = messages.getMessage("shnor.demo.confirmed", null, Locale.of("ru"));
        String supported = messages.getMessage("shnor.demo.supported", null, Locale.of("ru"));
        List<ShnorStatuses.Status> earlier = statuses.list(region, ShnorState.CANDIDATE).stream()
                .filter(s -> s.entryYear() < newestYear)
                .toList();
        for (var s : earlier) {
            UUID school = s.schoolId();
            statuses.move(school, ShnorState.CONFIRMED, confirmed, region, actor);
            statuses.move(school, ShnorState.IN_SUPPORT, supported, region, actor);
        }
        return earlier.size();
    }
}
