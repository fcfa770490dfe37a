package ru.opora.risk.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A questionnaire item and the variables its answers give a school: the mean of a number or a
 * scale, the share (%) of respondents choosing each option or each point of a scale. Text answers
 * give no variable.
 */
public record Item(String code, String text, AnswerType answerType, double min, double max, List<Option> options) {

    /** One option of a SINGLE or MULTI item: a short code for files and formulas, and its label. */
    public record Option(String code, String label) {}

    public Item {
        options = List.copyOf(options);
    }

    public List<String> variables() {
        var names = new ArrayList<String>();
        switch (answerType) {
            case NUMBER -> names.add(code);
            case SCALE -> {
                names.add(code);
                for (int p = (int) min; p <= (int) max; p++) names.add(code + "_" + p);
            }
            case SINGLE, MULTI -> {
                for (Option o : options) names.add(code + "_" + o.code());
            }
            case TEXT -> {
                // free text is read by people, not by formulas
            }
        }
        return names;
    }

    public boolean hasOption(String optionCode) {
        return options.stream().anyMatch(o -> o.code().equals(optionCode));
    }
}
