package io.github.hubpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code service}: an operator's command line for a running decision service ({@code policy-server}):
 * what it serves, releasing a rule the emergency brake holds, and reloading its rule files. The
 * admin token is read from a file or the environment, never from the command line, where other
 * users of the machine could read it in the process list.
 */
@Command(name = "service", mixinStandardHelpOptions = true,
        description = "Talks to a running decision service (policy-server): what it serves, releasing a rule the "
                + "emergency brake holds, reloading its rule files.",
        subcommands = {ServiceCommand.Status.class, ServiceCommand.Release.class, ServiceCommand.Reload.class})
final class ServiceCommand {
    /** The environment variable that holds the admin token when {@code --token-file} is not given. */
    static final String TOKEN_VARIABLE = "HUBPOLICY_ADMIN_TOKEN";

    private ServiceCommand() {
    }

    /** Options every {@code service} subcommand shares. */
    static final class Connection {
        enum Format { text, json }

        @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", paramLabel = "URL",
                description = "The service's base address (default: ${DEFAULT-VALUE}); a path prefix is kept, "
                        + "for a service behind a proxy.")
        String url;

        @Option(names = "--token-file", paramLabel = "FILE",
                description = "A file holding the admin token (hubpolicy.server.admin-token); without it the token "
                        + "is read from the environment variable " + TOKEN_VARIABLE + ". Only release and reload "
                        + "need it.")
        Path tokenFile;

