package ru.opora.identification.runs;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Table;
import ru.opora.shared.XlsxTableWriter;

/** The ШНОР statuses of the schools in scope, a school's history, and the region's moves with reasons. */
@Controller
class StatusController {

    /** A line of the list: the status with the school's names. */
    public record Line(ShnorStatuses.Status status, String code, String name, String municipality) {}

    private final ShnorStatuses statuses;
    private final OrgUnits orgUnits;
    private final MessageSource messages;

    private final SchoolNames schoolNames;

    StatusController(ShnorStatuses statuses, OrgUnits orgUnits, MessageSource messages, SchoolNames schoolNames) {
        this.schoolNames = schoolNames;
        this.statuses = statuses;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/identification/status")
    String list(
            @RequestParam(required = false) @Nullable ShnorState state,
            @RequestParam(required = false) @Nullable UUID municipality,
            Scope scope,
            Model model) {
        model.addAttribute("lines", lines(narrow(scope, municipality), state));
        model.addAttribute("state", state);
        model.addAttribute("states", ShnorState.values());
        model.addAttribute("municipality", municipality);
        model.addAttribute("municipalities", orgUnits.inScope(ru.opora.orgunits.OrgUnitKind.MUNICIPALITY, scope));
        return "identification/status";
    }

    /** The reader's scope cut to one municipality when they choose one they may see. */
    private Scope narrow(Scope scope, @Nullable UUID municipality) {
        if (municipality == null) return scope;
        return orgUnits.find(municipality)
                .filter(m -> scope.permits(m.path()))
                .map(m -> Scope.of(List.of(m.path())))
                .orElse(scope);
    }

    @GetMapping("/identification/status.xlsx")
    void export(
            @RequestParam(required = false) @Nullable ShnorState state,
            @RequestParam(required = false) @Nullable UUID municipality,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var rows = new ArrayList<List<?>>();
        for (Line l : lines(narrow(scope, municipality), state))
            rows.add(Arrays.asList(
                    l.code(),
                    l.name(),
                    l.municipality(),
                    msg("shnor.state." + l.status().state(), locale),
                    l.status().entryYear(),
                    l.status().exitYear(),
                    ru.opora.shared.Formats.local(l.status().changedAt())));
        var headers = java.util.stream.Stream.of(
                        "school.code",
                        "results.school",
                        "school.municipality",
                        "shnor.state",
                        "shnor.entryYear",
                        "shnor.exitYear",
                        "shnor.changedAt")
                .map(k -> msg(k, locale))
                .toList();
        XlsxTableWriter.download(response, "shnor.xlsx", new Table(msg("shnor.title", locale), headers, rows));
    }

    @GetMapping("/identification/status/{schoolId}")
    String school(@PathVariable UUID schoolId, Scope scope, Model model) {
        var status = statuses.find(schoolId)
                .filter(s -> scope.permits(s.schoolPath()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("status", status);
        model.addAttribute("school", orgUnits.find(schoolId).orElseThrow());
        model.addAttribute("history", statuses.history(schoolId));
        model.addAttribute("next", status.state().next());
        model.addAttribute("regionWide", scope.isRegionWide());
        if (!model.containsAttribute("problem")) model.addAttribute("problem", null);
        return "identification/status-school";
    }

    @PostMapping("/identification/status/{schoolId}")
    String move(
            @PathVariable UUID schoolId,
            @RequestParam ShnorState to,
            @RequestParam(defaultValue = "") String reason,
            Scope scope,
            Principal principal,
            Model model) {
        if (!scope.isRegionWide())
            throw new org.springframework.security.access.AccessDeniedException("the region moves statuses");
        try {
            statuses.move(schoolId, to, reason, scope, principal.getName());
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
            return school(schoolId, scope, model);
        }
        return "redirect:/identification/status/" + schoolId;
    }

    private List<Line> lines(Scope scope, @Nullable ShnorState state) {
        var list = statuses.list(scope, state);
        var names =
                schoolNames.of(list.stream().map(ShnorStatuses.Status::schoolId).toList());
        var lines = new ArrayList<Line>();
        for (var s : list) {
            var named = names.get(s.schoolId());
            if (named != null)
                lines.add(new Line(s, named.school().code(), named.school().name(), named.municipality()));
        }
        return lines;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
