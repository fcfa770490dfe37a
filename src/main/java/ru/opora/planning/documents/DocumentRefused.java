package ru.opora.planning.documents;

import java.util.List;

/** A change the rules do not allow; the message codes say why (with the plan's gaps when there are any). */
public class DocumentRefused extends RuntimeException {

    private final List<String> reasons;
    private final List<Gap> gaps;

    public DocumentRefused(List<String> reasons, List<Gap> gaps) {
        super(String.join(", ", reasons));
        this.reasons = List.copyOf(reasons);
        this.gaps = List.copyOf(gaps);
    }

    public List<String> reasons() {
        return reasons;
    }

    public List<Gap> gaps() {
        return gaps;
    }
}
