package ru.opora.identification.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import ru.opora.identification.engine.GiaResult;
import ru.opora.identification.engine.SchoolYear;
import ru.opora.identification.engine.VprResult;

/**
 * A region whose truth is known, for measuring the objectivity checks: pupils answer tasks by an
 * item-response model (ability = school level + class + pupil), so every aggregate the checks read
 * arises as real results do. The traps of real regions are built in: one-class rural schools of
 * 4–12 pupils, strong urban schools near the ceiling, poor-context schools, genuinely weak schools,
 * schools without grades 9 or 11, teachers who mark the journal more or less strictly, and each
 * year's new tasks. Planted among them: schools that adjust their results in one of three ways.
 */
public final class SimulatedRegion {

    /** What a school really is. The first five are clean: any flag on them is a false alarm. */
    public enum Kind {
        ORDINARY(false),
        SMALL_RURAL(false),
        NEAR_CEILING(false),
        POOR_CONTEXT(false),
        WEAK(false),
        /** Lenient marking at the thresholds: works 1–2 points short of a mark get the missing points. */
        LENIENT_AT_THRESHOLDS(true),
        /** Results inflated across the board (answers prompted, lenient checking); journals and state exams show the real level. */
        INFLATED(true),
        /** Hard tasks «solved» as if easy: the answers to them were passed on. */
        INVERTED(true);

        private final boolean planted;

        Kind(boolean planted) {
            this.planted = planted;
        }

        public boolean planted() {
            return planted;
        }
    }

    private static final String[] SUBJECTS = {"RU", "MA"};
    private static final int FIRST_GRADE = 4;
    private static final int LAST_GRADE = 8;

    private final Random random;
    private final Map<UUID, School> schools = new LinkedHashMap<>();
    private final Map<Integer, List<SchoolYear>> years = new HashMap<>();

    /** One school's fixed traits. */
    private record School(
            UUID id,
            Kind kind,
            double level,
            double journalLeniency,
            boolean selective,
            int lastGrade,
            int[] classSize,
            int classes,
            double socialIndex,
            double strength) {}

    /** A year's ВПР: the same tasks for every school. */
    private record Work(
            UUID id,
            String subject,
            int grade,
            int[] taskMax,
            boolean[] advanced,
            double[] difficulty,
            int[] thresholds) {
        int max() {
            return java.util.Arrays.stream(taskMax).sum();
        }
    }

    /**
     * @param plantedEach how many schools of each planted kind
     */
    public SimulatedRegion(long seed, int schoolCount, int plantedEach, int... yearList) {
        random = new Random(seed);
        var kinds = kinds(schoolCount, plantedEach);
        for (int i = 0; i < schoolCount; i++) {
            var id = new UUID(seed, i);
            schools.put(id, school(id, kinds.get(i)));
        }
        for (int year : yearList) years.put(year, year(year));
    }

    public Map<Integer, List<SchoolYear>> byYear() {
        return years;
    }

    public Kind kind(UUID school) {
        return schools.get(school).kind();
    }

    public Map<Kind, Integer> counts() {
        var counts = new EnumMap<Kind, Integer>(Kind.class);
        schools.values().forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        return counts;
    }

    private List<Kind> kinds(int count, int plantedEach) {
        var kinds = new ArrayList<Kind>();
        for (Kind k : Kind.values()) if (k.planted()) for (int i = 0; i < plantedEach; i++) kinds.add(k);
        int clean = count - kinds.size();
        int[] shares = {45, 30, 10, 10, 5}; // ordinary, small rural, near ceiling, poor context, weak
        for (int k = 0; k < shares.length; k++) {
            int n = k == shares.length - 1 ? count - kinds.size() : clean * shares[k] / 100;
            for (int i = 0; i < n; i++) kinds.add(Kind.values()[k]);
        }
        java.util.Collections.shuffle(kinds, random);
        return kinds;
    }

