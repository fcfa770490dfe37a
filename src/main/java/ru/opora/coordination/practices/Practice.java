package ru.opora.coordination.practices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgPath;

/**
 * A practice a school shares (§4.10): the problem it met, what it did, and an indicator's value
 * before and after; seen by others only once moderated and published.
 */
record Practice(
        UUID id,
        UUID schoolId,
        OrgPath schoolPath,
        String title,
        String subject,
        Level level,
        List<String> risks,
        String problem,
        String solution,
        String indicator,
        BigDecimal before,
        BigDecimal after,
        boolean higherBetter,
        State state,
        String reason,
        String submittedBy,
        Instant submittedAt,
        @Nullable String moderatedBy) {

    /** The level of education the practice works at: НОО, ООО, СОО or the whole school. */
    enum Level {
        PRIMARY,
        BASIC,
        SECONDARY,
        ALL
    }

    enum State {
        SUBMITTED,
        APPROVED,
        PUBLISHED,
        REJECTED
    }

    /** The measured effect: how far the indicator moved the right way (negative when it moved the wrong way). */
    public BigDecimal effect() {
        var change = after.subtract(before);
        return higherBetter ? change : change.negate();
    }
}
