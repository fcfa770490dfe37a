package ru.opora.assessments.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.opora.shared.importing.TabularImport;

/**
 * Loads the catalogue Opora ships (the verified examples of docs/domain.md §6.1, in
 * {@code assessments/catalogue.csv}) on start, adding what is missing and never overwriting what a
 * region admin has edited since.
 */
@Component
@Order(-10)
class ShippedCatalogue implements ApplicationRunner {

    private final Catalogue catalogue;
    private final TransactionTemplate transaction;

    ShippedCatalogue(Catalogue catalogue, TransactionTemplate transaction) {
        this.catalogue = catalogue;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path temp = null;
        try (InputStream in = new ClassPathResource("assessments/catalogue.csv").getInputStream()) {
            temp = Files.createTempFile("opora-catalogue-", ".csv");
            Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            var result = CatalogueFile.read(new TabularImport.Upload("catalogue.csv", temp, Long.MAX_VALUE));
            if (!result.problems().isEmpty())
                throw new IllegalStateException(
                        "shipped catalogue is invalid: " + result.problems().shown());
            transaction.executeWithoutResult(tx -> result.entries().stream()
                    .map(CatalogueFile.Read::assessment)
                    .filter(a -> catalogue
                            .idOf(a.kind(), a.year(), a.subjectCode(), a.grade())
                            .isEmpty())
                    .forEach(catalogue::save));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) temp.toFile().delete();
        }
    }
}
