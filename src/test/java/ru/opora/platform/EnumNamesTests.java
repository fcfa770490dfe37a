package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every value of every enum that reaches a page, a document or a notification has its Russian and
 * English name (issue #21: keys built at run time escaped the template check, and «??…??» reached
 * the screen). Each enum is listed with the prefix its pages build the key from; a new enum shown
 * on a page gets its line here.
 */
class EnumNamesTests {

    /** The prefix of the keys, and the enum whose names follow it. */
    private static final Map<String, String> SHOWN = Map.ofEntries(
            Map.entry("role.", "ru.opora.identity.Role"),
            Map.entry("assessment.kind.", "ru.opora.assessments.AssessmentKind"),
            Map.entry("results.ovz.", "ru.opora.assessments.analysis.OvzFilter"),
            Map.entry("results.tasks.by.", "ru.opora.assessments.analysis.TaskMatrix$By"),
            Map.entry("shnor.state.", "ru.opora.identification.ShnorState"),
            Map.entry("identification.flag.", "ru.opora.identification.engine.FlagCode"),
            Map.entry("risk.level.", "ru.opora.risk.engine.Level"),
            Map.entry("risk.source.", "ru.opora.risk.engine.Source"),
            Map.entry("risk.kind.", "ru.opora.risk.engine.QuestionnaireKind"),
            Map.entry("risk.direction.", "ru.opora.risk.engine.Direction"),
            Map.entry("risk.answer.", "ru.opora.risk.engine.AnswerType"),
            Map.entry("planning.status.", "ru.opora.planning.documents.DocumentStatus"),
            Map.entry("planning.type.", "ru.opora.planning.documents.DocumentType"),
            Map.entry("planning.action.", "ru.opora.planning.documents.Transition"),
            Map.entry("planning.verdict.", "ru.opora.planning.review.Verdict"),
            Map.entry("planning.verdicted.", "ru.opora.planning.review.Verdict"),
            Map.entry("planning.measure.", "ru.opora.planning.execution.MeasureStatus"),
            Map.entry("planning.measure.action.", "ru.opora.planning.execution.MeasureStatus$Action"),
            Map.entry("support.mark.", "ru.opora.support.cohort.CohortProgress$Mark"),
            Map.entry("monitoring.kind.", "ru.opora.monitoring.campaigns.Campaign$Kind"),
            Map.entry("monitoring.campaignStatus.", "ru.opora.monitoring.campaigns.Campaign$Status"),
            Map.entry("monitoring.valueStatus.", "ru.opora.monitoring.campaigns.CampaignValues$Status"),
            Map.entry("monitoring.standing.", "ru.opora.monitoring.campaigns.SchoolDynamics$Standing"),
            Map.entry("monitoring.unit.", "ru.opora.monitoring.indicators.Indicator$Unit"),
            Map.entry("monitoring.level.", "ru.opora.monitoring.indicators.Indicator$Level"),
            Map.entry("monitoring.direction.", "ru.opora.monitoring.indicators.Indicator$Direction"),
            Map.entry("mechanism.status.", "ru.opora.monitoring.mechanism.MechanismAssessments$Status"),
            Map.entry("mechanism.level.", "ru.opora.monitoring.mechanism.MechanismScale$Level"),
            Map.entry("people.category.", "ru.opora.people.teachers.Teacher$Category"),
            Map.entry("people.ageGroup.", "ru.opora.people.teachers.Teacher$AgeGroup"),
            Map.entry("people.mentoring.form.", "ru.opora.people.mentoring.Mentoring$Form"),
            Map.entry("people.observation.purpose.", "ru.opora.people.mentoring.Observations$Purpose"),
            Map.entry("people.loop.outcome.", "ru.opora.people.loop.LoopLine$Outcome"),
            Map.entry("pupils.category.", "ru.opora.people.pupils.AtRiskSuggestions$Category"),
            Map.entry("pupils.state.", "ru.opora.people.pupils.AtRiskPupils$State"),
            Map.entry("pupils.route.activity.", "ru.opora.people.pupils.PupilRoutes$ActivityKind"),
            Map.entry("coordination.assignment.state.", "ru.opora.coordination.meetings.AssignmentState"),
            Map.entry("coordination.assignment.step.", "ru.opora.coordination.meetings.AssignmentState$Step"),
            Map.entry("coordination.event.kind.", "ru.opora.coordination.events.Event$Kind"),
            Map.entry("coordination.event.periodicity.", "ru.opora.coordination.events.Event$Periodicity"),
            Map.entry("coordination.event.audience.", "ru.opora.coordination.events.Event$Audience"),
            Map.entry("coordination.practice.level.", "ru.opora.coordination.practices.Practice$Level"),
            Map.entry("coordination.practice.state.", "ru.opora.coordination.practices.Practice$State"),
            Map.entry("coordination.practice.step.", "ru.opora.coordination.practices.Practices$Step"),
            Map.entry("coordination.practice.notice.", "ru.opora.coordination.practices.PracticeNotice$Kind"),
            Map.entry("coordination.assignment.notice.", "ru.opora.coordination.meetings.AssignmentNotice$Kind"));

