package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A region's schools over several years with known truth: an item-response model of pupils
 * (ability = school level + noise), tasks of basic and advanced difficulty, realistic class sizes
 * (5–28), journal marks, ОГЭ and ЕГЭ marked outside the school — and planted schools: weak ones,
 * and three patterns of non-objective ВПР results.
 */
final class SyntheticRegion {

    /** What a school really is. */
    enum Truth {
        ORDINARY,
        WEAK,
        /** Scores lifted up to the lowest score of the next mark (teachers add the 1–3 missing points). */
        PILED,
        /** A weak school's lenient marking: every ВПР result raised; ОГЭ/ЕГЭ show the real level. */
        INFLATED,
        /** The same lenience at a school of average level: a rank gap can only be about 35–50 points. */
        INFLATED_AVERAGE,
        /** Hard tasks «solved» as if easy: answers passed on for the advanced tasks. */
        INVERTED
    }

    static final int[] YEARS = {2024, 2025, 2026};
    private static final String[] SUBJECTS = {"RU", "MA"};
    private static final int[] TASK_MAX = {1, 1, 2, 1, 2, 1, 1, 2, 2, 1, 2, 3};
    private static final boolean[] ADVANCED = {
        false, false, false, false, false, false, false, false, false, true, true, true
    };

    final List<UUID> schools = new ArrayList<>();
    final Map<UUID, Truth> truth = new HashMap<>();
    final Map<UUID, Double> level = new HashMap<>();
    final Map<Integer, List<SchoolYear>> byYear = new HashMap<>();
    private final Map<UUID, Boolean> selective = new HashMap<>();
    private final Map<UUID, int[]> classSizes = new HashMap<>();
    private final Map<String, double[]> difficulty = new HashMap<>();
    private final Map<String, UUID> assessmentIds = new HashMap<>();
    private final Random random;

    SyntheticRegion(long seed, int schoolCount, int weak, int planted) {
        random = new Random(seed);
        for (int i = 0; i < schoolCount; i++) {
            UUID id = new UUID(seed, i);
            schools.add(id);
            Truth t = i < weak
                    ? Truth.WEAK
                    : i < weak + planted
                            ? Truth.PILED
                            : i < weak + 2 * planted
                                    ? Truth.INFLATED
                                    : i < weak + 3 * planted
                                            ? Truth.INVERTED
                                            : i < weak + 4 * planted ? Truth.INFLATED_AVERAGE : Truth.ORDINARY;
            truth.put(id, t);
            boolean gymnasium = t == Truth.ORDINARY && random.nextDouble() < 0.06;
            selective.put(id, gymnasium);
            level.put(id, level(t, gymnasium));
            boolean rural = random.nextDouble() < 0.4;
            int[] sizes = new int[12];
            for (int g = 1; g <= 11; g++) sizes[g] = rural ? 5 + random.nextInt(9) : 14 + random.nextInt(15);
            classSizes.put(id, sizes);
        }
        for (int year : YEARS) {
            var list = new ArrayList<SchoolYear>();
            for (UUID id : schools) list.add(schoolYear(id, year));
            byYear.put(year, list);
        }
    }

    /**
     * Ordinary schools spread around the region's level; gymnasiums sit higher. Planted weak schools
     * are clearly weak; inflated ones are weak schools made to look good (the schools whose ВПР are
     * not confirmed by ЕГЭ in Rosobrnadzor's lists are not strong schools, docs/domain.md §6.5), and, for
     * the record, average schools inflated the same way.
     */
    private double level(Truth t, boolean gymnasium) {
        return switch (t) {
            case WEAK -> -1.5 + random.nextGaussian() * 0.3;
            case INFLATED -> -0.8 + random.nextGaussian() * 0.25;
            case INFLATED_AVERAGE -> random.nextGaussian() * 0.2;
            default -> random.nextGaussian() * 0.45 + (gymnasium ? 0.9 : 0);
        };
    }

