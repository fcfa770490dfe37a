package ru.opora.assessments.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.gia.GiaResults;
import ru.opora.assessments.results.ResultImport;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.StagedUpload;

/**
 * Three years of demo ВПР results for the demo region, imported through the same path as a
 * user's file. Generated from a simple item-response model: each school has a level, each student
 * an ability around it, each task a difficulty; a few schools are clearly weak, a few improve
 * year by year, and a few show suspiciously high results.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.results", havingValue = "true")
@Order(20)
class DemoResults implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoResults.class);

    private final Catalogue catalogue;
    private final ResultImport imports;
    private final OrgUnits orgUnits;
    private final JdbcClient jdbc;
    private final GiaResults gia;
    private final long seed;

    DemoResults(
            Catalogue catalogue,
            ResultImport imports,
            OrgUnits orgUnits,
            JdbcClient jdbc,
            GiaResults gia,
            @Value("${opora.demo.seed:2026}") long seed) {
        this.catalogue = catalogue;
        this.imports = imports;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.gia = gia;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        boolean hasResults = jdbc.sql("select exists (select 1 from assessments.participant_result)")
                .query(Boolean.class)
                .single();
        boolean hasGia = jdbc.sql("select exists (select 1 from assessments.gia_result)")
                .query(Boolean.class)
                .single();
        if (region.isEmpty() || (hasResults && hasGia)) return;
        long start = System.nanoTime();
        Scope scope = Scope.of(List.of(region.get().path()));
        List<OrgUnitRef> schools = orgUnits.inScope(OrgUnitKind.SCHOOL, scope).stream()
                .sorted(java.util.Comparator.comparing(OrgUnitRef::code))
                .toList();
        var contexts = new java.util.HashMap<UUID, ru.opora.orgunits.SchoolContext>();
        orgUnits.schoolContexts(scope).forEach(c -> contexts.put(c.id(), c));
        var model = new DemoModel(new Random(seed), schools, contexts);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.RESULTS_IMPORT.name()))));
        try {
            int works = 0;
            for (Assessment a : hasResults ? List.<Assessment>of() : DemoAssessments.all()) {
                UUID id = catalogue
                        .idOf(a.kind(), a.year(), a.subjectCode(), a.grade())
                        .orElseGet(() -> catalogue.save(a));
                Assessment stored = catalogue.find(id).orElseThrow();
                works += importFile(stored, model.csv(stored), scope);
            }
            if (!hasGia) importGia(model, scope);
            log.info("Demo results: {} works in {} ms", works, (System.nanoTime() - start) / 1_000_000);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void importGia(DemoModel model, Scope scope) {
        for (int year : DemoAssessments.YEARS) {
            byte[] csv = model.giaCsv(year).getBytes(StandardCharsets.UTF_8);
            try (var staged = StagedUpload.of("demo-gia.csv", new java.io.ByteArrayInputStream(csv))) {
                var report = gia.importFile(staged.upload(Long.MAX_VALUE), scope, "demo");
                if (!report.ok()) throw new IllegalStateException("demo state exams rejected: " + report.problems());
            }
        }
    }

    private int importFile(Assessment a, String csv, Scope scope) {
        Path file = null;
        try {
            file = Files.createTempFile("opora-demo-results-", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            var outcome =
                    imports.importFile(new ResultImport.Request(a.id(), "demo.csv", file, scope, null, "demo", false));
            if (!outcome.ok()) throw new IllegalStateException("demo results rejected: " + outcome.problems());
            return outcome.works();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) file.toFile().delete();
        }
    }
}
