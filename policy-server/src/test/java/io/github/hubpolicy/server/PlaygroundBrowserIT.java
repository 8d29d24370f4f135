package io.github.hubpolicy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The playground in a real browser: Debian's headless Chromium driven through Selenium against
 * the server on a random loopback port, with a candidate directory that starts as the bundled
 * spam rules and is edited on disk while the page is open. Screenshots of the main views go to
 * {@code target/playground-screenshots/}. Without {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver} these tests fail (install them with {@code apt-get install -y chromium
 * chromium-driver}), unless {@code -Dplayground.browser=skip} is given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hubpolicy.server.playground.enabled=true", "hubpolicy.reload.debounce=200ms"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlaygroundBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/playground-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path CANDIDATE = CandidateDirectory.softened();
    /** A hub token as the credentials detector finds it (security-credentials.cases.jsonl). */
    private static final String TOKEN = "hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh";

    static {
        // The candidate starts identical to the base: the test makes the change on disk.
        CandidateDirectory.write(CANDIDATE, CandidateDirectory.BUNDLED_SPAM);
    }

    @DynamicPropertySource
    static void candidate(DynamicPropertyRegistry registry) {
        registry.add("hubpolicy.server.playground.candidate", CANDIDATE::toString);
    }

    @LocalServerPort
    int port;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void browser() throws IOException {
        if ("skip".equals(System.getProperty("playground.browser"))) {
            Assumptions.abort("browser tests skipped explicitly (-Dplayground.browser=skip)");
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            Assertions.fail("the playground's browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver"
                    + " (or skip them explicitly with -Dplayground.browser=skip)");
        }
        Files.createDirectories(SCREENSHOTS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,800");
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @Order(1)
    void aSampleShowsItsVerdictItsSectionAndTheGuidelineBesideIt() throws IOException {
        open();
        new Select(driver.findElement(By.id("sample"))).selectByVisibleText("model: models/x/undress-ai");
        driver.findElement(By.id("decide")).click();
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=base-verdict]")));
        assertThat(verdict.getText()).isEqualTo("REMOVE");
        WebElement group = driver.findElement(By.cssSelector(".side [data-section='consent.intimate']"));
        assertThat(group.findElement(By.tagName("h3")).getText()).startsWith("consent.intimate — ");
        assertThat(group.getText()).contains("(bullet 3, ");
        group.findElement(By.className("section-link")).click();
        wait.until(d -> driver.findElement(By.id("guidelines")).getDomAttribute("src") != null
                && driver.findElement(By.id("guidelines")).getDomAttribute("src").endsWith("#sec-consent.intimate"));
        driver.switchTo().frame("guidelines");
        wait.until(d -> !d.findElements(By.id("sec-consent.intimate")).isEmpty());
        driver.switchTo().defaultContent();
        assertThat(driver.findElement(By.cssSelector("details.trace")).getText()).contains("Rules that fired");
        screenshot("decide");
    }

    @Test
    @Order(2)
    void aBrokenItemShowsTheReadersMessageNextToTheField() throws IOException {
        open();
        paste("{\"id\": \"models/kind/oops\", \"kind\": \"modle\", \"title\": \"A typo in the kind\"}");
        driver.findElement(By.id("decide")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-error")));
        assertThat(error.getText()).startsWith("field kind: field 'kind': ").contains("modle");
        assertThat(driver.findElement(By.id("item")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("item")).getDomAttribute("aria-describedby")).isEqualTo("item-error");
        screenshot("field-error");
    }

    @Test
    @Order(3)
    void scriptsImagesAndJavascriptLinksInAnItemAreShownAsText() {
        open();
        String title = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";
        String text = "Click <a href=\"javascript:window.__pwned = 3\">here</a> or [here](javascript:window.__pwned=4)"
                + " <img src=x onerror=\"window.__pwned = 5\"> with token " + TOKEN;
        String item = "{\"id\": \"c/<b>x</b>\", \"kind\": \"comment\", \"title\": " + json(title) + ", \"text\": "
                + json(text) + ", \"signals\": {\"harassment\": 0.9}}";
        paste(item);
        driver.findElement(By.id("decide")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide-status"), "Decided"));
        assertThat(driver.findElement(By.id("decide-status")).getText()).isEqualTo("Decided c/<b>x</b>");
        // The secret is masked in the decision, and so on the page.
        assertThat(driver.findElement(By.id("result")).getText()).contains("security.credentials").doesNotContain(TOKEN);
        assertThat(driver.findElement(By.id("item")).getDomProperty("value")).isEqualTo(item);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(js.executeScript("return document.querySelectorAll('main script, main img, main b,"
                + " main a[href^=\"javascript\"]').length")).isEqualTo(0L);
    }

    @Test
    @Order(4)
    void editingACandidateRuleFileOnDiskShowsTheDiffWithoutReloading() throws IOException {
        open();
        paste(CandidateDirectory.SPAM_COMMENT);
        driver.findElement(By.id("decide")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-summary"), "the same way"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=candidate-verdict]")).getText()).isEqualTo("REMOVE");
        ((JavascriptExecutor) driver).executeScript("window.__samePage = true");

        // The author saves a rule that does not compile: the page says where, the last good candidate serves on.
        CandidateDirectory.write(CANDIDATE, CandidateDirectory.broken());
        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("candidate-problems")));
        assertThat(problems.getText()).containsPattern("spam\\.drl:\\d+:\\d+: ");
        screenshot("compile-error");

        // ... then softens the spam rule: the diff appears by itself.
        CandidateDirectory.write(CANDIDATE, CandidateDirectory.softenedSpam());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=candidate-verdict]"),
                "RESTRICT"));
        assertThat(driver.findElement(By.id("change-summary")).getText()).contains("spam: REMOVE→RESTRICT");
        assertThat(driver.findElement(By.id("candidate-problems")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("[data-testid=candidate-verdict]")).getDomAttribute("class"))
                .contains("differs");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__samePage")).isEqualTo(true);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('decide').scrollIntoView()");
        screenshot("candidate-diff");
    }

    @Test
    @Order(5)
    void theBundledSamplesAsABatchShowTheChangesBySection() throws IOException {
        open();
        driver.findElement(By.id("tab-batch")).click();
        driver.findElement(By.id("batch-samples")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-status"), "Done"));
        assertThat(driver.findElement(By.id("batch-footer")).getText()).matches("\\d+ of 23 items changed");
    }

    @Test
    @Order(6)
    void aJsonLinesFileFromDiskIsDecidedInChunksWithItsErrors() throws IOException {
        open();
        driver.findElement(By.id("tab-batch")).click();
        Path file = Files.createTempFile("playground-upload", ".jsonl");
        StringBuilder lines = new StringBuilder();
        // 1,200 items of about 330 bytes: more than one 256 KB chunk.
        String padded = CandidateDirectory.SPAM_COMMENT.replace("Buy followers now", "Buy followers now " + "x".repeat(220));
        for (int i = 0; i < 1200; i++) {
            lines.append(padded.replace("spam-1", "spam-" + i)).append('\n');
        }
        lines.append("{\"id\": \"c/typo\", \"kind\": \"comment\", \"txet\": \"typo\"}\n");
        Files.writeString(file, lines);
        driver.findElement(By.id("batch-file")).sendKeys(file.toString());
        assertThat(Files.size(file)).isGreaterThan(256 * 1024);
        driver.findElement(By.id("batch-run")).click();
        // 2,400 decisions: generous on a loaded machine.
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("batch-status"), "Done"));
        assertThat(driver.findElement(By.id("batch-footer")).getText())
                .isEqualTo("1200 of 1200 items changed, 1 could not be read");
        assertThat(driver.findElement(By.id("batch-groups")).getText()).isEqualTo("spam: 1200 items REMOVE→RESTRICT");
        assertThat(driver.findElement(By.id("batch-errors")).getText()).startsWith(file.getFileName() + ":1201: c/typo: ");
        screenshot("batch");
    }

    @Test
    @Order(6)
    void aLargeBatchShowsProgressAndCanBeCancelled() throws IOException {
        open();
        driver.findElement(By.id("tab-batch")).click();
        Path file = Files.createTempFile("playground-large", ".jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            lines.append(CandidateDirectory.SPAM_COMMENT.replace("spam-1", "spam-" + i)).append('\n');
        }
        Files.writeString(file, lines);
        driver.findElement(By.id("batch-file")).sendKeys(file.toString());
        driver.findElement(By.id("batch-run")).click();
        WebElement cancel = driver.findElement(By.id("batch-cancel"));
        wait.until(d -> cancel.isEnabled());
        cancel.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-status"), "Cancelled"));
        assertThat(cancel.isEnabled()).isFalse();
        WebElement progress = driver.findElement(By.id("batch-progress"));
        assertThat(Double.parseDouble(progress.getDomProperty("value")))
                .isLessThan(Double.parseDouble(progress.getDomProperty("max")));
    }

    @Test
    @Order(7)
    void theCandidatesCasesShowPassFailAndCoverage() throws IOException {
        open();
        driver.findElement(By.id("tab-cases")).click();
        driver.findElement(By.id("cases-run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-status"), "passed"));
        assertThat(driver.findElement(By.id("cases-status")).getText()).matches("\\d+ passed, [1-9]\\d* failed \\(candidate sha256:.*");
        assertThat(driver.findElement(By.cssSelector("#cases-list .fail")).getText())
                .contains("verdict: expected REMOVE, was RESTRICT");
        assertThat(driver.findElements(By.cssSelector("#coverage tbody tr"))).isNotEmpty();
        screenshot("cases");
    }

    @Test
    @Order(8)
    void anItemCanBeDecidedWithTheKeyboardAlone() {
        open();
        WebElement body = driver.findElement(By.tagName("body"));
        body.click();
        tabTo("item");
        driver.switchTo().activeElement().sendKeys("{\"id\": \"models/x/undress-ai\", \"kind\": \"model\","
                + " \"capabilities\": [\"undress\"]}");
        tabTo("decide");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=base-verdict]"),
                "REMOVE"));
    }

    @Test
    @Order(9)
    void everyControlIsLabelledAndTheNarrowWindowDoesNotScrollSideways() throws IOException {
        open();
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const missing = [];
                for (const c of document.querySelectorAll('input, select, textarea')) {
                  const label = c.id && document.querySelector(`label[for="${c.id}"]`);
                  if (!(label && label.textContent.trim()) && !c.getAttribute('aria-label')) missing.push(c.outerHTML);
                }
                for (const b of document.querySelectorAll('button')) {
                  if (!b.textContent.trim() && !b.getAttribute('aria-label')) missing.push(b.outerHTML);
                }
                return missing;""");
        assertThat(unlabelled).isEmpty();
        driver.manage().window().setSize(new Dimension(420, 860));
        try {
            new Select(driver.findElement(By.id("sample"))).selectByVisibleText("model: models/x/undress-ai");
            driver.findElement(By.id("decide")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=base-verdict]")));
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            screenshot("narrow");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 800));
        }
    }

    private void open() {
        driver.get("http://127.0.0.1:" + port + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private void paste(String item) {
        WebElement area = driver.findElement(By.id("item"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", area, item);
    }

    /** Presses Tab until the element with this id has the focus (at most 40 times). */
    private void tabTo(String id) {
        for (int i = 0; i < 40; i++) {
            if (id.equals(driver.switchTo().activeElement().getDomAttribute("id"))) {
                return;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        Assertions.fail("Tab never reached #" + id);
    }

    private void screenshot(String name) throws IOException {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
