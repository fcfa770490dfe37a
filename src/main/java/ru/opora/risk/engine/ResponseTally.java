package ru.opora.risk.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.opora.shared.Formats;

/**
 * Tallies one school's raw answers to a questionnaire into the aggregates a profile reads, so that
 * the answers themselves need not be kept (decision 0011). Answers are already checked.
 */
public final class ResponseTally {

    private final Questionnaire questionnaire;
    private final Map<String, double[]> sums = new HashMap<>(); // item → {sum, count}
    private final Map<String, Integer> chosen = new HashMap<>(); // variable → respondents choosing
    private final Map<String, Integer> answered = new HashMap<>(); // item → respondents answering
    private int respondents;

    public ResponseTally(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** One respondent's answers: item code → the number, the option code, or option codes separated by «|». */
    public void add(Map<String, String> answers) {
        respondents++;
        for (Item item : questionnaire.items()) {
            String answer = answers.getOrDefault(item.code(), "").strip();
            if (answer.isEmpty()) continue;
            answered.merge(item.code(), 1, Integer::sum);
            switch (item.answerType()) {
                case NUMBER, SCALE -> {
                    double v = Double.parseDouble(answer.replace(',', '.'));
                    var s = sums.computeIfAbsent(item.code(), k -> new double[2]);
                    s[0] += v;
                    s[1]++;
                    if (item.answerType() == AnswerType.SCALE)
                        chosen.merge(item.code() + "_" + (int) v, 1, Integer::sum);
                }
                case SINGLE -> chosen.merge(item.code() + "_" + answer, 1, Integer::sum);
                case MULTI -> {
                    for (String o : answer.split("\\|")) chosen.merge(item.code() + "_" + o.strip(), 1, Integer::sum);
                }
                case TEXT -> {
                    // not aggregated
                }
            }
        }
    }

    public int respondents() {
        return respondents;
    }

    /** Every variable of the questionnaire with data: means, and shares in per cent of those who answered the item. */
    public Map<String, Double> aggregates() {
        var result = new LinkedHashMap<String, Double>();
        for (Item item : questionnaire.items()) {
            int n = answered.getOrDefault(item.code(), 0);
            if (n == 0) continue;
            var s = sums.get(item.code());
            if (s != null) result.put(item.code(), round(s[0] / s[1]));
            List<String> shares = item.variables().stream()
                    .filter(v -> !v.equals(item.code()))
                    .toList();
            for (String v : shares) result.put(v, round(100.0 * chosen.getOrDefault(v, 0) / n));
        }
        return result;
    }

    private static double round(double v) {
        return Formats.round(v, 2);
    }
}
