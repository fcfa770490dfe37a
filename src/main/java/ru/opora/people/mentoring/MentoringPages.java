package ru.opora.people.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.teachers.Staffing;
import ru.opora.people.teachers.Subjects;
import ru.opora.shared.NotFound;

/** A school's mentoring page as the reader may see it: pairs, plans, observations, the protocol in force. */
@Component
class MentoringPages {

    /** The page: the pairs and observations with the teachers' shown names, and what the forms offer. */
    record Page(
            OrgUnitRef school,
            List<Mentoring.Pair> pairs,
            List<Observations.Observation> observations,
            Map<UUID, String> names,
            ObservationProtocols.Protocol protocol,
            boolean canEdit,
            LocalDate today,
            List<Subjects.Subject> subjects) {

        /** A subject's name by its code. */
        public String subject(String code) {
            return subjects.stream()
                    .filter(s -> s.code().equals(code))
                    .map(Subjects.Subject::name)
                    .findFirst()
                    .orElse(code);
        }

        public String name(@Nullable UUID teacher) {
            return teacher == null ? "—" : names.getOrDefault(teacher, "—");
        }
    }

    /** What the page reads and writes through. */
    @org.springframework.stereotype.Component
    record Parts(
            Mentoring mentoring,
            Observations observations,
            ObservationProtocols protocols,
            Staffing staffing,
            Subjects subjects) {}

    private final Parts parts;
    private final OrgUnits orgUnits;
    private final Clock clock;

    MentoringPages(Parts parts, OrgUnits orgUnits, Clock clock) {
        this.parts = parts;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    Parts parts() {
        return parts;
    }

    Page page(UUID id, Scope scope, Authentication who) {
        var school = orgUnits.school(id, scope).orElseThrow(NotFound::new);
        boolean canEdit = who.getAuthorities().stream().anyMatch(a -> "PEOPLE_EDIT".equals(a.getAuthority()));
        return new Page(
                school,
                parts.mentoring().ofSchool(id),
                parts.observations().ofSchool(id),
                parts.staffing().shownNames(id, Staffing.namesVisible(scope, who)),
                parts.protocols().current(school.path().regionId()),
                canEdit,
                LocalDate.now(clock),
                parts.subjects().all());
    }
}
