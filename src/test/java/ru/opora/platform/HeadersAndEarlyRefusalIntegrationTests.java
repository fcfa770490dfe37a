package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The answers' security headers, and a large body from somebody not signed in refused before it is
 * read (issue #15, I3 and I4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HeadersAndEarlyRefusalIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void pagesAndTheApiSendAStrictPolicyAndNoReferrerToOtherSites() throws Exception {
        var client = HttpClient.newHttpClient();
        for (String path : new String[] {"/login", "/api/v1/schools"}) {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            var headers = response.headers();
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("style-src 'self';", "script-src 'self';", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline"));
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as("HSTS only when opora.https is set")
                    .isEmpty();
        }
    }

    /**
     * Announces 60 MB and sends 100 KB: a server that reads the body before deciding waits for the
     * rest and never answers; Opora answers at once.
     */
    @Test
    void aLargeUploadFromSomebodyNotSignedInIsRefusedBeforeItsBodyIsRead() throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            var out = socket.getOutputStream();
            String boundary = "----opora-early";
            out.write(("POST /register/import HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                            + "Content-Length: " + (60L * 1024 * 1024) + "\r\n\r\n"
                            + "--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(new byte[100 * 1024]);
            out.flush();
            String status = firstLine(socket.getInputStream());
            assertThat(status).startsWith("HTTP/1.1 401");
        }
    }

    private static String firstLine(InputStream in) throws java.io.IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) line.write(b);
        return line.toString(StandardCharsets.US_ASCII).strip();
    }
}