    private School school(UUID id, Kind kind) {
        double level = switch (kind) {
            case NEAR_CEILING -> 1.4 + random.nextGaussian() * 0.3;
            case POOR_CONTEXT -> -0.6 + random.nextGaussian() * 0.3;
            case WEAK -> -1.5 + random.nextGaussian() * 0.3;
            case SMALL_RURAL -> -0.25 + random.nextGaussian() * 0.45;
            // inflated schools are mostly weak ones made to look good, some are average
            case INFLATED -> random.nextBoolean() ? -0.9 + random.nextGaussian() * 0.3 : random.nextGaussian() * 0.3;
            default -> random.nextGaussian() * 0.45;
        };
        boolean rural = kind == Kind.SMALL_RURAL || (kind.planted() && random.nextDouble() < 0.3);
        int lastGrade = rural ? (random.nextDouble() < 0.35 ? 9 : 11) : (random.nextDouble() < 0.1 ? 9 : 11);
        int[] size = new int[12];
        int classes = rural ? 1 : 1 + random.nextInt(3);
        for (int g = 1; g <= 11; g++)
            size[g] = g > lastGrade ? 0 : rural ? 4 + random.nextInt(9) : classes * (18 + random.nextInt(13));
        // the social-context index (higher = more disadvantaged) follows the school's real level loosely
        double context = kind == Kind.POOR_CONTEXT ? 1.2 : 0;
        double index = Math.max(0, Math.min(100, 50 - 14 * level + 12 * context + random.nextGaussian() * 9));
        return new School(
                id,
                kind,
                level,
                random.nextGaussian() * 0.25,
                kind == Kind.NEAR_CEILING && random.nextBoolean(),
                lastGrade,
                size,
                classes,
                index,
                0.6 + 0.4 * random.nextDouble());
    }

    private List<SchoolYear> year(int year) {
        var works = new ArrayList<Work>();
        for (String subject : SUBJECTS)
            for (int g = FIRST_GRADE; g <= LAST_GRADE; g++) works.add(work(year, subject, g));
        var result = new ArrayList<SchoolYear>();
        for (School s : schools.values()) {
            var vpr = new ArrayList<VprResult>();
            for (Work w : works) if (s.classSize()[w.grade()] > 0) vpr.add(new Sitting(s, w).result());
            var gia = new ArrayList<GiaResult>();
            for (String subject : SUBJECTS) {
                if (s.lastGrade() >= 9) gia.add(exam(s, "OGE", subject, s.classSize()[9]));
                if (s.lastGrade() == 11 && s.classSize()[11] >= 3)
                    gia.add(exam(s, "EGE", subject, Math.max(2, s.classSize()[11] * 2 / 3)));
            }
            result.add(new SchoolYear(
                    s.id(), s.selective(), false, vpr, gia, List.of(), null, s.socialIndex(), false, null));
        }
        return result;
    }

