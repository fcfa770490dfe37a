package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.opora.platform.OporaHttp;

/**
 * Every page a demo user can reach by following links, once per kind of page, in the full demo
 * region (with its generated results, profiles and plans, so that every part of a page is drawn):
 * none fails, none shows a message key that has no text (Thymeleaf writes those as «??key_ru??»),
 * none writes a date as ISO «2026-11-25» in its text, and none shows a code such as «STAFF_SHORTAGE» or
 * «SCHOOL_ADMIN» where a name belongs (codes people type, such as a factor's code in the catalogue,
 * stand in {@code <code>}). Pages are moved to
 * page classes and their templates renamed in bulk; this catches the expression a rename broke,
 * which only shows when the page is drawn. Links are followed by GET only, which never changes
 * data.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_full_demo"
        })
class EveryPageJourneyTests {

    /** Enough for every kind of page of the demo region; the walk stops earlier when none is left. */
    private static final int MOST_PAGES = 400;

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Pattern ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\b\\d+\\b");
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[A-Za-z][\\w.]*_(ru|en)\\?\\?");
    private static final Pattern TAG = Pattern.compile("<script[\\s\\S]*?</script>|<[^>]*>");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** What a reader is meant to see as typed: codes in {@code <code>}, a form's own text. */
    private static final Pattern TYPED = Pattern.compile("<code[\\s\\S]*?</code>|<textarea[\\s\\S]*?</textarea>");

    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "region",
                "municipal",
                "curator",
                "expert",
                "school",
                "teacher",
                "observer",
                "methodist",
                "mmethodist"
            })
    void everyPageOpens(String user) {
        var http = OporaHttp.signedIn(port, user, "demo2026");
        var queue = new ArrayDeque<String>(List.of("/"));
        var kinds = new HashSet<String>();
        var failures = new ArrayList<String>();
        Set<String> visited = new TreeSet<>();
        while (!queue.isEmpty() && visited.size() < MOST_PAGES) {
            String path = queue.poll().replace("&amp;", "&");
            if (!kinds.add(kind(path))) continue;
            visited.add(path);
            var response = http.get(path);
            if (response.status() >= 500) failures.add(response.status() + " " + path);
            if (response.status() != 200 || !response.body().startsWith("<!DOCTYPE html")) continue;
            var missing = MISSING_MESSAGE.matcher(response.body());
            if (missing.find()) failures.add(path + " shows " + missing.group());
            // dates are written ДД.ММ.ГГГГ wherever people read them (form fields may hold ISO dates)
            String text = TAG.matcher(response.body()).replaceAll(" ");
            var isoDate = ISO_DATE.matcher(text);
            if (isoDate.find())
                failures.add(path + " shows the date «…"
                        + text.substring(Math.max(0, isoDate.start() - 60), isoDate.end())
                                .strip() + "»");
            var code = ENUM_CODE.matcher(
                    TAG.matcher(TYPED.matcher(response.body()).replaceAll(" ")).replaceAll(" "));
            if (code.find()) failures.add(path + " shows the code «" + code.group() + "»");
            var links = LINK.matcher(response.body());
            while (links.find()) {
                String link = links.group(1);
                if (!link.startsWith("/logout")
                        && !link.contains("lang=")
                        && !link.startsWith("/webjars")
                        && !link.startsWith("/css")
                        && !link.startsWith("/js")
                        && !link.startsWith("/img")) queue.add(link);
            }
        }
        assertThat(failures)
                .as("pages of %s that failed (of %d opened)", user, visited.size())
                .isEmpty();
        assertThat(visited.size()).as("pages %s opened", user).isGreaterThan(5);
    }

    /** A page's kind: its path with ids and numbers left out, and the names of its parameters. */
    private static String kind(String path) {
        int q = path.indexOf('?');
        String route = ID.matcher(q < 0 ? path : path.substring(0, q)).replaceAll("{}");
        if (q < 0) return route;
        var names = new TreeSet<String>();
        for (String pair : path.substring(q + 1).split("&")) names.add(pair.split("=", 2)[0]);
        return route + "?" + String.join("&", names);
    }
}
