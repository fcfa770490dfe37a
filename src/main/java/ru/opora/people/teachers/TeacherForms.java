package ru.opora.people.teachers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.identity.Role;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;

/** One teacher typed in the school's form: checked field by field, saved when nothing is wrong. */
@Component
class TeacherForms {

    /** The form as sent; numbers as typed. */
    record Form(
            @Nullable String fullName,
            @Nullable List<String> subjects,
            Teacher.@Nullable Category category,
            @Nullable String experience,
            @Nullable String age,
            @Nullable String position,
            @Nullable String email,
            @Nullable String username)
            implements java.io.Serializable {} // flashed back through the JDBC session when refused

    private final Teachers teachers;
    private final Subjects subjects;
    private final OrgUnits orgUnits;
    private final UserDirectory users;
    private final MessageSource messages;

    TeacherForms(Teachers teachers, Subjects subjects, OrgUnits orgUnits, UserDirectory users, MessageSource messages) {
        this.teachers = teachers;
        this.subjects = subjects;
        this.orgUnits = orgUnits;
        this.users = users;
        this.messages = messages;
    }

    /** The teacher accounts of the school, to link a teacher to. */
    List<UserDirectory.Person> accounts(UUID schoolId, Scope scope) {
        return orgUnits.school(schoolId, scope)
                .map(s -> users.withRole(Role.TEACHER, Scope.of(s.path())))
                .orElse(List.of());
    }

    /** Saves the teacher; returns the problems, in Russian, when it is refused. */
    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    List<String> save(UUID schoolId, Form form, Scope scope, String actor, Locale locale) {
        var school = orgUnits.school(schoolId, scope).orElseThrow(NotFound::new);
        var problems = new ArrayList<String>();
        String name = form.fullName() == null ? "" : form.fullName().strip();
        if (name.isEmpty() || name.length() > 200) problems.add(msg("people.form.error.name", locale));
        var codes = new ArrayList<String>();
        for (String s : form.subjects() == null ? List.<String>of() : form.subjects())
            subjects.find(s)
                    .ifPresentOrElse(
                            found -> codes.add(found.code()),
                            () -> problems.add(msg("people.form.error.subject", locale, s)));
        if (codes.isEmpty()) problems.add(msg("people.form.error.noSubject", locale));
        Integer experience = number(form.experience(), 0, 70, "people.form.error.experience", problems, locale);
        Integer age = number(form.age(), 18, 90, "people.form.error.age", problems, locale);
        String email = blankToNull(form.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
            problems.add(msg("people.form.error.email", locale, email));
        String username = blankToNull(form.username());
        if (username != null
                && accounts(schoolId, scope).stream()
                        .noneMatch(p -> p.username().equals(username)))
            problems.add(msg("people.form.error.account", locale, username));
        else if (username != null
                && teachers.byAccount(username)
                        .filter(t -> !t.fullName().equalsIgnoreCase(name))
                        .isPresent()) problems.add(msg("people.form.error.accountTaken", locale, username));
        if (!problems.isEmpty()) return problems;
        teachers.upsert(
                new Teacher(
                        UUID.randomUUID(),
                        school.id(),
                        school.path(),
                        name,
                        codes,
                        form.category() == null ? Teacher.Category.NONE : form.category(),
                        experience,
                        age == null ? null : Teacher.AgeGroup.of(age),
                        form.position() == null ? "" : form.position().strip(),
                        email,
                        username),
                actor);
        return List.of();
    }

    private @Nullable Integer number(
            @Nullable String text, int min, int max, String key, List<String> problems, Locale locale) {
        if (text == null || text.isBlank()) return null;
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(msg(key, locale, text));
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
