package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the bundles: templates hold no literal text outside
 * th:text-replaced placeholders, every key a template uses exists, and the Russian and English
 * bundles have the same keys.
 */
class I18nTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path RESOURCES = Path.of("src/main/resources");

    private static Properties bundle(String name) throws IOException {
        var p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void russianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        var ru = bundle("messages_ru.properties");
        var en = bundle("messages_en.properties");
        assertThat(ru.keySet()).isNotEmpty().isEqualTo(en.keySet());
        assertThat(bundle("messages.properties").keySet()).isEqualTo(ru.keySet());
    }

    @Test
    void templatesUseOnlyKeysThatExist() throws IOException {
        var ru = bundle("messages_ru.properties");
        var missing = new ArrayList<String>();
        Pattern key = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
        for (Path t : templates()) {
            Matcher m = key.matcher(Files.readString(t));
            while (m.find()) if (!ru.containsKey(m.group(1))) missing.add(t.getFileName() + ": " + m.group(1));
        }
        assertThat(missing).isEmpty();
    }

    /** Literal text between tags is allowed only inside an element whose th:text replaces it. */
    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        var offences = new ArrayList<String>();
        Pattern element = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");
        Pattern attribute = Pattern.compile("\\s(title|placeholder|aria-label|alt|value|data-confirm)=\"([^\"]*)\"");
        for (Path t : templates()) {
            String html = Files.readString(t)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "<script>");
            Matcher m = element.matcher(html);
            while (m.find()) {
                String attrs = m.group(2);
                String text = m.group(3).strip();
                boolean replaced = attrs.contains("th:text")
                        || attrs.contains("th:utext")
                        || attrs.contains("th:replace")
                        || attrs.contains("th:errors");
                if (!text.isEmpty() && !replaced && text.matches("(?s).*[\\p{L}].*"))
                    offences.add(t.getFileName() + ": «" + text + "»");
                Matcher a = attribute.matcher(attrs);
                while (a.find())
                    if (a.group(2).matches("(?s).*[\\p{IsCyrillic}].*"))
                        offences.add(t.getFileName() + ": " + a.group(0).strip());
            }
        }
        assertThat(offences).isEmpty();
    }
}
