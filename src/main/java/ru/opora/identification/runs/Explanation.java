package ru.opora.identification.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.identification.engine.Flag;
import ru.opora.identification.engine.RuleSet;
import ru.opora.identification.engine.Verdict;
import ru.opora.shared.Formats;

/**
 * A verdict in plain words: each sentence names a number, the threshold it was compared with and
 * what followed, so that a director or a curator can check the list without a statistician.
 */
@Component
class Explanation {

    private final MessageSource messages;

    Explanation(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentences of a school's verdict, the outcome first. */
    List<String> of(Verdict v, RuleSet rules, Locale locale) {
        var lines = new ArrayList<String>();
        lines.add(outcome(v, rules, locale));
        for (var y : v.years()) {
            if (y.participants() == 0) lines.add(msg("identification.explain.noYear", locale, year(y.year())));
            else
                lines.add(msg(
                        y.low() ? "identification.explain.yearLow" : "identification.explain.yearNotLow",
                        locale,
                        year(y.year()),
                        rules.firstGrade(),
                        rules.lastGrade(),
                        pct(y.share2()),
                        y.participants(),
                        pct(y.threshold()),
                        plain(100 - rules.vprPercentile())));
        }
        gia(lines, "identification.explain.oge", v.oge(), rules, locale);
        gia(lines, "identification.explain.ege", v.ege(), rules, locale);
        if (!v.flags().isEmpty()) {
            lines.add(msg("identification.explain.flags", locale));
            for (Flag f : v.flags()) lines.add(flag(f, locale));
        }
        if (v.adverse()) lines.add(msg("identification.explain.adverse", locale));
        return lines;
    }

    /**
     * A flag in words. A statistical flag says what was observed, what the region's schools of the
     * same level and size predict, and how rarely chance alone opens such a gap; a recorded fact
     * says its value and threshold.
     */
    String flag(Flag f, Locale locale) {
        if (f.expected() == null || f.z() == null) {
            String key = "identification.flag." + f.code().name() + ".explain";
            return messages.getMessage(
                    key,
                    new Object[] {pct(f.value()), pct(f.threshold())},
                    msg("identification.flag.stored.explain", locale, pct(f.value()), pct(f.threshold())),
                    locale);
        }
        return msg("identification.flag." + f.code().name() + ".observed", locale, pct(f.value()), pct(f.expected()))
                + " "
                + msg(
                        "identification.flag.chance",
                        locale,
                        Formats.number(f.z(), 1),
                        oneIn(f.chance()),
                        Formats.number(f.threshold(), 1),
                        oneIn(ru.opora.identification.engine.Normal.upperTail(f.threshold())));
    }

    /** «1 in N» for a probability, N rounded to two significant figures: 1 in 3 400, not 1 in 3 412,7. */
    static String oneIn(@org.jspecify.annotations.Nullable Double p) {
        if (p == null || p <= 0) return "∞";
        double n = 1 / p;
        if (n >= 1e6) return "1 000 000+";
        double magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 1));
        return Formats.number(Math.round(n / magnitude) * magnitude, 0);
    }

    private String outcome(Verdict v, RuleSet rules, Locale locale) {
        var first = v.years().getFirst();
        return switch (v.outcome()) {
            case CANDIDATE ->
                switch (v.basis()) {
                    case LOW_VPR_YEARS -> msg("identification.explain.candidateYears", locale, rules.windowYears());
                    case LOW_GIA -> msg("identification.explain.candidateGiaAlone", locale, year(first.year()));
                    case null, default -> msg("identification.explain.candidateGia", locale, year(first.year()));
                };
            case SPECIAL ->
                msg(
                        v.basis() == null ? "identification.explain.special" : "identification.explain.specialLow",
                        locale,
                        plain(rules.specialOvzShare()));
            case NON_OBJECTIVE -> msg("identification.explain.nonObjective", locale);
            case TOO_FEW -> msg("identification.explain.tooFew", locale, first.participants(), rules.minParticipants());
            case NOT_LOW ->
                first.low()
                        ? msg("identification.explain.notLowOnce", locale, year(first.year()))
                        : msg("identification.explain.notLow", locale, year(first.year()));
        };
    }

    private void gia(
            List<String> lines,
            String key,
            Verdict.@org.jspecify.annotations.Nullable GiaMeasure g,
            RuleSet rules,
            Locale locale) {
        if (g == null) return;
        lines.add(msg(
                key + (g.low() ? ".low" : ".notLow"),
                locale,
                String.join(", ", rules.giaSubjects()),
                pct(g.belowShare()),
                g.participants(),
                pct(g.threshold()),
                plain(100 - rules.giaPercentile())));
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** 90 rather than «90,0»: percentiles are usually whole. */
    static String plain(double v) {
        return Formats.upTo(v, 1);
    }

    static double round(double v) {
        return Formats.round(v, 1);
    }

    static String pct(double v) {
        return Formats.number(v, 1);
    }

    /** Years as text: a MessageFormat would print 2026 as «2 026». */
    private static String year(int year) {
        return String.valueOf(year);
    }
}