        @Option(names = "--timeout", defaultValue = "2m", paramLabel = "DURATION", converter = Durations.class,
                description = "How long to wait for the service's answer, e.g. 30s or 2m (default: ${DEFAULT-VALUE}: a "
                        + "reload compiles the rule files, which takes seconds on a busy machine).")
        Duration timeout;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "text: a summary for people (default); json: the service's JSON answer as received.")
        Format format;
    }

    /** Parses {@code 30s}, {@code 2m}, {@code 500ms}. */
    static final class Durations implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                if (v.endsWith("ms")) {
                    return positive(Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2))), value);
                }
                if (v.endsWith("s")) {
                    return positive(Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1))), value);
                }
                if (v.endsWith("m")) {
                    return positive(Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1))), value);
                }
            } catch (NumberFormatException e) {
                // falls through to the one message below
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration: write a whole number followed by ms, s or m, e.g. 30s");
        }

        private static Duration positive(Duration d, String value) {
            if (d.isZero() || d.isNegative()) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' must be longer than zero");
            }
            return d;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Prints the rule set in service: policy version, digest, rule count, disabled, held and "
                    + "watched rules (GET /v1/policy).")
    static final class Status extends Call {
        @Override
        boolean needsToken() {
            return false;
        }

        @Override
        Answer send(Client client) throws IOException, InterruptedException {
            return client.get("/v1/policy");
        }

        @Override
        List<String> summary(JsonNode body) {
            return List.of(
                    "policy   " + body.path("version").asText(),
                    "rules    " + body.path("rules").asText() + " (" + body.path("ruleCount").asInt() + " rules)",
                    "disabled " + names(body.path("disabled")),
                    "held     " + names(body.path("held")),
                    "watched  " + names(body.path("watched")));
        }
    }

    @Command(name = "release", mixinStandardHelpOptions = true,
            description = "Releases a rule the emergency brake holds, after a person has looked at it "
                    + "(POST /v1/brake/release; needs the admin token). Exit status 4 when the rule is not held.")
    static final class Release extends Call {
        @Parameters(index = "0", paramLabel = "RULE", description = "The held rule's name, as `service status` lists it.")
        String rule;

        @Override
        Answer send(Client client) throws IOException, InterruptedException {
            return client.post("/v1/brake/release?rule=" + URLEncoder.encode(rule, StandardCharsets.UTF_8), true);
        }

        @Override
        List<String> summary(JsonNode body) {
            return List.of("released \"" + body.path("rule").asText() + "\"; still held: " + names(body.path("held")));
        }
    }

    @Command(name = "reload", mixinStandardHelpOptions = true,
            description = "Makes the service compile its rule files again and switch to them (POST /v1/reload; needs "
                    + "the admin token). A rule set that does not compile is rejected and the last good one keeps "
                    + "serving: exit status 4 with the service's first problems.")
    static final class Reload extends Call {
        @Override
        Answer send(Client client) throws IOException, InterruptedException {
            return client.post("/v1/reload", true);
        }

        @Override
        List<String> summary(JsonNode body) {
            return List.of("reloaded: now serving " + body.path("rules").asText() + " (" + body.path("ruleCount").asInt()
                    + " rules); held: " + names(body.path("held")));
        }
    }

    /** One request to the service and its report; every failure becomes one sentence and exit status 4. */
    abstract static class Call implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection = new Connection();

        abstract Answer send(Client client) throws IOException, InterruptedException;

        abstract List<String> summary(JsonNode body);

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            URI base;
            Client client;
            try {
                base = base(connection.url);
                client = new Client(base, connection.timeout, needsToken() ? token(connection.tokenFile) : null);
            } catch (IllegalArgumentException e) {
                err.println(spec.qualifiedName(" ") + ": " + e.getMessage());
                return PolicyCli.EXIT_USAGE;
            }
            Answer answer;
            try {
                answer = send(client);
            } catch (HttpConnectTimeoutException | ConnectException e) {
                err.println("policy-cli: cannot reach the service at " + base + " (is it running, and is the address "
                        + "right?)");
                return PolicyCli.EXIT_SERVICE;
            } catch (HttpTimeoutException e) {
                err.println("policy-cli: the service at " + base + " did not answer within " + connection.timeout.toSeconds()
                        + " s (what was asked may still happen: see `policy-cli service status`)");
                return PolicyCli.EXIT_SERVICE;
            } catch (IOException e) {
                err.println("policy-cli: the connection to the service at " + base + " failed: " + describe(e));
                return PolicyCli.EXIT_SERVICE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("policy-cli: interrupted while waiting for the service");
                return PolicyCli.EXIT_SERVICE;
            }
            JsonNode body = parse(answer.body());
            if (answer.status() / 100 != 2) {
                String code = body == null ? "" : body.path("code").asText("");
                String message = body == null ? "" : body.path("message").asText("");
                err.println("policy-cli: the service refused (HTTP " + answer.status()
                        + (code.isEmpty() ? "" : ", " + code) + ")" + (message.isEmpty() ? "" : ": " + message));
                return PolicyCli.EXIT_SERVICE;
            }
            if (body == null) {
                err.println("policy-cli: the service at " + base + " answered with something that is not JSON; is it a "
                        + "policy-server?");
                return PolicyCli.EXIT_SERVICE;
            }
            if (connection.format == Connection.Format.json) {
                out.println(answer.body().strip());
            } else {
                summary(body).forEach(out::println);
            }
            out.flush();
            return PolicyCli.EXIT_OK;
        }

        /** Whether the request needs the admin token (release, reload). */
        boolean needsToken() {
            return true;
        }

        /** @throws IllegalArgumentException when the address is not an http(s) base address */
        private static URI base(String url) {
            try {
                URI uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                        && uri.getQuery() == null && uri.getFragment() == null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // the one message below
            }
            throw new IllegalArgumentException("--url '" + url
                    + "' is not a service address: write it as http://host:port, e.g. http://127.0.0.1:8080");
        }

        /** @throws IllegalArgumentException when there is no token, or its file cannot be read or is empty */
        private static String token(Path file) {
            if (file != null) {
                String token;
                try {
                    token = Files.readString(file, StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    throw new IllegalArgumentException("--token-file " + file + " cannot be read (" + describe(e) + ")");
                }
                if (token.isEmpty()) {
                    throw new IllegalArgumentException("--token-file " + file + " is empty");
                }
                return token;
            }
            String token = System.getenv(TOKEN_VARIABLE);
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("this command needs the service's admin token: give --token-file FILE "
                        + "or set " + TOKEN_VARIABLE);
            }
            return token.strip();
        }

        private static JsonNode parse(String body) {
            try {
                JsonNode node = new ObjectMapper().readTree(body);
                return node != null && node.isObject() ? node : null;
            } catch (JsonProcessingException e) {
                return null;
            }
        }
    }

    /** A JSON array of names as one line; {@code none} when empty. */
    static String names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** An I/O failure in words, without the exception's class name. */
    static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "no detail given" : message;
    }

    /** The status and body of one answer. */
    record Answer(int status, String body) {
    }

    /** The JDK's HTTP client, one request at a time, the token only on requests that need it. */
    static final class Client {
        private final URI base;
        private final Duration timeout;
        /** The admin token, or null for a command that does not send it. */
        private final String token;
        private final HttpClient http;

        Client(URI base, Duration timeout, String token) {
            this.base = base;
            this.timeout = timeout;
            this.token = token;
            this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        Answer get(String path) throws IOException, InterruptedException {
            return send(request(path, false).GET().build());
        }

        Answer post(String path, boolean admin) throws IOException, InterruptedException {
            return send(request(path, admin).POST(HttpRequest.BodyPublishers.noBody()).build());
        }

        private HttpRequest.Builder request(String path, boolean admin) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                    .header("Accept", "application/json");
            if (admin) {
                builder.header("Authorization", "Bearer " + token);
            }
            return builder;
        }

        private Answer send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        }
    }
}
