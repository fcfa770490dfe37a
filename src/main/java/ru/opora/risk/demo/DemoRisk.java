package ru.opora.risk.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.identification.ShnorRegister;
import ru.opora.identification.ShnorState;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.FactorResult;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.risk.profiles.Catalogues;
import ru.opora.risk.profiles.Cohort;
import ru.opora.risk.profiles.CohortYears;
import ru.opora.risk.profiles.Profiles;
import ru.opora.risk.profiles.SchoolData;
import ru.opora.risk.profiles.SelfDiagnoses;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo region's questionnaires, profiles and self-diagnoses for its newest year. Answers follow
 * each school's share of «2» in ВПР, so that weak schools have more risks, with noise; a few schools
 * lack a questionnaire, so that «нет данных» shows. Every ШНОР writes a self-diagnosis; one leaves
 * out a HIGH risk, so that the warning shows.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.results", havingValue = "true")
@Order(40)
class DemoRisk implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRisk.class);

    private final OrgUnits orgUnits;
    private final CohortYears cohorts;
    private final Profiles profiles;
    private final SchoolData schoolData;
    private final Catalogues catalogues;
    private final DemoAnswers answers;

    DemoRisk(
            OrgUnits orgUnits,
            CohortYears cohorts,
            Profiles profiles,
            SchoolData schoolData,
            Catalogues catalogues,
            DemoAnswers answers) {
        this.orgUnits = orgUnits;
        this.cohorts = cohorts;
        this.profiles = profiles;
        this.schoolData = schoolData;
        this.catalogues = catalogues;
        this.answers = answers;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty() || answers.hasAny(region.get().path())) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo",
                        null,
                        List.of(
                                new SimpleGrantedAuthority(Permission.RULES_EDIT.name()),
                                new SimpleGrantedAuthority(Permission.SELF_DIAGNOSIS_EDIT.name()))));
        try {
            var cohort = cohorts.of(Scope.of(region.get().path()), null);
            var data = schoolData.region(cohort.regionPath(), cohort.year());
            answers.write(cohort, data);
            int computed = profiles.recompute(cohort, "demo");
            int diagnoses = answers.selfDiagnoses(
                    cohort, catalogues.current(cohort.regionId(), cohort.year()).catalogue());
            log.info("Demo risk profiles {}: {} profiles, {} self-diagnoses", cohort.year(), computed, diagnoses);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The generated answers and self-diagnoses. */
    @Component
    static class DemoAnswers {

        private final JdbcClient jdbc;
        private final JdbcTemplate batch;
        private final JsonMapper json;
        private final ShnorRegister shnor;
        private final Profiles profiles;
        private final SelfDiagnoses selfDiagnoses;

        DemoAnswers(
                JdbcClient jdbc,
                JdbcTemplate batch,
                JsonMapper json,
                ShnorRegister shnor,
                Profiles profiles,
                SelfDiagnoses selfDiagnoses) {
            this.jdbc = jdbc;
            this.batch = batch;
            this.json = json;
            this.shnor = shnor;
            this.profiles = profiles;
            this.selfDiagnoses = selfDiagnoses;
        }

        boolean hasAny(OrgPath regionPath) {
            return jdbc.sql("select exists (select 1 from risk.response_summary where school_path like ?)")
                    .param(regionPath.likePattern())
                    .query(Boolean.class)
                    .single();
        }

        void write(Cohort cohort, SchoolData.RegionData data) {
            var rows = new ArrayList<Object[]>();
            // The weakness is the school's rank by its share of «2», so that about a third of schools cross
            // each threshold, most of them weak ones, whatever the region's overall level.
            var shares = data.values().values().stream()
                    .mapToDouble(v -> v.getOrDefault("vpr_share2", 10.0))
                    .sorted()
                    .toArray();
            data.values().forEach((school, v) -> {
                var random = new Random(school.getMostSignificantBits() ^ cohort.year());
                double rank = rank(shares, v.getOrDefault("vpr_share2", 10.0));
                double w = Math.max(0, Math.min(1, rank + random.nextGaussian() * 0.12));
                var context = data.schools().get(school);
                int students = Math.max(20, context.students());
                rows.add(row(cohort, context, "DIRECTOR", new int[] {1, 1}, director(w, random, v)));
                int teachers = Math.max(5, students / 14);
                if (random.nextDouble() > 0.05)
                    rows.add(row(
                            cohort,
                            context,
                            "TEACHER",
                            new int[] {teachers - random.nextInt(3), teachers},
                            teacher(w, random)));
                int pupils = Math.max(10, students / 2);
                rows.add(row(
                        cohort,
                        context,
                        "STUDENT",
                        new int[] {(int) (pupils * (0.6 + 0.35 * random.nextDouble())), pupils},
                        student(w, random, v)));
                if (random.nextDouble() > 0.08)
                    rows.add(row(
                            cohort,
                            context,
                            "PARENT",
                            new int[] {(int) (pupils * (0.3 + 0.4 * random.nextDouble())), pupils},
                            parent(w, random)));
            });
            batch.batchUpdate("""
                    insert into risk.response_summary
                        (school_id, school_path, cohort_year, kind, respondents, expected, aggregates, source, loaded_by)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb), 'AGGREGATES', 'demo') on conflict do nothing""", rows);
        }

        /** @param counts respondents and expected */
        private Object[] row(
                Cohort c, ru.opora.orgunits.SchoolContext school, String kind, int[] counts, Map<String, Double> a) {
            return new Object[] {
                school.id(),
                school.path(),
                c.year(),
                kind,
                Math.max(1, counts[0]),
                counts[1],
                json.writeValueAsString(a)
            };
        }

        private static Map<String, Double> director(double w, Random r, Map<String, Double> v) {
            var a = new LinkedHashMap<String, Double>();
            a.put("D_01", pct(85 - 55 * w + r.nextGaussian() * 10));
            a.put("D_02", (double)
                    Math.round(v.getOrDefault("rural", 0.0) > 0 ? 4 + 20 * r.nextDouble() : 15 + 85 * r.nextDouble()));
            yesNo(a, "D_03", r.nextDouble() < 0.1 + 0.35 * w);
            a.put("D_04", (double) Math.round(Math.max(0, 3 * w + r.nextGaussian() * 0.6 - 1.6)));
            a.put("D_05", pct(3 + 25 * w + r.nextGaussian() * 5));
            a.put("D_06", pct(10 + 28 * w + r.nextGaussian() * 6));
            a.put("D_07", pct(65 - 30 * w + r.nextGaussian() * 8));
            double practice = r.nextDouble();
            yesNo(a, "D_08", practice < 0.02 + 0.2 * w * w);
            yesNo(a, "D_09", practice < 0.04 + 0.45 * w * w);
            yesNo(a, "D_10", practice < 0.03 + 0.35 * w * w);
            a.put("D_11", pct(0.5 + 6 * w + r.nextGaussian() * 1.2));
            yesNo(a, "D_12", r.nextDouble() < 0.03 + 0.45 * w * w);
            a.put("D_13", pct(5 + 35 * w + r.nextGaussian() * 6));
            return a;
        }

        private static Map<String, Double> teacher(double w, Random r) {
            var a = new LinkedHashMap<String, Double>();
            double never = pct(12 + 50 * w + r.nextGaussian() * 6);
            double often = pct((100 - never) * (0.6 - 0.3 * w));
            a.put("T_01_often", often);
            a.put("T_01_sometimes", pct(100 - never - often));
            a.put("T_01_never", never);
            a.put("T_02", (double) Math.round(14 + 12 * r.nextDouble()));
            double no = pct(8 + 30 * w + r.nextGaussian() * 6);
            a.put("T_03_yes", pct(100 - no));
            a.put("T_03_no", no);
            a.put("T_04_tests", 95.0);
            a.put("T_04_formative", pct(60 - 40 * w + r.nextGaussian() * 10));
            a.put("T_04_projects", pct(40 - 20 * w + r.nextGaussian() * 10));
            return a;
        }

        private static Map<String, Double> student(double w, Random r, Map<String, Double> v) {
            var a = new LinkedHashMap<String, Double>();
            double other = pct((v.getOrDefault("adverse", 0.0) > 0 ? 4 : 0) + 1 + 6 * r.nextDouble() + 4 * w);
            a.put("S_01_ru", pct(100 - other));
            a.put("S_01_other", other);
            double bullied = pct(5 + 20 * w + r.nextGaussian() * 4);
            a.put("S_02_yes", bullied);
            a.put("S_02_no", pct(100 - bullied));
            double often = pct(5 + 20 * w + r.nextGaussian() * 4);
            a.put("S_03_never", pct((100 - often) * 0.4));
            a.put("S_03_sometimes", pct((100 - often) * 0.6));
            a.put("S_03_often", often);
            double low = pct(5 + 33 * w + r.nextGaussian() * 5);
            a.put("S_04_1", pct(low * 0.4));
            a.put("S_04_2", pct(low * 0.6));
            a.put("S_04_3", pct((100 - low) * 0.35));
            a.put("S_04_4", pct((100 - low) * 0.4));
            a.put("S_04_5", pct((100 - low) * 0.25));
            a.put("S_04", Math.round((4.0 - 1.4 * w) * 100) / 100.0);
            double work = pct(4 + 35 * w + r.nextGaussian() * 5);
            a.put("S_05_grade10", pct((100 - work) * 0.55));
            a.put("S_05_college", pct((100 - work) * 0.35));
            a.put("S_05_work", work);
            a.put("S_05_unknown", pct((100 - work) * 0.1));
            return a;
        }

        private static Map<String, Double> parent(double w, Random r) {
            var a = new LinkedHashMap<String, Double>();
            double always = pct(80 - 40 * w + r.nextGaussian() * 6);
            a.put("P_01_always", always);
            a.put("P_01_sometimes", pct((100 - always) * 0.7));
            a.put("P_01_never", pct((100 - always) * 0.3));
            double never = pct(5 + 32 * w + r.nextGaussian() * 5);
            a.put("P_02_weekly", pct((100 - never) * 0.4));
            a.put("P_02_monthly", pct((100 - never) * 0.6));
            a.put("P_02_never", never);
            a.put("P_03", Math.round((3.8 - 1.2 * w) * 100) / 100.0);
            return a;
        }

        private static void yesNo(Map<String, Double> a, String code, boolean no) {
            a.put(code + "_yes", no ? 0.0 : 100.0);
            a.put(code + "_no", no ? 100.0 : 0.0);
        }

        /** The share of schools whose value is below this one, from 0 to 1. */
        private static double rank(double[] sorted, double value) {
            int below = java.util.Arrays.binarySearch(sorted, value);
            if (below < 0) below = -below - 1;
            return sorted.length <= 1 ? 0.5 : (double) below / (sorted.length - 1);
        }

        private static double pct(double v) {
            return Math.round(Math.max(0, Math.min(100, v)) * 10) / 10.0;
        }

        /** Each ШНОР's self-diagnosis: actual = HIGH or MEDIUM, chosen = the highest scores up to the limit. */
        int selfDiagnoses(Cohort cohort, RiskCatalogue catalogue) {
            var scope = Scope.of(cohort.regionPath());
            var states = shnor.states(scope);
            int written = 0;
            for (Profiles.Snapshot p : profiles.current(scope, cohort.year())) {
                var state = states.get(p.schoolId());
                if (state == null || state == ShnorState.EXITED) continue;
                var ranked = p.entries().stream()
                        .filter(e -> e.level() == Level.HIGH || e.level() == Level.MEDIUM)
                        .sorted(Comparator.comparing((FactorResult e) -> e.score() == null ? 0 : -e.score()))
                        .map(FactorResult::factorCode)
                        .toList();
                int limit = catalogue.maxSelected();
                // a school with more HIGH risks than the limit leaves some out, and its page warns about them
                var chosen = ranked.stream().limit(limit).toList();
                var entries = new ArrayList<SelfDiagnoses.Entry>();
                for (var f : catalogue.factors()) {
                    boolean actual = ranked.contains(f.code());
                    entries.add(new SelfDiagnoses.Entry(
                            f.code(),
                            actual,
                            actual && !f.measures().isEmpty() ? f.measures().getFirst() : "",
                            chosen.contains(f.code())));
                }
                selfDiagnoses.save(p.schoolId(), p.schoolPath(), cohort.year(), entries, 0, "demo");
                written++;
            }
            return written;
        }
    }
}
