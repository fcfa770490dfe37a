package ru.opora.orgunits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only {@link OrgPath} knows how a path is written: code and templates outside {@code orgunits}
 * never split a path string or build one by hand, they ask the type.
 */
class OrgPathRuleTests {

    /** A path split on its slashes, cut after its first slash, or glued from ids and slashes. */
    static final Pattern HAND_MADE_PATH = Pattern.compile(
            "split\\(\\s*[\"']/[\"']\\s*\\)|indexOf\\(\\s*'/'\\s*,\\s*1\\s*\\)|\\.substring\\(1\\)\\.split"
                    + "|(?<!\\+\\s?)\"/\"\\s*\\+\\s*[\\w.()]+\\s*\\+\\s*\"/\"");

    static final Path SOURCES = Path.of("src/main/java/ru/opora");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void noCodeOutsideOrgunitsTakesAPathApart() throws IOException {
        var offences = new ArrayList<String>();
        for (Path file : files(SOURCES, ".java")) {
            if (file.startsWith(SOURCES.resolve("orgunits"))) continue;
            offences.addAll(offences(file));
        }
        for (Path file : files(TEMPLATES, ".html")) offences.addAll(offences(file));
        assertThat(offences).isEmpty();
    }

    @Test
    void theRuleRecognisesHandMadePaths() {
        assertThat(HAND_MADE_PATH
                        .matcher("UUID.fromString(path.substring(1).split(\"/\")[0])")
                        .find())
                .isTrue();
        assertThat(HAND_MADE_PATH
                        .matcher("Scope.of(List.of(\"/\" + regionId + \"/\"))")
                        .find())
                .isTrue();
        assertThat(HAND_MADE_PATH.matcher("names.get(s.path().split('/')[2])").find())
                .isTrue();
        assertThat(HAND_MADE_PATH
                        .matcher("\"redirect:/planning/documents/\" + id")
                        .find())
                .isFalse();
        assertThat(HAND_MADE_PATH
                        .matcher("schoolId + \"/\" + year + \"/\" + code")
                        .find())
                .isFalse();
    }

    private static List<String> offences(Path file) throws IOException {
        var found = new ArrayList<String>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++)
            if (HAND_MADE_PATH.matcher(lines.get(i)).find())
                found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
        return found;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
