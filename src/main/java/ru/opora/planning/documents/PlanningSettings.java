package ru.opora.planning.documents;

import java.util.List;
import java.util.Optional;
import ru.opora.planning.review.Criterion;

/**
 * The region's settings of the support cycle (docs/domain.md §6.8, §7, all [U]): document templates, the
 * concept-first rule, the review criteria and verdict cut-offs, the review period, and the limits of
 * evidence files. Shipped in {@code planning/settings-default.json}; a deployment may point
 * {@code opora.planning.settings} at its own file.
 */
public record PlanningSettings(
        List<Template> templates,
        boolean requireConceptFirst,
        List<Criterion> criteria,
        double acceptRatio,
        double remarksRatio,
        int reviewDays,
        long evidenceMaxBytes,
        List<String> evidenceTypes) {

    public PlanningSettings {
        templates = List.copyOf(templates);
        criteria = List.copyOf(criteria);
        evidenceTypes = List.copyOf(evidenceTypes);
    }

    /**
     * The type's template; a deployment's settings written before pupils' programmes existed give them
     * the anti-risk programme's, the document they are shaped like.
     */
    public Template template(DocumentType type) {
        var found = templates.stream().filter(t -> t.type() == type).findFirst();
        if (found.isEmpty() && type == DocumentType.PUPIL_PROGRAM) {
            var like = template(DocumentType.ANTIRISK_PROGRAM);
            return new Template(
                    type, like.sections(), like.tasks(), like.measures(), like.indicators(), like.targets());
        }
        return found.orElseThrow(() -> new IllegalStateException("no template for " + type));
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
