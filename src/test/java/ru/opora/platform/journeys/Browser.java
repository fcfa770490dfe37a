package ru.opora.platform.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, the way a user clicks through Opora. Screenshots
 * go to target/screenshots/&lt;journey&gt;/NN-step.png.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;
    private final Path screenshots;
    private int step;

    Browser(int port, String journey) {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // a form that asks «are you sure?» is answered yes, as the journey's user would
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1366,900",
                "--lang=ru",
                "--user-data-dir=" + tempProfile());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
        this.screenshots = Path.of("target", "screenshots", journey);
    }

    private static String tempProfile() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-")
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("sign-in"));
        waitFor(By.cssSelector(".who"));
    }

    void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    void click(By target) {
        waitFor(target).click();
    }

    /**
     * Clicks a button that submits a form and waits until the browser has left the page, so that
     * the next step starts from the page the submission led to (opening another address at once
     * raced the submission, which then landed after it).
     */
    void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        waitFor(button).click();
        // the old page is gone once touching its root fails: Chromium says «stale», or, mid-navigation,
        // «node does not belong to the document», which ExpectedConditions.stalenessOf let through
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    void upload(By field, Path file) {
        driver.findElement(field).sendKeys(file.toAbsolutePath().toString());
    }

    WebElement waitFor(By target) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    String text(By target) {
        return waitFor(target).getText();
    }

    List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    Object script(String javascript) {
        return driver.executeScript(javascript);
    }

    /** Sets the window to a screen's size: a laptop (1366 × 768) or a phone (390 × 844). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** How far the page is wider than the window, in CSS pixels (0 when it fits). */
    long overflow() {
        Object wider = driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
        return ((Number) wider).longValue();
    }

    /** The element that reaches furthest past the window's right edge, for a failure's message. */
    String widest() {
        Object found = driver.executeScript("""
                var w = document.documentElement.clientWidth, best = null, right = w;
                function clipped(e) { // inside a box that scrolls and itself fits: not the culprit
                  if (['absolute', 'fixed'].indexOf(getComputedStyle(e).position) >= 0) return false;
                  for (var a = e.parentElement; a && a !== document.body; a = a.parentElement)
                    if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= w + 0.5) return true;
                  return false;
                }
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect().right;
                  if (r > right + 0.5 && !clipped(e)) { right = r; best = e; }
                });
                return best == null ? '' : best.tagName.toLowerCase() + (best.id ? '#' + best.id : '')
                    + (best.className && typeof best.className === 'string' ? '.' + best.className.split(' ').join('.') : '');""");
        return String.valueOf(found);
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
