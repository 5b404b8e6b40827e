package dev.waspy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dylibso.chicory.wabt.Wat2Wasm;
import com.sun.net.httpserver.HttpServer;
import dev.waspy.backend.Compiler;
import dev.waspy.backend.CompilerOptions;
import dev.waspy.cli.run.Outcome;
import dev.waspy.cli.run.Processes;
import dev.waspy.frontend.diag.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The browser host, {@code tools/browser}: its page {@code index.html} runs a compiled module with
 * {@code waspy-loader.mjs} and shows stdout, stderr and the exit status. A small HTTP server in this
 * test serves both files and the modules; headless Chromium loads the page and prints its DOM, whose
 * output must be CPython's ({@code corpus/examples}). A hand-written module checks argv, stdin and
 * UTF-8 decoding across writes. Skipped, with the reason, when Chromium is not installed or cannot
 * start ({@code ./run-tests} installs it: {@code scripts/requirements.tsv}).
 */
class BrowserHostTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Pattern PRE = Pattern.compile("<(pre|output) id=\"(stdout|stderr|status)\">(.*?)</\\1>",
            Pattern.DOTALL);
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8", "wasm", "application/wasm");

    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static boolean chromium;

    @TempDir
    static Path profiles;

    @BeforeAll
    static void serve() throws IOException {
        chromium = Processes.available("chromium");
        if (!chromium) {
            return;
        }
        Path browser = Corpus.root().resolve("tools/browser");
        for (String file : List.of("index.html", "waspy-loader.mjs")) {
            FILES.put(file, Files.readAllBytes(browser.resolve(file)));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = FILES.get(exchange.getRequestURI().getPath().substring(1));
            String file = exchange.getRequestURI().getPath();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(file.substring(file.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** Per test, not per class: Surefire reports a skipped test with its reason, a skipped class with none. */
    @BeforeEach
    void needsChromium() {
        assumeTrue(chromium, "chromium (Debian chromium) is not installed; ./run-tests installs it (scripts/requirements.tsv)");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "unicode_text", "zero_division"})
    void thePageShowsWhatCPythonPrints(String name) throws IOException {
        Path program = Corpus.examples().resolve(name + ".py");
        FILES.put(name + ".wasm", Compiler.compile(SourceFile.decode("corpus/examples/" + name + ".py",
                Files.readAllBytes(program)), CompilerOptions.defaults()).wasm());
        Outcome page = open(name + ".wasm", List.of(), "");
        Expected.load(program).mismatch(page).ifPresent(report -> {
            throw new AssertionError(name + " in the browser:\n" + report);
        });
    }

    @Test
    void passesArgvAndStdinAndDecodesUtf8AcrossWrites() {
        FILES.put("echo.wasm", Wat2Wasm.parse(EchoModule.WAT));
        Outcome page = open("echo.wasm", List.of("alpha", "beta gamma"), "é€ <b>&\n");
        assertEquals("echo.wasm\nalpha\nbeta gamma\né€ <b>&\n", new String(page.stdout(), StandardCharsets.UTF_8));
        assertEquals("to stderr\n", page.stderrText());
        assertEquals(43, page.status());
    }

    /** Loads the page on a module and reads stdout, stderr and the status from the DOM Chromium prints. */
    private static Outcome open(String module, List<String> args, String stdin) {
        String query = "module=" + encode(module) + args.stream().map(a -> "&arg=" + encode(a)).collect(Collectors.joining())
                + "&stdin=" + encode(stdin);
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/index.html?" + query;
        Outcome chromium = null;
        String dom = "";
        // Compiling the module takes real time that the virtual-time budget does not wait for: on a
        // loaded machine the page may be dumped before it ran, so a second load gets a larger budget.
        for (int budget : new int[] {20000, 120000}) {
            chromium = Processes.run(List.of("chromium", "--headless", "--disable-gpu", "--no-sandbox",
                    "--user-data-dir=" + profiles.resolve(module), "--virtual-time-budget=" + budget, "--dump-dom", url),
                    profiles, LIMIT);
            dom = new String(chromium.stdout(), StandardCharsets.UTF_8);
            if (dom.contains("<body data-state=\"done\">")) break;
        }
        assumeTrue(dom.contains("<body"), "chromium could not start (status " + chromium.status() + "): "
                + chromium.lastStderrLine());
        assertTrue(dom.contains("<body data-state=\"done\">"), "the page did not finish:\n" + dom);
        Map<String, String> shown = new ConcurrentHashMap<>();
        for (Matcher m = PRE.matcher(dom); m.find(); ) {
            shown.put(m.group(2), unescape(m.group(3)));
        }
        return new Outcome(shown.get("stdout").getBytes(StandardCharsets.UTF_8),
                Integer.parseInt(shown.get("status")), shown.get("stderr").getBytes(StandardCharsets.UTF_8));
    }

    /** Chromium's serializer escapes only these in text. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
