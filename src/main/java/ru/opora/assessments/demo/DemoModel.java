package ru.opora.assessments.demo;

import java.util.List;
import java.util.Random;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Task;
import ru.opora.orgunits.OrgUnitRef;

/**
 * The demo's item-response model. School levels are fixed per school; the first schools of a few
 * municipalities are planted: weak (level −1.3), improving (+0.35 a year from −1.0) and suspicious
 * (results far above their journal marks, scores piled on the thresholds).
 */
final class DemoModel {

    enum Kind {
        ORDINARY,
        WEAK,
        IMPROVING,
        SUSPICIOUS
    }

    private final Random random;
    private final List<OrgUnitRef> schools;
    private final double[] level;
    private final Kind[] kind;
    private final int[] classSize;
    private final ru.opora.orgunits.Levels[] levels;

    DemoModel(Random random, List<OrgUnitRef> schools) {
        this(random, schools, java.util.Map.of());
    }

    /**
     * With the register's context, a school's level also follows it the way studies find: rural,
     * small and socially disadvantaged schools do somewhat worse, a high ОВЗ share too, so that the
     * context model of identification has something to find.
     */
    DemoModel(
            Random random,
            List<OrgUnitRef> schools,
            java.util.Map<java.util.UUID, ru.opora.orgunits.SchoolContext> contexts) {
        this.random = random;
        this.schools = schools;
        this.level = new double[schools.size()];
        this.kind = new Kind[schools.size()];
        this.classSize = new int[schools.size()];
        this.levels = new ru.opora.orgunits.Levels[schools.size()];
        for (int i = 0; i < schools.size(); i++) {
            var context = contexts.get(schools.get(i).id());
            // a school has results only of the grades it teaches (the imports refuse the others)
            levels[i] = context == null ? new ru.opora.orgunits.Levels(true, true, true) : context.levels();
            level[i] = random.nextGaussian() * 0.4
                    + contextShift(contexts.get(schools.get(i).id()));
            kind[i] = plant(schools.get(i).code());
            classSize[i] = 8 + random.nextInt(18);
        }
    }

    private static double contextShift(ru.opora.orgunits.@org.jspecify.annotations.Nullable SchoolContext c) {
        if (c == null) return 0;
        double shift = 0;
        if (c.settlement() == ru.opora.orgunits.Settlement.RURAL) shift -= 0.2;
        if (c.adverseSocialConditions()) shift -= 0.35;
        if (c.small()) shift -= 0.1;
        if (c.shareOvz() != null) shift -= 0.02 * c.shareOvz();
        return shift;
    }

    /** Planted schools, by code, so that the demo's stories are the same every time. */
    private static Kind plant(String code) {
        return switch (code) {
            case "390307", "390512", "390815", "391108", "390920" -> Kind.WEAK;
            case "390210", "390605", "391204" -> Kind.IMPROVING;
            case "390115", "390711", "391009" -> Kind.SUSPICIOUS;
            default -> Kind.ORDINARY;
        };
    }

    String csv(Assessment a) {
        var out = new StringBuilder("Код ОО;Код;Класс;Вариант");
        for (Task t : a.tasks())
            out.append(';').append(t.number()).append(" (").append(t.maxScore()).append("б)");
        out.append(";Отметка за предыдущий период;Пол;ОВЗ\n");
        int yearIndex = a.year() - DemoAssessments.YEARS[0];
        for (int s = 0; s < schools.size(); s++) {
            if (!levels[s].teachesGrade(a.grade())) continue;
            double mu = schoolMean(s, yearIndex, a.subjectCode());
            for (int p = 0; p < classSize[s]; p++) row(out, a, s, p, mu);
        }
        return out.toString();
    }

    /** A school's mean ability in a subject and year; +0.7 puts an ordinary school's share of «2» near the 10–15 % regions usually see. */
    private double schoolMean(int s, int yearIndex, String subjectCode) {
        return 0.7
                + level[s]
                + subjectShift(subjectCode)
                + switch (kind[s]) {
                    case WEAK -> -1.3;
                    case IMPROVING -> -1.0 + 0.35 * yearIndex;
                    case SUSPICIOUS -> -0.4;
                    case ORDINARY -> 0;
                };
    }

