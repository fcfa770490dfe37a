package ru.opora.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A synthetic region for the benchmark: municipalities and schools written straight into the
 * register, and a results file of the requested size from an item-response model (school and class
 * effects, student ability, task difficulty and discrimination, ОВЗ share; fixed seed).
 */
final class SyntheticRegion {

    static final int TASKS = 15;
    static final int[] MAX = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    final String regionPath;
    final List<String> schoolCodes = new ArrayList<>();
    final List<UUID> municipalities = new ArrayList<>();

    private SyntheticRegion(String regionPath) {
        this.regionPath = regionPath;
    }

    static SyntheticRegion create(JdbcClient jdbc, int schools) {
        UUID region = UUID.randomUUID();
        var r = new SyntheticRegion("/" + region + "/");
        jdbc.sql(
                        "insert into orgunits.org_unit (id, kind, code, name, short_name, path, level) values (?, 'REGION', 'B1', 'Эталонная область', 'Эталонная область', ?, 1)")
                .params(region, r.regionPath)
                .update();
        jdbc.sql("insert into orgunits.region (id, authority_name) values (?, 'Министерство')")
                .param(region)
                .update();
        int municipalities = Math.max(10, schools / 60);
        for (int m = 0; m < municipalities; m++) {
            UUID id = UUID.randomUUID();
            r.municipalities.add(id);
            jdbc.sql(
                            "insert into orgunits.org_unit (id, kind, parent_id, code, name, short_name, path, level) values (?, 'MUNICIPALITY', ?, ?, ?, ?, ?, 2)")
                    .params(id, region, "BM" + m, "Район " + m, "Район " + m, r.regionPath + id + "/")
                    .update();
            jdbc.sql("insert into orgunits.municipality (id) values (?)")
                    .param(id)
                    .update();
        }
        jdbc.sql("""
                insert into orgunits.org_unit (id, kind, parent_id, code, name, short_name, path, level)
                select s.id, 'SCHOOL', m.id, 'BS' || s.n, 'Школа ' || s.n, 'Школа ' || s.n, m.path || s.id || '/', 3
                from (select gen_random_uuid() as id, n from generate_series(0, ? - 1) n) s
                join orgunits.org_unit m on m.code = 'BM' || (s.n % ?)
                """).params(schools, municipalities).update();
        jdbc.sql("""
                insert into orgunits.school (id, inn, school_kind, has_primary, has_basic, has_secondary, settlement, is_small,
                    is_correctional, students, teachers, adverse_social_conditions)
                select id, '7707083893', 'SOSH', true, true, true, 'URBAN', false, false, 800, 50, false
                from orgunits.org_unit where code like 'BS%'
                """).update();
        for (int s = 0; s < schools; s++) r.schoolCodes.add("BS" + s);
        return r;
    }

    /** Writes {@code works} rows: classes of 25, schools filled in turn. */
    void writeResults(Path file, int works, long seed) throws IOException {
        var random = new Random(seed);
        double[] difficulty = new double[TASKS];
        double[] discrimination = new double[TASKS];
        for (int t = 0; t < TASKS; t++) {
            difficulty[t] = -1.5 + 3.0 * t / TASKS + random.nextGaussian() * 0.2;
            discrimination[t] = 0.8 + random.nextDouble();
        }
        double[] schoolEffect = new double[schoolCodes.size()];
        for (int s = 0; s < schoolEffect.length; s++) schoolEffect[s] = random.nextGaussian() * 0.5;
        int perSchool = Math.max(1, works / schoolCodes.size());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Код ОО;Код;Класс;Вариант");
            for (int t = 0; t < TASKS; t++) out.write(";" + (t + 1) + " (" + MAX[t] + "б)");
            out.write(";Отметка за предыдущий период;Пол;ОВЗ\n");
            var line = new StringBuilder(128);
            for (int w = 0; w < works; w++) {
                int school = Math.min(w / perSchool, schoolCodes.size() - 1);
                int inSchool = w - school * perSchool;
                double classEffect = ((inSchool / 25) % 5 - 2) * 0.1;
                double ability = schoolEffect[school] + classEffect + random.nextGaussian();
                boolean ovz = random.nextDouble() < 0.04;
                if (ovz) ability -= 0.8;
                line.setLength(0);
                line.append(schoolCodes.get(school))
                        .append(';')
                        .append(w)
                        .append(';')
                        .append(4 + (inSchool / 25) % 5)
                        .append((char) ('А' + inSchool / 125 % 4))
                        .append(';')
                        .append(1 + w % 2);
                for (int t = 0; t < TASKS; t++) {
                    int score = 0;
                    for (int p = 0; p < MAX[t]; p++)
                        if (random.nextDouble()
                                < 1 / (1 + Math.exp(-discrimination[t] * (ability - difficulty[t] - 0.5 * p)))) score++;
                    line.append(';').append(score);
                }
                int journal =
                        (int) Math.round(Math.max(2, Math.min(5, 3.6 + 0.8 * ability + random.nextGaussian() * 0.4)));
                line.append(';')
                        .append(journal)
                        .append(';')
                        .append(random.nextBoolean() ? 'м' : 'ж')
                        .append(';')
                        .append(ovz ? "да" : "нет")
                        .append('\n');
                out.append(line);
            }
        }
    }
}
