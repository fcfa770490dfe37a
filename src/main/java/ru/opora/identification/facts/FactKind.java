package ru.opora.identification.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.opora.shared.importing.Column;

/** The four files of recorded facts a region loads, as the page and the address name them. */
enum FactKind {
    RECHECK("recheck", "rechecks", RecheckReader.COLUMNS),
    FEDERAL("federal", "federal-list", FederalListReader.COLUMNS),
    SOCIAL("social", "social-index", SocialIndexReader.COLUMNS),
    OBSERVATION("observation", "observers", ObservationReader.COLUMNS);

    private final String slug;
    private final String apiName;
    private final List<Column> columns;

    FactKind(String slug, String apiName, List<Column> columns) {
        this.slug = slug;
        this.apiName = apiName;
        this.columns = columns;
    }

    /** The name in the API's address ({@code /api/v1/imports/social-index}) and of its jobs. */
    String apiName() {
        return apiName;
    }

    static Optional<FactKind> ofApiName(String name) {
        for (FactKind k : values()) if (k.apiName.equals(name)) return Optional.of(k);
        return Optional.empty();
    }

    String slug() {
        return slug;
    }

    List<Column> columns() {
        return columns;
    }

    /** The file template's name. */
    String templateName() {
        return (this == FEDERAL ? "federal-list" : slug) + "-template.csv";
    }

    static Optional<FactKind> of(String slug) {
        for (FactKind k : values()) if (k.slug.equals(slug.toLowerCase(Locale.ROOT))) return Optional.of(k);
        return Optional.empty();
    }
}
