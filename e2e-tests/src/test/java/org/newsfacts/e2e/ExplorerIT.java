package org.newsfacts.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsfacts.devstack.DevStackProcess;
import org.newsfacts.devstack.TestInfrastructure;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The fact explorer (query-service's {@code /}) in a real headless Chromium, driven by Selenium, over
 * the three packaged services with the five seeds, on Kafka and PostgreSQL of its own (a child JVM:
 * the pages start from an empty store). Each page is saved as a screenshot under
 * {@code e2e-tests/target/screenshots/}. Needs Debian's {@code chromium} and {@code chromium-driver}
 * ({@code .ci/run} installs them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration UI = Duration.ofSeconds(15);

    private static Path root;
    private static Path inbox;
    private static Path shots;
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess query;
    private static ChromeDriver browser;
    private static String base;
    private static DevStackProcess stack;

    @BeforeAll
    static void start() throws Exception {
        root = Path.of(System.getProperty("newsfacts.projectRoot", ".."))
                .toAbsolutePath()
                .normalize();
        Path work = Files.createDirectories(root.resolve("e2e-tests/target/explorer"));
        inbox = Files.createTempDirectory(work, "inbox-");
        shots = Files.createDirectories(root.resolve("e2e-tests/target/screenshots"));
        stack = DevStackProcess.start(
                Files.createTempDirectory(work, "stack-"),
                List.of(
                        "--fast",
                        "--kafka-port",
                        String.valueOf(TestInfrastructure.freePort()),
                        "--controller-port",
                        String.valueOf(TestInfrastructure.freePort()),
                        "--pg-port",
                        String.valueOf(TestInfrastructure.freePort())));
        Map<String, String> env = new HashMap<>(stack.environment());
        env.put("NEWSFACTS_INBOX", inbox.toString());
        services.addAll(ServiceProcess.startAll(
                root, env, ServiceProcess.runDirectory(work).resolve("logs"), PATIENCE));
        query = services.get(1);
        base = "http://localhost:" + query.port + "/";
        browser = chromium();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void withNoArticlesTheHomePageSaysHowToAddThem() throws Exception {
        open("#/");
        WebElement empty = await("the empty state").atMost(UI).until(() -> first(".empty"), e -> e != null);
        assertTrue(empty.getText().contains("inbox"), empty.getText());
        screenshot("home-empty");
    }

    @Test
    @Order(2)
    void theHomePageListsTheNewestArticlesAndSearchFindsEntitiesAndArticles() throws Exception {
        try (Stream<Path> seeds = Files.list(root.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, inbox.resolve(seed.getFileName() + ".part"));
                Files.move(
                        inbox.resolve(seed.getFileName() + ".part"),
                        inbox.resolve(seed.getFileName().toString()));
            }
        }
        await("5 articles")
                .atMost(PATIENCE)
                .until(() -> JSON.readTree(query.get("/api/articles?limit=1"))
                                .get("total")
                                .asInt()
                        == 5);
        open("#/");
        await("five newest articles")
                .atMost(UI)
                .until(() -> browser.findElements(By.cssSelector("#newest li")).size() == 5);
        screenshot("home");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Alibaba", Keys.ENTER); // the keyboard alone: type and press Enter
        await("search results")
                .atMost(UI)
                .until(() -> browser.getCurrentUrl().endsWith("#/search?q=Alibaba")
                        && !browser.findElements(By.cssSelector("a[href^='#/entity/']"))
                                .isEmpty());
        assertFalse(
                browser.findElements(By.cssSelector("a[href^='#/article/']")).isEmpty(), "articles found too");
        screenshot("search");
    }

    @Test
    @Order(3)
    void theEntityPageListsItsInvestmentFactsAndItsClaims() throws Exception {
        openEntity("Alibaba Group");
        List<WebElement> rows = await("Alibaba's investment facts")
                .atMost(UI)
                .until(
                        () -> browser.findElements(By.cssSelector("table.facts[data-type='INVESTMENT'] tbody tr")),
                        r -> !r.isEmpty());
        assertTrue(rows.get(0).getText().contains("Alibaba Group"), rows.get(0).getText());
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("$")), "a dollar value");
        assertFalse(
                browser.findElements(By.cssSelector("table.claims .verdict")).isEmpty(),
                "the claims about it, with verdicts");
        // Its company-register identifiers (docs/register.md): the SEC's CIK and the BABA listing.
        String register = browser.findElement(By.cssSelector("table.register")).getText();
        assertTrue(register.contains("1577552") && register.contains("BABA"), register);
        screenshot("entity");
    }

    @Test
    @Order(4)
    void theInvestmentClaimShowsFiveSourcesThatAreEquivalent() throws Exception {
        openEntity("Alibaba Group");
        clickClaim("INVESTMENT", "P3Y");
        WebElement verdict = await("the verdict").atMost(UI).until(() -> first("#verdict"), v -> v != null);
        assertEquals("EQUIVALENT", verdict.getText());
        assertEquals(5, browser.findElements(By.cssSelector(".sources .source")).size(), "five sources side by side");
        assertTrue(
                browser.findElement(By.cssSelector(".sources")).getText().contains("CNY"),
                "the yuan statement among them");
        screenshot("claim-investment");
        browser.navigate().back();
        await("back on the entity page")
                .atMost(UI)
                .until(() -> browser.getCurrentUrl().contains("#/entity/"));
    }

    @Test
    @Order(5)
    void theCeoClaimShowsAConflict() throws Exception {
        openEntity("Alibaba Group");
        clickClaim("ROLE", "CEO");
        WebElement verdict = await("the verdict").atMost(UI).until(() -> first("#verdict"), v -> v != null);
        assertEquals("CONFLICT", verdict.getText());
        String sources = browser.findElement(By.cssSelector(".sources")).getText();
        assertTrue(sources.contains("Eddie Wu") && sources.contains("Jack Ma"), sources);
        screenshot("claim-ceo");
    }

    @Test
    @Order(6)
    void anArticlePageHighlightsTheEvidenceOfAChosenFact() throws Exception {
        JsonNode article =
                JSON.readTree(query.get("/api/articles?limit=1")).get("items").get(0);
        JsonNode detail =
                JSON.readTree(query.get("/api/articles/" + article.get("id").asText()));
        JsonNode fact = detail.get("facts").get(detail.get("facts").size() - 1);
        JsonNode evidence = fact.get("evidence");
        String body = detail.get("body").asText();
        open("#/article/" + article.get("id").asText() + "?fact="
                + evidence.get("start").asInt() + "-" + evidence.get("end").asInt());
        WebElement chosen =
                await("the chosen fact's evidence").atMost(UI).until(() -> first("mark.chosen"), m -> m != null);
        String sentence = body.substring(
                evidence.get("start").asInt(), evidence.get("end").asInt());
        assertTrue(
                chosen.getText().replaceAll("\\s+", " ").contains(sentence.replaceAll("\\s+", " ")),
                "highlighted: '" + chosen.getText() + "', evidence: '" + sentence + "'");
        assertEquals(
                detail.get("facts").size(),
                browser.findElements(By.cssSelector("#facts li")).size(),
                "the facts list");
        assertTrue(browser.findElements(By.cssSelector("mark.evidence")).size() > 1, "every fact's evidence is marked");
        screenshot("article");
    }

    @Test
    @Order(7)
    void theLiveFeedShowsAFactWithinSecondsOfDroppingANewArticle() throws Exception {
        open("#/");
        await("the home page").atMost(UI).until(() -> first("#feed") != null);
        await("the stream connected")
                .atMost(UI)
                .until(() -> query.get("/q/metrics")
                        .lines()
                        .filter(l -> l.startsWith("newsfacts_query_stream_clients "))
                        .anyMatch(l -> Double.parseDouble(l.split(" ")[1]) >= 1));
        long dropped = System.nanoTime();
        String text = Files.readString(root.resolve("seeds").resolve(firstSeed()))
                + "\n\nA closing line of the explorer's live check.\n";
        Files.writeString(inbox.resolve("live-check.txt.part"), text);
        Files.move(
                inbox.resolve("live-check.txt.part"), inbox.resolve("live-check.txt"), StandardCopyOption.ATOMIC_MOVE);
        await("a fact on the live feed")
                .atMost(Duration.ofSeconds(30))
                .until(() -> browser.findElements(By.cssSelector("#feed li a")).size() > 0);
        System.err.println("[explorer] a fact on the live feed "
                + String.format("%.1f", (System.nanoTime() - dropped) / 1e9) + " s after the file was dropped");
        assertTrue(browser.findElement(By.cssSelector("#feed")).getText().contains("live-check.txt"));
        screenshot("home-live");
    }

    @Test
    @Order(8)
    void anUnknownPageAndAFailingRequestSayWhatHappened() throws Exception {
        open("#/nowhere");
        assertTrue(await().atMost(UI)
                .until(() -> first("[role=alert]"), a -> a != null)
                .getText()
                .contains("No page at"));
        open("#/entity/999999999");
        WebElement error = await("the error").atMost(UI).until(() -> first(".error"), e -> e != null);
        assertTrue(error.getText().contains("Could not load this page"), error.getText());
        Object paint = ((JavascriptExecutor) browser)
                .executeScript(
                        "const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1;");
        System.err.println("[explorer] first contentful paint of the last page load: " + paint + " ms");
    }

    @Test
    @Order(9)
    void eachFactShowsItsConfidenceAndTheControlHidesTheLessLikelyOnesFromTheKeyboard() throws Exception {
        // The article with the least likely fact of all; the threshold is the next whole percentage above it.
        String articleId = null;
        List<Double> confidences = List.of();
        double lowest = Double.MAX_VALUE;
        for (JsonNode a : JSON.readTree(query.get("/api/articles?limit=200")).get("items")) {
            List<Double> of = new ArrayList<>();
            JSON.readTree(query.get("/api/articles/" + a.get("id").asText()))
                    .get("facts")
                    .forEach(f -> of.add(f.get("confidence").asDouble()));
            for (double c : of) {
                if (c < lowest) {
                    lowest = c;
                    articleId = a.get("id").asText();
                    confidences = of;
                }
            }
        }
        assertTrue(lowest < 1, "a fact of less than 100 % confidence to hide: " + lowest);
        int percent = (int) Math.floor(lowest * 100 + 1e-9) + 1;
        double min = percent / 100.0;
        List<Double> kept = confidences.stream().filter(c -> c >= min).toList();

        openEntity("Alibaba Group");
        List<WebElement> entityBadges = await("the confidence of each fact on the entity page")
                .atMost(UI)
                .until(() -> browser.findElements(By.cssSelector("table.facts .confidence")), b -> !b.isEmpty());
        assertTrue(entityBadges.stream().allMatch(b -> b.getText().matches("(?s).*\\d{1,3} %")), "percentages");

        open("#/article/" + articleId);
        int all = confidences.size();
        await("the article's facts")
                .atMost(UI)
                .until(() -> browser.findElements(By.cssSelector("#facts li")).size() == all);
        List<WebElement> badges = browser.findElements(By.cssSelector("#facts li .confidence"));
        assertEquals(all, badges.size(), "a badge on every fact");
        for (int i = 0; i < all; i++) {
            String expected = Math.round(confidences.get(i) * 100) + " %";
            assertTrue(
                    badges.get(i).getText().endsWith(expected),
                    "fact " + i + ": '" + badges.get(i).getText() + "', expected " + expected);
        }

        // The keyboard alone: type the percentage, then tick the box with the space bar.
        WebElement threshold = browser.findElement(By.id("min-confidence"));
        threshold.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(percent), Keys.TAB);
        browser.findElement(By.id("hide-low")).sendKeys(Keys.SPACE);
        if (kept.isEmpty()) {
            WebElement empty = await("the empty state").atMost(UI).until(() -> first("#view .empty"), e -> e != null);
            assertTrue(empty.getText().contains(percent + " % confidence or more"), empty.getText());
        } else {
            await("only the facts of " + percent + " % or more")
                    .atMost(UI)
                    .until(() ->
                            browser.findElements(By.cssSelector("#facts li")).size() == kept.size());
        }
        System.err.println("[explorer] hiding facts below " + percent + " %: " + kept.size() + " of " + all
                + " facts of the article shown");
        assertTrue(
                browser.findElements(By.cssSelector("#facts li .confidence")).stream()
                        .allMatch(b -> Integer.parseInt(b.getText().replaceAll("\\D", "")) >= percent),
                "no badge below " + percent + " %");
        assertEquals(
                "hide-low", browser.switchTo().activeElement().getAttribute("id"), "the focus stays on the control");
        screenshot("article-confidence");

        // The setting outlives the page (localStorage), and unticking shows every fact again.
        open("#/article/" + articleId);
        await("the setting kept").atMost(UI).until(() -> first("#view h1") != null && first(".hiding") != null);
        assertTrue(browser.findElement(By.id("hide-low")).isSelected());
        assertEquals(
                String.valueOf(percent),
                browser.findElement(By.id("min-confidence")).getAttribute("value"));
        assertEquals(
                kept.size(), browser.findElements(By.cssSelector("#facts li")).size());
        browser.findElement(By.id("hide-low")).sendKeys(Keys.SPACE);
        await("every fact again")
                .atMost(UI)
                .until(() ->
                        browser.findElements(By.cssSelector("#facts li")).size() == all && first(".hiding") == null);
    }

    // --- the browser ------------------------------------------------------------------------------

    private static ChromeDriver chromium() throws Exception {
        Path profile = Files.createTempDirectory("explorer-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("newsfacts.chromium", "/usr/bin/chromium"));
        // The machine's network is closed: no background traffic, no component or sync lookups.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("newsfacts.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static int loads;

    /** Loads the page afresh (a URL that differs only in its #fragment would not load again). */
    private static void open(String hash) {
        browser.get(base + "?load=" + (++loads) + hash);
    }

    private static WebElement first(String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0);
    }

    private static void openEntity(String canonical) throws Exception {
        long id = -1;
        for (JsonNode e : JSON.readTree(query.get("/api/entities?q="
                        + java.net.URLEncoder.encode(canonical, java.nio.charset.StandardCharsets.UTF_8)))
                .get("items")) {
            if (e.get("canonical").asText().equals(canonical)) {
                id = e.get("id").asLong();
            }
        }
        assertTrue(id >= 0, "an entity named " + canonical);
        open("#/entity/" + id);
        await(canonical + "'s page")
                .atMost(UI)
                .until(() -> first("h1") != null && first("h1").getText().startsWith(canonical));
    }

    /** Clicks the claim of that type whose row names {@code word} (a period or a role). */
    private static void clickClaim(String type, String word) {
        WebElement link = await(type + " claim " + word)
                .atMost(UI)
                .until(
                        () -> browser.findElements(By.cssSelector("table.claims tbody tr")).stream()
                                .filter(r -> r.getText().startsWith(type)
                                        && r.getText().contains(word))
                                .findFirst()
                                .map(r -> r.findElement(By.cssSelector("a")))
                                .orElse(null),
                        l -> l != null);
        link.sendKeys(Keys.ENTER); // followed with the keyboard, as a user without a mouse does
        await("the claim page").atMost(UI).until(() -> browser.getCurrentUrl().contains("#/claim?"));
    }

    private static String firstSeed() throws Exception {
        try (Stream<Path> seeds = Files.list(root.resolve("seeds"))) {
            return seeds.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static void screenshot(String name) throws Exception {
        Path file = shots.resolve(name + ".png");
        Files.copy(
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                file,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
