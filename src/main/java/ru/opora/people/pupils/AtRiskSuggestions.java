package ru.opora.people.pupils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.assessments.PupilWorks;
import ru.opora.orgunits.OrgUnitRef;

/**
 * The pupils the region's rules suggest at a school from its ВПР works of a year, each with its basis
 * in words («"2" по ВПР, Математика, 5 кл., 2026: 4 из 20 баллов»).
 */
@Component
class AtRiskSuggestions {

    enum Category {
        LOW_ACHIEVER,
        ABSENTEE,
        OVZ,
        SOCIAL_RISK,
        OTHER
    }

    /** A suggested pupil: the code and class, the category, what suggested it and why. */
    record Suggestion(String code, String classLabel, Category category, String sourceKey, String basis) {}

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final PupilWorks works;
    private final MessageSource messages;
    private final Absentees absentees;

    AtRiskSuggestions(PupilWorks works, MessageSource messages, Absentees absentees) {
        this.works = works;
        this.messages = messages;
        this.absentees = absentees;
    }

    /** The source keys of the school's ВПР works of the year: a route is written from the work that suggested a pupil. */
    java.util.Set<String> sourceKeys(OrgUnitRef school, int year) {
        var keys = new java.util.HashSet<String>();
        if (year != 0) for (var w : works.of(school.id(), year)) keys.add("VPR:" + w.assessmentId());
        return keys;
    }

    /** The suggestions from the ВПР of the year (none for year 0), and the absentees of the attendance loaded. */
    List<Suggestion> of(OrgUnitRef school, int year, AtRiskRules.Rules rules) {
        var result = new ArrayList<Suggestion>(absentees.suggestions(school, rules.absentShareOrOff()));
        var ovz = new java.util.HashSet<String>();
        for (var w : year == 0 ? List.<PupilWorks.Work>of() : works.of(school.id(), year)) {
            String key = "VPR:" + w.assessmentId();
            Object[] args = {
                w.subjectName(), w.grade(), "" + w.year(), w.primaryScore(), w.maxPrimary(), rules.vprShareBelow()
            };
            if (rules.vprMark2() && w.mark() == 2)
                result.add(new Suggestion(
                        w.participantCode(),
                        w.classLabel(),
                        Category.LOW_ACHIEVER,
                        key,
                        messages.getMessage("pupils.basis.mark2", args, RU)));
            else if (rules.journalMark2On() && w.journalMark() == 2)
                result.add(new Suggestion(
                        w.participantCode(),
                        w.classLabel(),
                        Category.LOW_ACHIEVER,
                        key,
                        messages.getMessage("pupils.basis.journal2", args, RU)));
            else if (rules.vprShareBelow() > 0 && 100 * w.primaryScore() < rules.vprShareBelow() * w.maxPrimary())
                result.add(new Suggestion(
                        w.participantCode(),
                        w.classLabel(),
                        Category.LOW_ACHIEVER,
                        key,
                        messages.getMessage("pupils.basis.share", args, RU)));
            if (rules.ovzFromResults() && w.ovz() && ovz.add(w.participantCode()))
                result.add(new Suggestion(
                        w.participantCode(),
                        w.classLabel(),
                        Category.OVZ,
                        "VPR-OVZ:" + year,
                        messages.getMessage("pupils.basis.ovz", new Object[] {"" + year, w.subjectName()}, RU)));
        }
        return result;
    }
}