    private SchoolYear schoolYear(UUID id, int year) {
        var vpr = new ArrayList<VprResult>();
        for (String subject : SUBJECTS) for (int grade = 4; grade <= 8; grade++) vpr.add(vpr(id, year, subject, grade));
        var gia = new ArrayList<GiaResult>();
        for (String subject : SUBJECTS) {
            gia.add(exam(id, "OGE", subject, classSizes.get(id)[9]));
            if (classSizes.get(id)[11] >= 8)
                gia.add(exam(id, "EGE", subject, classSizes.get(id)[11] / 2 + 2));
        }
        return new SchoolYear(id, selective.get(id), false, vpr, gia);
    }

    private VprResult vpr(UUID school, int year, String subject, int grade) {
        String key = year + subject + grade;
        UUID assessment = assessmentIds.computeIfAbsent(key, k -> UUID.nameUUIDFromBytes(k.getBytes()));
        double[] diff = difficulty.computeIfAbsent(key, k -> {
            double[] d = new double[TASK_MAX.length];
            for (int t = 0; t < d.length; t++)
                d[t] = ADVANCED[t] ? 0.7 + random.nextDouble() : -1.0 + 1.4 * random.nextDouble();
            return d;
        });
        int max = java.util.Arrays.stream(TASK_MAX).sum();
        // the lowest scores of «3», «4», «5» at about a third, 58 % and 83 % of the maximum, as in real ВПР scales
        int[] thresholds = {Math.round(max * 0.33f), Math.round(max * 0.58f), Math.round(max * 0.83f)};
        Truth t = truth.get(school);
        int n = classSizes.get(school)[grade];
        int[] marks = new int[4];
        int[] histogram = new int[max + 1];
        long[] taskSums = new long[TASK_MAX.length];
        int[] journal = new int[3];
        for (int p = 0; p < n; p++) {
            double ability = 0.7 + level.get(school) + random.nextGaussian();
            int[] scores = new int[TASK_MAX.length];
            for (int task = 0; task < scores.length; task++) {
                double d = t == Truth.INVERTED && ADVANCED[task] ? -1.5 : diff[task];
                double a = t == Truth.INFLATED || t == Truth.INFLATED_AVERAGE ? ability + 1.5 : ability;
                for (int point = 0; point < TASK_MAX[task]; point++)
                    if (random.nextDouble() < 1 / (1 + Math.exp(-1.3 * (a - d - point * 0.4)))) scores[task]++;
            }
            if (t == Truth.PILED) pile(scores, thresholds);
            int primary = java.util.Arrays.stream(scores).sum();
            int mark = 2;
            for (int m = 0; m < 3; m++) if (primary >= thresholds[m]) mark = m + 3;
            marks[mark - 2]++;
            histogram[primary]++;
            for (int task = 0; task < scores.length; task++) taskSums[task] += scores[task];
            int journalMark =
                    (int) Math.round(Math.min(5, Math.max(2, 3.7 + 0.7 * ability + random.nextGaussian() * 0.5)));
            journal[Integer.signum(mark - journalMark) + 1]++;
        }
        String title = subject + ", " + grade + " класс";
        return new VprResult(
                assessment,
                title,
                subject,
                grade,
                max,
                thresholds,
                TASK_MAX,
                ADVANCED,
                n,
                marks,
                histogram,
                taskSums,
                journal);
    }

    /** A primary score 1–3 points short of a mark's threshold is lifted to it. */
    private static void pile(int[] scores, int[] thresholds) {
        int primary = java.util.Arrays.stream(scores).sum();
        for (int threshold : thresholds) {
            if (primary >= threshold - 3 && primary < threshold) {
                int missing = threshold - primary;
                for (int task = 0; task < scores.length && missing > 0; task++) {
                    int room = Math.min(TASK_MAX[task] - scores[task], missing);
                    scores[task] += room;
                    missing -= room;
                }
                return;
            }
        }
    }

    private GiaResult exam(UUID school, String exam, String subject, int n) {
        double total = 0;
        int below = 0;
        for (int p = 0; p < n; p++) {
            double ability = 0.7 + level.get(school) + random.nextGaussian();
            double score = 100 / (1 + Math.exp(-(ability - 0.4)));
            total += score;
            if (score < 30) below++;
        }
        return new GiaResult(exam, subject, n, below, total / n);
    }
}
