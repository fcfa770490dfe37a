package ru.opora.people.teachers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The school subjects a teacher may teach, with the codes the assessments use (RU, MA, …), read
 * from {@code people/subjects-default.json}: a file names a subject by its code, its name or a
 * common alias («алгебра» is mathematics).
 */
@Component
public class Subjects {

    /** A subject: its code, the name people read, and the other names files use. */
    public record Subject(String code, String name, List<String> aliases) {}

    private final List<Subject> all;
    private final Map<String, Subject> byText = new LinkedHashMap<>();

    Subjects(JsonMapper json) {
        try (var in = new ClassPathResource("people/subjects-default.json").getInputStream()) {
            this.all = List.of(json.readValue(in, Subject[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Subject s : all) {
            byText.put(key(s.code()), s);
            byText.put(key(s.name()), s);
            s.aliases().forEach(a -> byText.put(key(a), s));
        }
    }

    public List<Subject> all() {
        return all;
    }

    /** The subject a code, name or alias stands for. */
    public Optional<Subject> find(String text) {
        return Optional.ofNullable(byText.get(key(text)));
    }

    /** The name of a code (the code itself when unknown). */
    public String name(String code) {
        return find(code).map(Subject::name).orElse(code);
    }

    /** The subjects' names, for messages that list what a file may say. */
    public String names() {
        return String.join(", ", all.stream().map(Subject::name).toList());
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
