package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region adopts Opora through the API alone, with the calls of {@code tools/adopt-region.sh}:
 * the production start founds the region and its administrator, who replaces the one-time password,
 * then loads municipalities, the register, a catalogue and two years of ВПР results from
 * {@code docs/samples/adoption/} as background jobs, runs the identification and reads the verdicts.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "opora.embedded-db.database=opora_adoption",
            "opora.setup.region-name=Приозёрная область",
            "opora.setup.region-code=61",
            "opora.setup.admin-login=priozernaya",
            "opora.setup.admin-name=Орлова Анна Сергеевна"
        })
class ApiAdoptionIntegrationTests {

    static final Path SAMPLES = Path.of("docs/samples/adoption");
    private static final Pattern PASSWORD = Pattern.compile("логин priozernaya, пароль (\\S+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD_CHOSEN = "Сосновый-бор-2026";

    @LocalServerPort
    int port;

    @Test
    void aRegionLoadsItsDataThroughTheApiAndReadsTheVerdicts(CapturedOutput output) throws IOException {
        var printed = PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        var admin = OporaHttp.signedIn(port, "priozernaya", printed.group(1));
        admin.postWithCsrf(
                "/account/password",
                "/account/password",
                Map.of("current", printed.group(1), "next", PASSWORD_CHOSEN, "repeated", PASSWORD_CHOSEN));
        var api = new OporaHttp(port);
        String auth = OporaHttp.basic("priozernaya", PASSWORD_CHOSEN);

        var municipalities = load(api, auth, "/api/v1/imports/municipalities", "municipalities.csv");
        assertThat(municipalities.path("result").path("added").asInt()).isEqualTo(3);
        var register = load(api, auth, "/api/v1/imports/register", "register.csv");
        assertThat(register.path("result").path("added").asInt()).isEqualTo(24);
        load(api, auth, "/api/v1/imports/catalogue", "catalogue.csv");
        var catalogue = json(api.getAuth("/api/v1/catalogue", auth));
        var ids = new HashMap<Integer, String>();
        for (JsonNode a : catalogue)
            if (a.path("subjectCode").asString().equals("MA") && a.path("grade").asInt() == 5)
                ids.put(a.path("year").asInt(), a.path("id").asString());
        assertThat(ids).containsOnlyKeys(2025, 2026);
        for (int year : new int[] {2025, 2026}) {
            var results = load(
                    api, auth, "/api/v1/imports/results?assessment=" + ids.get(year), "vpr-" + year + "-math-5.csv");
            assertThat(results.path("result").path("schools").asInt()).isEqualTo(24);
        }

        var started = api.postAuth("/api/v1/identification/runs?year=2026", auth);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String runId = JSON.readTree(started.body()).path("id").asString();
        var run = json(api.getAuth("/api/v1/identification/runs/" + runId, auth));
        var outcomes = new HashMap<String, String>();
        for (JsonNode v : run.path("verdicts"))
            outcomes.put(v.path("code").asString(), v.path("outcome").asString());
        assertThat(outcomes).hasSize(24);
        assertThat(outcomes.entrySet().stream()
                        .filter(e -> e.getValue().equals("CANDIDATE"))
                        .map(Map.Entry::getKey))
                .as("the two schools weak in both years (above the 90th percentile of 23)")
                .containsExactlyInAnyOrder("610003", "630006");
        assertThat(outcomes.get("610007")).as("six pupils are too few to judge").isEqualTo("TOO_FEW");
        var weak = run.path("verdicts")
                .valueStream()
                .filter(v -> v.path("code").asString().equals("610003"))
                .findFirst()
                .orElseThrow();
        assertThat(weak.path("explanation").get(0).asString()).contains("2 года подряд");
        assertThat(weak.path("years").get(0).path("low").asBoolean()).isTrue();
        assertThat(weak.path("years").get(1).path("low").asBoolean()).isTrue();
        assertThat(weak.path("name").asString()).contains("«Озёрная средняя общеобразовательная школа»");
    }

    /** Uploads a sample, is answered 202 with the job's address, and waits for the job to end. */
    private static JsonNode load(OporaHttp api, String auth, String path, String sample) throws IOException {
        var accepted = api.postMultipart(path, sample, Files.readAllBytes(SAMPLES.resolve(sample)), auth);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String href = JSON.readTree(accepted.body()).path("href").asString();
        assertThat(accepted.location()).endsWith(href);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode job;
        do {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
            job = json(api.getAuth(href, auth));
        } while (!job.path("status").asString().matches("DONE|FAILED")
                && Instant.now().isBefore(deadline));
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("DONE");
        return job;
    }

    private static JsonNode json(OporaHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
