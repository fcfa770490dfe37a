package ru.opora.people;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.Scope;
import ru.opora.people.courses.TrainingShares;

/**
 * What other modules read of the teachers' training (docs/domain.md §6.7, M4): per school of a
 * scope, the teachers whose latest diagnostic up to the year's end found a deficit, and those of
 * them who completed in that year a course addressing one of their deficits.
 */
@Component
public class TeacherTraining {

    /** A school's teachers with a deficit and those of them trained on it within the year. */
    public record Count(int withDeficit, int trained) {}

    private final TrainingShares shares;

    TeacherTraining(TrainingShares shares) {
        this.shares = shares;
    }

    public Map<UUID, Count> bySchool(Scope scope, int year) {
        var result = new HashMap<UUID, Count>();
        shares.of(scope, year)
                .bySchool()
                .forEach((school, c) -> result.put(school, new Count(c.withDeficit(), c.trained())));
        return result;
    }
}
