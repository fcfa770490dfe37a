package ru.opora.coordination.practices;

import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/**
 * A practice moved: submitted (the school's municipality hears, to moderate it), published or
 * rejected (the school hears, with the reason).
 */
public record PracticeNotice(UUID practice, String title, Kind kind, OrgPath school, String reason) {

    public enum Kind {
        SUBMITTED,
        PUBLISHED,
        REJECTED
    }
}
