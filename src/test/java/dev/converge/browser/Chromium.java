package dev.converge.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium (Debian's {@code /usr/bin/chromium}) driven over the DevTools protocol with the JDK's own
 * WebSocket client: open a page, wait for a condition, read values out of the page, collect console errors and
 * uncaught exceptions, and take a screenshot. Started with a fresh profile and everything that would reach the
 * network switched off; closed (process and profile) by {@link #close()}.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getenv().getOrDefault("CONVERGE_CHROMIUM", "/usr/bin/chromium"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium; fails (never skips) with what to install when it is missing. */
    static Chromium start(Path workDirectory) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("This test needs headless Chromium at " + BINARY + ": install it with "
                    + "'apt-get install -y chromium' (.ci/run does), or set CONVERGE_CHROMIUM to its path.");
        }
        Files.createDirectories(workDirectory);
        Path profile = Files.createTempDirectory(workDirectory, "chromium-profile-");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "--remote-allow-origins=*", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not start: "
                        + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String pageUrl = null;
        for (JsonNode target : JSON.readTree(list)) {
            if (target.path("type").asText().equals("page")) {
                pageUrl = target.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (pageUrl == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium has no page to drive: " + list);
        }
        Chromium[] self = new Chromium[1];
        Listener listener = new Listener(self);
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), listener)
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        self[0] = new Chromium(process, profile, socket);
        self[0].send("Runtime.enable", JSON.createObjectNode());
        self[0].send("Log.enable", JSON.createObjectNode());
        self[0].send("Page.enable", JSON.createObjectNode());
        return self[0];
    }

    /** Opens {@code file} and waits until {@code readyExpression} (JavaScript) is true. */
    void open(Path file, String readyExpression) throws Exception {
        send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", 1400).put("height", 900)
                .put("deviceScaleFactor", 1).put("mobile", false));
        send("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!evaluate("document.readyState === 'complete' && !!(" + readyExpression + ")").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page " + file + " did not get ready (" + readyExpression + "); "
                        + "console errors: " + errors);
            }
            Thread.sleep(100);
        }
    }

    /** The value of a JavaScript expression in the page (returned by value: numbers, strings, arrays...). */
    JsonNode evaluate(String expression) throws Exception {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true);
        JsonNode result = send("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new AssertionError("evaluating " + expression + ": " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Console errors, uncaught exceptions and error log entries seen so far. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    /** A PNG of the whole page (not only the viewport), written to {@code file}. */
    Path screenshot(Path file) throws Exception {
        JsonNode size = evaluate("[document.documentElement.scrollWidth, "
                + "Math.ceil(document.body.getBoundingClientRect().bottom) + 24]");
        int width = Math.min(Math.max(size.get(0).asInt(), 400), 4000);
        int height = Math.min(Math.max(size.get(1).asInt(), 300), 8000);
        send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
        JsonNode shot = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
        return file;
    }

    private JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode response = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (response.has("error")) {
            throw new AssertionError(method + " failed: " + response.path("error"));
        }
        return response.path("result");
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.path("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
                return;
            }
            String method = message.path("method").asText();
            events.add(method);
            JsonNode params = message.path("params");
            if (method.equals("Runtime.consoleAPICalled") && params.path("type").asText().equals("error")) {
                errors.add("console.error: " + params.path("args"));
            } else if (method.equals("Runtime.exceptionThrown")) {
                errors.add("exception: " + params.path("exceptionDetails"));
            } else if (method.equals("Log.entryAdded") && params.path("entry").path("level").asText()
                    .equals("error")) {
                errors.add("log: " + params.path("entry").path("text").asText());
            }
        } catch (IOException e) {
            errors.add("unreadable DevTools message: " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } catch (RuntimeException e) {
            // the process is ended below either way
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a profile file Chromium still wrote while exiting: left in target/, which mvn clean removes
        }
    }

    /** Joins the fragments of each text message and hands whole messages to the Chromium instance. */
    private static final class Listener implements WebSocket.Listener {
        private final Chromium[] owner;
        private final StringBuilder partial = new StringBuilder();
        private final List<String> early = new ArrayList<>();

        Listener(Chromium[] owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (owner[0] == null) {
                    early.add(text);
                } else {
                    early.forEach(owner[0]::receive);
                    early.clear();
                    owner[0].receive(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