    @Test
    void everyValueShownHasItsNameInBothLanguages() throws Exception {
        var ru = bundle("messages_ru.properties");
        var en = bundle("messages_en.properties");
        var missing = new ArrayList<String>();
        for (var e : SHOWN.entrySet()) {
            var type = Class.forName(e.getValue());
            assertThat(type.isEnum()).as(e.getValue()).isTrue();
            for (Object value : type.getEnumConstants()) {
                String key = e.getKey() + ((Enum<?>) value).name();
                if (!ru.containsKey(key)) missing.add(key + " (ru)");
                if (!en.containsKey(key)) missing.add(key + " (en)");
            }
        }
        assertThat(missing).as("enum values without a name").isEmpty();
    }

    /**
     * The audit log names each entry's kind by {@code audit.type.<kind>} and its action by {@code
     * audit.action.<action>}: every kind and action a change of the code records, as written in its
     * {@code new AuditLog.Change(…)}, has both names.
     */
    @Test
    void everyAuditKindAndActionHasItsName() throws Exception {
        var ru = bundle("messages_ru.properties");
        var missing = new ArrayList<String>();
        int calls = 0;
        var literal = java.util.regex.Pattern.compile("\"([A-Z][A-Z_]+)\"");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = java.nio.file.Files.readString(file);
                int at = 0;
                while ((at = source.indexOf("new AuditLog.Change(", at)) >= 0) {
                    at += "new AuditLog.Change(".length();
                    calls++;
                    var found = literal.matcher(arguments(source, at));
                    var literals = new ArrayList<String>();
                    while (found.find()) literals.add(found.group(1));
                    // the first capitals name the kind, unless the kind is a variable and they name the action
                    if (!literals.isEmpty()
                            && !ru.containsKey("audit.type." + literals.getFirst())
                            && !ru.containsKey("audit.action." + literals.getFirst()))
                        missing.add(file.getFileName() + ": audit.type." + literals.getFirst());
                    if (literals.size() > 1
                            && !ru.containsKey("audit.action." + literals.get(1))
                            && !ru.containsKey("audit.type." + literals.get(1))
                            && ACTIONS.contains(literals.get(1)))
                        missing.add(file.getFileName() + ": audit.action." + literals.get(1));
                }
            }
        }
        // the scan reads the calls (a scan that found none would pass whatever the bundles say)
        assertThat(calls).isGreaterThan(50);
        assertThat(missing).as("audit kinds and actions without a name").isEmpty();
    }

    private static final java.util.Set<String> ACTIONS = java.util.Set.of("CREATE", "UPDATE", "DELETE");

    /** The text of a call's arguments: up to the parenthesis that closes it. */
    private static String arguments(String source, int from) {
        int depth = 1;
        int i = from;
        while (i < source.length() && depth > 0) {
            char c = source.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '"') {
                int end = source.startsWith("\"\"\"", i)
                        ? source.indexOf("\"\"\"", i + 3) + 2
                        : source.indexOf('"', i + 1);
                i = Math.max(end, i);
            }
            i++;
        }
        return source.substring(from, i);
    }

    private static Properties bundle(String name) throws IOException {
        var p = new Properties();
        try (InputStream in = EnumNamesTests.class.getResourceAsStream("/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
