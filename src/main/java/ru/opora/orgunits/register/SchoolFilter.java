package ru.opora.orgunits.register;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Settlement;

/**
 * The filters of the schools list, bound from the query string; every one optional.
 *
 * @param q part of a school's code, full or short name
 * @param level НОО, ООО or СОО
 */
record SchoolFilter(
        @Nullable String q,
        @Nullable UUID municipality,
        @Nullable SchoolKind kind,
        @Nullable Settlement settlement,
        @Nullable String level,
        @Nullable Boolean small,
        @Nullable Boolean correctional,
        @Nullable Boolean adverse,
        @Nullable Integer page) {

    int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    String text() {
        return q == null ? "" : q.strip();
    }
}
