package ru.opora.reporting.notes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.ObjectivityConcerns;
import ru.opora.identification.ShnorRegister;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/**
 * The figures of a note: for each of the year's ВПР written in the unit, its works and schools,
 * the shares of marks beside the region's, success and quality, and the tasks below the region's
 * low-solve-rate rule with the skills they check; the unit's ШНОР and the schools whose results are
 * in doubt. One pass over each assessment's school rows.
 */
@Component
class NoteFigures {

    /** A task below the rule in the unit: its number, the skill it checks, its solve rates. */
    record LowTask(String number, String skill, double rate, double regionRate) {}

    /**
     * One ВПР in the unit.
     *
     * @param shares the shares of «2», «3», «4», «5» in per cent; {@code regionShares} the region's
     */
    record Written(
            String subject,
            int grade,
            int works,
            int schools,
            double[] shares,
            double[] regionShares,
            List<LowTask> low) {

        /** Marks «3» and above, per cent. */
        double success() {
            return 100 - shares[0];
        }

        double regionSuccess() {
            return 100 - regionShares[0];
        }

        /** Marks «4» and «5», per cent. */
        double quality() {
            return shares[2] + shares[3];
        }

        double regionQuality() {
            return regionShares[2] + regionShares[3];
        }
    }

    record Figures(OrgUnitRef unit, int year, List<Written> written, List<String> shnor, List<String> inDoubt) {

        int works() {
            return written.stream().mapToInt(Written::works).sum();
        }
    }

    private final SchoolResults results;
    private final ShnorRegister register;
    private final ObjectivityConcerns concerns;
    private final OrgUnits orgUnits;

    NoteFigures(SchoolResults results, ShnorRegister register, ObjectivityConcerns concerns, OrgUnits orgUnits) {
        this.results = results;
        this.register = register;
        this.concerns = concerns;
        this.orgUnits = orgUnits;
    }

    Figures of(OrgUnitRef unit, int year) {
        var region = unit.path().region();
        var written = new ArrayList<Written>();
        for (var a : results.assessments(region, year)) {
            var sum = new Sum(a.taskMax().length);
            var all = new Sum(a.taskMax().length);
            var schools = new HashSet<UUID>();
            results.forEachSchool(a.id(), region, s -> {
                all.add(s);
                if (!unit.path().contains(s.schoolPath()) || s.participants() == 0) return;
                sum.add(s);
                schools.add(s.schoolId());
            });
            if (sum.works == 0) continue;
            var skills = results.skills(a.id());
            var low = new ArrayList<LowTask>();
            for (int t = 0; t < a.taskMax().length; t++) {
                double rate = sum.rate(t, a.taskMax()[t]);
                double regionRate = all.rate(t, a.taskMax()[t]);
                if (results.lowTask(unit.path(), sum.works, rate, regionRate))
                    low.add(new LowTask(
                            String.valueOf(t + 1), t < skills.size() ? skills.get(t) : "", rate, regionRate));
            }
            written.add(new Written(
                    a.subjectName(), a.grade(), sum.works, schools.size(), sum.shares(), all.shares(), low));
        }
        return new Figures(unit, year, written, shnor(unit), inDoubt(unit, year));
    }

    /** The unit's schools in the ШНОР programme now: entered and not exited. */
    private List<String> shnor(OrgUnitRef unit) {
        var states = register.states(Scope.of(unit.path()));
        var ids = states.entrySet().stream()
                .filter(e -> e.getValue() != ShnorState.CANDIDATE && e.getValue() != ShnorState.EXITED)
                .map(java.util.Map.Entry::getKey)
                .toList();
        return names(ids);
    }

    private List<String> inDoubt(OrgUnitRef unit, int year) {
        return orgUnits
                .byIds(List.copyOf(concerns.of(unit.path().region(), year).keySet()))
                .stream()
                .filter(o -> unit.path().contains(o.path()))
                .sorted(java.util.Comparator.comparing(OrgUnitRef::code))
                .map(o -> o.code() + " " + o.name())
                .toList();
    }

    private List<String> names(List<UUID> ids) {
        return orgUnits.byIds(ids).stream()
                .sorted(java.util.Comparator.comparing(OrgUnitRef::code))
                .map(o -> o.code() + " " + o.name())
                .toList();
    }

    /** Works, marks and task points added over schools. */
    private static final class Sum {
        int works;
        final int[] marks = new int[4];
        final long[] tasks;

        Sum(int taskCount) {
            tasks = new long[taskCount];
        }

        void add(SchoolResults.SchoolAggregate s) {
            works += s.participants();
            for (int m = 0; m < 4 && m < s.marks().length; m++) marks[m] += s.marks()[m];
            for (int t = 0; t < tasks.length && t < s.taskSums().length; t++) tasks[t] += s.taskSums()[t];
        }

        double rate(int task, int max) {
            return works == 0 || max == 0 ? 0 : 100.0 * tasks[task] / ((long) works * max);
        }

        double[] shares() {
            var shares = new double[4];
            for (int m = 0; m < 4; m++) shares[m] = works == 0 ? 0 : 100.0 * marks[m] / works;
            return shares;
        }
    }
}
