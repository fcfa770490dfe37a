package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A region admin imports a register file that has errors, reads the messages, imports the
 * corrected file and finds the new school.
 */
@JourneyTest
class RegisterImportJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void regionAdminFixesAFileAndFindsTheNewSchool() throws Exception {
        String code = "J" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String header =
                "Код ОО;Муниципалитет;Полное наименование;Краткое наименование;ИНН;Уровни образования;Тип поселения;"
                        + "Численность обучающихся;Численность педагогов\n";
        Path dir = Files.createDirectories(Path.of("target", "journey-files"));
        Path bad = dir.resolve("реестр-с-ошибками.csv");
        Files.writeString(
                bad,
                header
                        + code
                        + ";Заречный муниципальный район;МКОУ «Новая школа» с. Луговое;МКОУ «Новая школа»;7707083893;НОО, ООО;село;45;9\n"
                        + code + "B;Несуществующий район;Школа;Школа;123;НОО;село;много;3\n",
                StandardCharsets.UTF_8);
        Path good = dir.resolve("реестр-исправленный.csv");
        Files.writeString(
                good,
                header + code
                        + ";Заречный муниципальный район;МКОУ «Новая школа» с. Луговое;МКОУ «Новая школа»;7707083893;НОО, ООО;село;45;9\n",
                StandardCharsets.UTF_8);

        try (var browser = new Browser(port, "region-admin-import")) {
            browser.signIn("region", "demo2026");
            browser.screenshot("home");
            browser.open("/register/import");
            browser.upload(By.id("file"), bad);
            browser.click(By.id("check"));
            String problems = browser.text(By.id("report-problems"));
            browser.screenshot("errors");
            assertThat(problems).contains("Файл не загружен: найдено ошибок — 3");
            assertThat(problems)
                    .contains("строка 3, столбец «Муниципалитет»: муниципалитет «Несуществующий район» не найден");
            assertThat(problems).contains("ИНН «123» неверен");
            assertThat(problems).containsPattern("«много» — ожидается целое число от 0 до 100.000");

            browser.upload(By.id("file"), good);
            browser.click(By.id("check"));
            assertThat(browser.text(By.id("report-checked"))).contains("будет добавлено — 1");
            browser.waitFor(By.id("report-dry-run"));
            browser.screenshot("dry-run");
            browser.click(By.id("commit"));
            assertThat(browser.text(By.id("report-committed"))).contains("добавлено — 1");
            browser.screenshot("committed");

            browser.open("/schools");
            browser.type(By.id("q"), code);
            // a search that finds one school opens its card
            browser.submit(By.cssSelector("form[role=search] button[type=submit]"));
            assertThat(browser.text(By.id("main")))
                    .contains(code)
                    .contains("МКОУ «Новая школа» с. Луговое")
                    .contains("Заречный муниципальный район");
            browser.screenshot("school-card");
        }
    }
}
