package ru.opora.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** The audit log for region admins: filter by who, what and when; export what is shown. */
@Controller
class AuditController {

    /** A page of the log: enough to read, short enough to scroll; older entries are the next page. */
    static final int PAGE_LIMIT = 100;

    static final int EXPORT_LIMIT = 100_000;

    private final AuditLog audit;
    private final AuditReading reading;
    private final MessageSource messages;

    AuditController(AuditLog audit, AuditReading reading, MessageSource messages) {
        this.audit = audit;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String list(
            AuditFilterForm filter,
            @org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable
                    Long before,
            Scope scope,
            Locale locale,
            Model model) {
        var entries = audit.find(filter.toFilter(), scope, PAGE_LIMIT, before == null ? Long.MAX_VALUE : before);
        model.addAttribute("entries", reading.lines(entries, locale));
        model.addAttribute(
                "older", entries.size() == PAGE_LIMIT ? entries.getLast().id() : null);
        model.addAttribute("limit", PAGE_LIMIT);
        model.addAttribute("types", audit.types(scope));
        return "identity/audit";
    }

    @GetMapping("/admin/audit/export")
    void export(AuditFilterForm filter, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var rows = new ArrayList<List<?>>();
        for (var line : reading.lines(audit.find(filter.toFilter(), scope, EXPORT_LIMIT), locale)) {
            var e = line.entry();
            rows.add(java.util.Arrays.asList(
                    ru.opora.shared.Formats.local(e.occurredAt()),
                    line.actor(),
                    messages.getMessage("audit.type." + e.entityType(), null, e.entityType(), locale),
                    e.entityLabel(),
                    messages.getMessage("audit.action." + e.action(), null, e.action(), locale),
                    line.beforeText(),
                    line.afterText()));
        }
        var headers = List.of(
                        "audit.when",
                        "audit.actor",
                        "audit.type",
                        "audit.entity",
                        "audit.action",
                        "audit.before",
                        "audit.after")
                .stream()
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        XlsxTableWriter.download(
                response, "audit.xlsx", new Table(messages.getMessage("audit.title", null, locale), headers, rows));
    }
}
