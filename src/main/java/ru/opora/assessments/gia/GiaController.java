package ru.opora.assessments.gia;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** ОГЭ/ЕГЭ results by school: the table of one exam, year and subject, its export, and the upload. */
@Controller
class GiaController {

    /** A school's line: its name beside its row. */
    public record Line(String code, String name, GiaRow row) {}

    /** The chosen exam, year and subject from the query string. */
    record Choice(
            @Nullable String exam,
            @Nullable Integer year,
            @Nullable String subject) {}

    private final GiaResults results;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    GiaController(GiaResults results, OrgUnits orgUnits, MessageSource messages) {
        this.results = results;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/results/gia")
    String page(Choice choice, Scope scope, Model model) {
        var series = results.series(scope);
        model.addAttribute("series", series);
        var chosen = series.stream()
                .filter(s -> s.exam().equals(choice.exam())
                        && choice.year() != null
                        && s.year() == choice.year()
                        && s.subjectCode().equals(choice.subject()))
                .findFirst()
                .or(() -> series.stream().findFirst());
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute("lines", chosen.map(c -> lines(scope, c)).orElse(List.of()));
        return "assessments/gia";
    }

    @GetMapping("/results/gia/export")
    void export(Choice choice, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var c = new GiaResults.Series(
                String.valueOf(choice.exam()),
                choice.year() == null ? 0 : choice.year(),
                String.valueOf(choice.subject()),
                "");
        var rows = new ArrayList<List<?>>();
        for (Line l : lines(scope, c))
            rows.add(List.of(
                    l.code(),
                    l.name(),
                    l.row().participants(),
                    l.row().belowMinimum(),
                    Math.round(l.row().belowMinimumShare() * 10) / 10.0,
                    l.row().meanScore()));
        var headers = List.of(
                        "school.code",
                        "results.school",
                        "results.participants",
                        "gia.belowMinimum",
                        "gia.belowMinimumShare",
                        "gia.meanScore")
                .stream()
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        XlsxTableWriter.download(
                response, "gia.xlsx", new Table(c.exam() + " " + c.year() + " " + c.subjectCode(), headers, rows));
    }

    @PostMapping("/results/gia")
    String upload(
            @RequestParam("file") MultipartFile file, Scope scope, Principal principal, Locale locale, Model model)
            throws IOException {
        Path temp = Files.createTempFile("opora-gia-", ".upload");
        try {
            file.transferTo(temp);
            String name = file.getOriginalFilename() == null
                    ? "gia"
                    : Path.of(file.getOriginalFilename().replace('\\', '/'))
                            .getFileName()
                            .toString();
            var outcome = results.importFile(name, temp, scope, principal.getName());
            model.addAttribute("outcome", outcome);
            model.addAttribute(
                    "problems",
                    outcome.problems().stream()
                            .map(p -> messages.getMessage(p.messageKey(), p.messageArgs(name), locale))
                            .toList());
        } finally {
            Files.deleteIfExists(temp);
        }
        return page(new Choice(null, null, null), scope, model);
    }

    private List<Line> lines(Scope scope, GiaResults.Series c) {
        var rows = results.rows(scope, c.exam(), c.year(), c.subjectCode());
        Map<UUID, OrgUnitRef> refs = new HashMap<>();
        for (OrgUnitRef r : orgUnits.byIds(rows.stream().map(GiaRow::schoolId).toList())) refs.put(r.id(), r);
        return rows.stream()
                .filter(r -> refs.containsKey(r.schoolId()))
                .map(r -> new Line(
                        refs.get(r.schoolId()).code(), refs.get(r.schoolId()).name(), r))
                .toList();
    }
}