    private Work work(int year, String subject, int grade) {
        int tasks = 12 + random.nextInt(5);
        int[] max = new int[tasks];
        boolean[] advanced = new boolean[tasks];
        double[] difficulty = new double[tasks];
        for (int t = 0; t < tasks; t++) {
            advanced[t] = t >= tasks - 3 - random.nextInt(2);
            max[t] = advanced[t] ? 2 + random.nextInt(2) : 1 + (random.nextDouble() < 0.3 ? 1 : 0);
            difficulty[t] = advanced[t] ? 0.6 + 1.2 * random.nextDouble() : -1.3 + 1.8 * random.nextDouble();
        }
        int total = java.util.Arrays.stream(max).sum();
        int[] thresholds = {Math.round(total * 0.3f), Math.round(total * 0.55f), Math.round(total * 0.8f)};
        var id = UUID.nameUUIDFromBytes(
                (year + "/" + subject + "/" + grade).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Work(id, subject, grade, max, advanced, difficulty, thresholds);
    }

    /** One school writing one ВПР. */
    private final class Sitting {
        private final School school;
        private final Work work;
        private final int[] marks = new int[4];
        private final int[] histogram;
        private final long[] taskSums;
        private final int[] journal = new int[3];

        Sitting(School school, Work work) {
            this.school = school;
            this.work = work;
            this.histogram = new int[work.max() + 1];
            this.taskSums = new long[work.taskMax().length];
        }

        /** Whether the school adjusts this ВПР: not every teacher does, not every year. */
        private final boolean adjusted = random.nextDouble() < 0.75;

        VprResult result() {
            int n = school.classSize()[work.grade()];
            int perClass = Math.max(1, n / school.classes());
            double classEffect = 0;
            for (int p = 0; p < n; p++) {
                if (p % perClass == 0) classEffect = random.nextGaussian() * 0.2;
                pupil(school.level() + classEffect + random.nextGaussian());
            }
            return new VprResult(
                    work.id(),
                    work.subject() + ", " + work.grade() + " класс",
                    work.subject(),
                    work.grade(),
                    work.max(),
                    work.thresholds(),
                    work.taskMax(),
                    work.advanced(),
                    n,
                    marks,
                    histogram,
                    taskSums,
                    journal);
        }

        private void pupil(double ability) {
            Kind kind = adjusted ? school.kind() : Kind.ORDINARY;
            double answering = kind == Kind.INFLATED ? ability + 1.6 * school.strength() : ability;
            int[] scores = new int[work.taskMax().length];
            for (int t = 0; t < scores.length; t++) {
                boolean passedOn =
                        kind == Kind.INVERTED && work.advanced()[t] && random.nextDouble() < school.strength();
                double d = passedOn ? -1.2 : work.difficulty()[t];
                for (int point = 0; point < work.taskMax()[t]; point++)
                    if (random.nextDouble() < 1 / (1 + Math.exp(-1.4 * (answering + 0.6 - d - point * 0.5))))
                        scores[t]++;
            }
            if (kind == Kind.LENIENT_AT_THRESHOLDS) lift(scores);
            int primary = java.util.Arrays.stream(scores).sum();
            int mark = mark(primary);
            marks[mark - 2]++;
            histogram[primary]++;
            for (int t = 0; t < scores.length; t++) taskSums[t] += scores[t];
            double typical = 3.6 + 0.75 * ability + school.journalLeniency() + random.nextGaussian() * 0.45;
            int journalMark = (int) Math.round(Math.min(5, Math.max(2, typical)));
            journal[Integer.signum(mark - journalMark) + 1]++;
        }

        /** A work 1–2 points short of a mark gets them (most of the time); now and then one 3 short does too. */
        private void lift(int[] scores) {
            int primary = java.util.Arrays.stream(scores).sum();
            for (int threshold : work.thresholds()) {
                int missing = threshold - primary;
                boolean lifted = (missing >= 1 && missing <= 2 && random.nextDouble() < school.strength())
                        || (missing == 3 && random.nextDouble() < 0.3 * school.strength());
                if (!lifted) continue;
                for (int t = 0; t < scores.length && missing > 0; t++) {
                    int room = Math.min(work.taskMax()[t] - scores[t], missing);
                    scores[t] += room;
                    missing -= room;
                }
                return;
            }
        }

        private int mark(int primary) {
            int mark = 2;
            for (int m = 0; m < 3; m++) if (primary >= work.thresholds()[m]) mark = m + 3;
            return mark;
        }
    }

    /** A state exam, marked outside the school: the school's real level shows. */
    private GiaResult exam(School s, String exam, String subject, int n) {
        double total = 0;
        int below = 0;
        int max = exam.equals("OGE") ? 33 : 100;
        int minimum = exam.equals("OGE") ? 8 : 36;
        for (int p = 0; p < n; p++) {
            double ability = s.level() + random.nextGaussian();
            double score = Math.round(max / (1 + Math.exp(-1.1 * (ability - 0.1))));
            total += score;
            if (score < minimum) below++;
        }
        return new GiaResult(exam, subject, n, below, total / n);
    }
}
