package ru.opora.orgunits;

import java.util.ArrayList;

/**
 * The levels of general education a school teaches by the register: НОО (grades 1–4), ООО (5–9,
 * ending with ОГЭ), СОО (10–11, ending with ЕГЭ). Results of a grade the school does not teach
 * cannot be its own, and imports refuse them.
 */
public record Levels(boolean primary, boolean basic, boolean secondary) {

    /** Whether the school teaches the grade (1–11); a grade outside that range is not judged here. */
    public boolean teachesGrade(int grade) {
        if (grade >= 1 && grade <= 4) return primary;
        if (grade >= 5 && grade <= 9) return basic;
        if (grade >= 10 && grade <= 11) return secondary;
        return true;
    }

    /** The levels as the register writes them: «НОО, ООО». */
    public String names() {
        var names = new ArrayList<String>();
        if (primary) names.add("НОО");
        if (basic) names.add("ООО");
        if (secondary) names.add("СОО");
        return names.isEmpty() ? "—" : String.join(", ", names);
    }
}
