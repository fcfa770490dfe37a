package ru.opora.reporting.publicpage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import ru.opora.shared.NotFound;

/**
 * {@code /public/schools/{code}}: a school's public page «Работа со школами с низкими
 * результатами», its Atom feed and a card a school's site can embed; no sign-in, no personal data.
 */
@Controller
class PublicController {

    private final PublicView view;
    private final MessageSource messages;

    PublicController(PublicView view, MessageSource messages) {
        this.view = view;
        this.messages = messages;
    }

    @GetMapping("/public/schools/{code}")
    String page(@PathVariable String code, Model model) {
        model.addAttribute("page", view.of(code).orElseThrow(NotFound::new));
        return "public/school";
    }

    @GetMapping("/public/schools/{code}/embed")
    String embed(@PathVariable String code, Model model) {
        model.addAttribute("page", view.of(code).orElseThrow(NotFound::new));
        return "public/embed";
    }

    /** The page's news for a feed reader: one entry, updated whenever the school changes what it shows. */
    @GetMapping("/public/schools/{code}/feed.atom")
    void feed(@PathVariable String code, Locale locale, HttpServletResponse response) throws IOException {
        var page = view.of(code).orElseThrow(NotFound::new);
        String name = xml(page.school().name());
        String updated = DateTimeFormatter.ISO_INSTANT.format(page.updated().atOffset(ZoneOffset.UTC));
        String title = xml(messages.getMessage("public.title", null, locale));
        String summary = xml(
                page.settings().intro().isBlank()
                        ? messages.getMessage(
                                "public.feed.summary",
                                new Object[] {page.school().name()},
                                locale)
                        : page.settings().intro());
        String link = "/public/schools/" + page.school().code();
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>%s: %s</title>
                  <id>urn:opora:public:%s</id>
                  <updated>%s</updated>
                  <link href="%s"/>
                  <author><name>%s</name></author>
                  <entry>
                    <title>%s</title>
                    <id>urn:opora:public:%s:%s</id>
                    <updated>%s</updated>
                    <link href="%s"/>
                    <summary>%s</summary>
                  </entry>
                </feed>
                """.formatted(
                        title,
                        name,
                        page.school().id(),
                        updated,
                        link,
                        name,
                        title,
                        page.school().id(),
                        updated,
                        updated,
                        link,
                        summary);
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.getOutputStream().write(atom.getBytes(StandardCharsets.UTF_8));
    }

    /** Text for XML: only the five characters XML reserves are escaped (HTML's named entities are not XML). */
    private static String xml(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
