package ru.opora.people.teachers;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgPath;

/**
 * A teacher of a school (педагог, docs/domain.md §4.2): what the risk factors and the development
 * loop read — subjects, qualification category, experience, age group — and a work e-mail; the
 * account in Opora ({@code username}) lets the teacher see their own classes.
 */
public record Teacher(
        UUID id,
        UUID schoolId,
        OrgPath schoolPath,
        String fullName,
        List<String> subjects,
        Category category,
        @Nullable Integer experienceYears,
        @Nullable AgeGroup ageGroup,
        String position,
        @Nullable String workEmail,
        @Nullable String username) {

    public Teacher {
        subjects = List.copyOf(subjects);
        fullName = normalName(fullName);
    }

    /** A name as files type it — extra spaces, «ё» or «е» — written one way, so one person is one teacher. */
    public static String normalName(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    /** Квалификационная категория. */
    public enum Category {
        NONE,
        FIRST,
        HIGHEST
    }

    /** The age group, not the age: «молодые учителя» are under 35, the risk factor counts those of 60 and over. */
    public enum AgeGroup {
        UNDER_35,
        FROM_35_TO_59,
        FROM_60;

        static AgeGroup of(int age) {
            return age < 35 ? UNDER_35 : age < 60 ? FROM_35_TO_59 : FROM_60;
        }
    }
}
