package ru.opora.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for integration tests: keeps cookies, signs in through the real
 * sign-in form, reads CSRF tokens from pages, never follows redirects (tests assert them).
 */
public final class OporaHttp {

    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|content=\"([^\"]+)\"[^>]*name=\"_csrf\"|name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;

    public record Response(int status, String body, String location) {}

    public OporaHttp(int port) {
        this(port, new CookieManager());
    }

    private OporaHttp(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The same browser, cookies and all, talking to another Opora node. */
    public OporaHttp on(int otherPort) {
        return new OporaHttp(otherPort, cookies);
    }

    public static OporaHttp signedIn(int port, String username, String password) {
        var http = new OporaHttp(port);
        var result = http.signIn(username, password);
        if (!result.location().endsWith("/"))
            throw new IllegalStateException("sign-in of " + username + " failed: " + result.location());
        return http;
    }

    /** A test user (identity's TestUsers) signed in with the tests' password. */
    public static OporaHttp as(int port, String username) {
        return signedIn(port, username, ru.opora.identity.TestUsers.PASSWORD);
    }

    /** A GET with the test users' Basic credentials, as a service calls the API. */
    public Response api(String path, String username) {
        return getBasic(path, username, ru.opora.identity.TestUsers.PASSWORD);
    }

    public Response signIn(String username, String password) {
        String token = csrfToken("/login");
        return post("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    /** A GET whose answer's headers matter (security headers, cookies). */
    public HttpResponse<String> getWithHeaders(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET());
    }

    /** A GET marked so that the server counts the SQL statements it prepares for it ({@link QueriesPerRequest}). */
    public Response getCounted(String path, String id) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header(QueriesPerRequest.HEADER, id)
                .GET());
    }

    /** An API read by a test user, marked so that the server counts its statements. */
    public Response apiCounted(String path, String username, String id) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(username, ru.opora.identity.TestUsers.PASSWORD))
                .header("Accept", "application/json")
                .header(QueriesPerRequest.HEADER, id)
                .GET());
    }

    public Response getBasic(String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(username, password))
                .GET());
    }

    /** A GET with the given Authorization header and no preference of format, as a browser's download. */
    public Response getAuthorized(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .GET());
    }

    /** A GET with the given Authorization header (Basic or Bearer), as a service calls the API. */
    public Response getAuth(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET());
    }

    /** A POST without a body, with the given Authorization header. */
    public Response postAuth(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with the CSRF token of the page at {@code tokenFrom}. */
    public Response postWithCsrf(String path, String tokenFrom, Map<String, String> form) {
        var withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfToken(tokenFrom));
        return post(path, withToken);
    }

    /** Posts a form whose fields repeat (table rows), with the CSRF token of the page at {@code tokenFrom}. */
    public Response postFormWithCsrf(
            String path, String tokenFrom, org.springframework.util.MultiValueMap<String, String> form) {
        var body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrfToken(tokenFrom), StandardCharsets.UTF_8));
        form.forEach((name, values) -> values.forEach(v -> body.append('&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Response postMultipart(String path, String fileName, byte[] content, String authorization) {
        return postMultipart(path, fileName, content, authorization, Map.of());
    }

    /** A multipart upload with extra headers (a browser's {@code Origin}, say). */
    public Response postMultipart(
            String path, String fileName, byte[] content, String authorization, Map<String, String> headers) {
        String boundary = "----opora" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail)));
        if (authorization != null) builder.header("Authorization", authorization);
        headers.forEach(builder::header);
        return send(builder);
    }

    /** Posts a multipart form of fields and one file (streamed from disk), as a browser does, on this session. */
    public Response postMultipartForm(String path, Map<String, String> fields, String fileName, java.nio.file.Path file)
            throws IOException {
        String boundary = "----opora" + System.nanoTime();
        var head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))));
    }

    /**
     * Posts a multipart form of fields and files (field → file name and content), as a browser does,
     * with the CSRF token of the page at {@code tokenFrom}.
     */
    public Response postPartsWithCsrf(
            String path, String tokenFrom, Map<String, String> fields, Map<String, Map.Entry<String, byte[]>> files) {
        String boundary = "----opora" + System.nanoTime();
        var parts = new java.util.ArrayList<byte[]>();
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken(tokenFrom));
        withToken.forEach((name, value) -> parts.add(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, file) -> {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            parts.add(file.getValue());
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
    }

    /** A download as bytes: an Excel file must not pass through a text decoder. */
    public record Download(int status, String contentType, byte[] body) {}

    public Download download(String path) {
        return bytes(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A download through the API with the test users' Basic credentials. */
    public Download getBasicBytes(String path, String username) {
        return bytes(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(username, ru.opora.identity.TestUsers.PASSWORD))
                .GET());
    }

    private Download bytes(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first sheet of an XLSX file as rows of cell texts. */
    public static java.util.List<java.util.List<String>> sheet(byte[] xlsx) {
        var rows = new java.util.ArrayList<java.util.List<String>>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (var row : wb.getSheetAt(0)) {
                var cells = new java.util.ArrayList<String>();
                row.forEach(c -> cells.add(c.toString()));
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    public String csrfToken(String pagePath) {
        var page = get(pagePath);
        var m = CSRF.matcher(page.body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on " + pagePath + " (" + page.status() + ")");
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(c -> c.getValue())
                .findFirst()
                .orElse(null);
    }

    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