    /**
     * The year's ОГЭ (grade 9) and ЕГЭ (grade 11) per school in Russian and mathematics, in the
     * upload format of docs/formats.md. Exams are marked outside the school, so a suspicious
     * school's state exams show its real level: they do not confirm its ВПР.
     */
    String giaCsv(int year) {
        var out = new StringBuilder(
                "Экзамен;Год;Код предмета;Предмет;Код ОО;Участников;Не преодолели минимум;Средний балл;«2»;«3»;«4»;«5»\n");
        int yearIndex = year - DemoAssessments.YEARS[0];
        for (int s = 0; s < schools.size(); s++) {
            for (String[] subject : new String[][] {
                {"RU", "Русский язык", "33", "11", "22", "29"}, {"MA", "Математика", "31", "8", "15", "22"}
            }) {
                double mu = schoolMean(s, yearIndex, subject[0]);
                if (levels[s].basic()) oge(out, year, s, subject, mu);
                if (levels[s].secondary()) ege(out, year, s, subject, mu);
            }
        }
        return out.toString();
    }

    private void oge(StringBuilder out, int year, int s, String[] subject, double mu) {
        int n = classSize[s] + random.nextInt(6);
        int max = Integer.parseInt(subject[2]);
        int[] marks = new int[4];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int score = (int) Math.round(max / (1 + Math.exp(-1.2 * (mu + random.nextGaussian() - 0.3))));
            sum += score;
            int mark = 2;
            for (int m = 3; m <= 5; m++) if (score >= Integer.parseInt(subject[m])) mark = m;
            marks[mark - 2]++;
        }
        out.append(String.format(
                java.util.Locale.ROOT,
                "ОГЭ;%d;%s;%s;%s;%d;%d;%.2f;%d;%d;%d;%d%n",
                year,
                subject[0],
                subject[1],
                schools.get(s).code(),
                n,
                marks[0],
                (double) sum / n,
                marks[0],
                marks[1],
                marks[2],
                marks[3]));
    }

    private void ege(StringBuilder out, int year, int s, String[] subject, double mu) {
        int n = Math.max(3, classSize[s] / 2 + random.nextInt(4));
        int minimum = subject[0].equals("RU") ? 24 : 27;
        int below = 0;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int score = (int) Math.round(100 / (1 + Math.exp(-1.0 * (mu + random.nextGaussian() - 0.4))));
            sum += score;
            if (score < minimum) below++;
        }
        out.append(String.format(
                java.util.Locale.ROOT,
                "ЕГЭ;%d;%s;%s;%s;%d;%d;%.2f;;;;%n",
                year,
                subject[0],
                subject[1],
                schools.get(s).code(),
                n,
                below,
                (double) sum / n));
    }

    private void row(StringBuilder out, Assessment a, int s, int p, double mu) {
        String code = schools.get(s).code();
        out.append(code)
                .append(';')
                .append(a.grade())
                .append(String.format("%03d", p + 1))
                .append(';')
                .append(a.grade())
                .append('А')
                .append(';')
                .append(1 + p % 2);
        if (random.nextDouble() < 0.03) {
            out.append(";отсутствовал").append(";".repeat(a.tasks().size() + 2)).append('\n');
            return;
        }
        double ability = mu + random.nextGaussian();
        int primary = 0;
        for (Task t : a.tasks()) {
            int score = score(t, ability, kind[s] == Kind.SUSPICIOUS);
            primary += score;
            out.append(';').append(random.nextDouble() < 0.02 && score == 0 ? "X" : String.valueOf(score));
        }
        int journal = (int) Math.round(Math.min(5, Math.max(2, 3.6 + 0.7 * ability + random.nextGaussian() * 0.5)));
        out.append(';')
                .append(journal)
                .append(';')
                .append(random.nextBoolean() ? "м" : "ж")
                .append(';')
                .append(random.nextDouble() < 0.05 ? "да" : "нет")
                .append('\n');
    }

    private int score(Task t, double ability, boolean suspicious) {
        double difficulty = (t.position() % 5 - 2) * 0.45 + (t.difficulty() == Difficulty.ADVANCED ? 0.8 : 0);
        // a suspicious school's works are marked up: harder tasks come out as well as easy ones
        if (suspicious) difficulty = -1.2;
        int score = 0;
        for (int point = 0; point < t.maxScore(); point++) {
            double p = 1 / (1 + Math.exp(-1.3 * (ability - difficulty - point * 0.4)));
            if (random.nextDouble() < p) score++;
        }
        return score;
    }

    private static double subjectShift(String subjectCode) {
        return switch (subjectCode) {
            case "MA" -> -0.15;
            case "HI" -> 0.1;
            default -> 0;
        };
    }
}
