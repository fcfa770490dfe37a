package ru.opora.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The country's latest year at national volume: about 760 works per school, 30 million at 40,000
 * schools (issue #22; a copy of a demo school has about 230 a year). Each copied school gets its
 * latest-year classes again, whole, as parallel classes («5А·2», «5А·3»…) with codes of their own,
 * as many times over as makes the year's total; its school rows of that year are multiplied to
 * match, so that the municipalities' and regions' sums, made after, hold the same works. Earlier
 * years keep the demo's volume, as the issue allows.
 *
 * @param times SQL of the number of times a copied school's latest year is held, original included,
 *     from the school's number {@code m.n}: whole for most schools, one more for some, so that the
 *     mean is the target's
 */
record NationalYear(int year, String times) {

    /** Works per school in the latest year. */
    static final int WORKS_PER_SCHOOL = 760;

    /** Reads the latest year and the copies' works in it from the demo and the map of copies. */
    static NationalYear of(JdbcClient jdbc) {
        Integer year = jdbc.sql("select max(year) from assessments.work_block")
                .query(Integer.class)
                .single();
        if (year == null) return new NationalYear(0, "1");
        long copies = jdbc.sql("select count(*) from public.bench_map")
                .query(Long.class)
                .single();
        long works = jdbc.sql("""
                        select coalesce(sum(cardinality(w.codes)), 0) from public.bench_map m
                          join assessments.work_block w on w.school_id = m.src where w.year = ?""").param(year).query(Long.class).single();
        double mean = works == 0 ? 1 : Math.max(1, (double) WORKS_PER_SCHOOL * copies / works);
        int whole = (int) Math.floor(mean);
        long permille = Math.round((mean - whole) * 1000);
        return new NationalYear(year, "(" + whole + " + case when m.n % 1000 < " + permille + " then 1 else 0 end)");
    }

    /** The copy's expressions for a school row's sums: multiplied in the latest year, as they are in the others. */
    Map<String, String> schoolSumsMultiplied() {
        var set = new LinkedHashMap<String, String>();
        for (String column : List.of("participants", "primary_sum"))
            set.put(column, scaled(column, "t." + column + " * " + times));
        for (String column : List.of("marks", "histogram", "task_sums", "journal"))
            set.put(
                    column,
                    scaled(
                            column,
                            "array(select x * " + times + " from unnest(t." + column
                                    + ") with ordinality u(x, i) order by i)"));
        return set;
    }

    private String scaled(String column, String multiplied) {
        return "case when t.year = " + year + " and t.class_label = '' then " + multiplied + " else t." + column
                + " end";
    }

    /** The copies' latest-year classes again, as parallel classes with their own codes. */
    void addParallelClasses(JdbcClient jdbc) {
        if (year == 0) return;
        jdbc.sql("""
                        insert into assessments.work_block (year, region_id, assessment_id, school_id, class_label,
                                                            import_number, block, codes, scores, facts)
                        select w.year, w.region_id, w.assessment_id, w.school_id, w.class_label || '·' || k, w.import_number,
                               w.block, array(select c || '·' || k from unnest(w.codes) with ordinality u(c, i) order by i),
                               w.scores, w.facts
                          from assessments.work_block w join public.bench_map m on m.id = w.school_id
                         cross join lateral generate_series(2, %s) k
                         where w.year = ?""".formatted(times)).param(year).update();
    }
}
