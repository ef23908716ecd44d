package org.partnershipportal.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven through its chromedriver, never a downloaded browser. Without
 * Chromium the browser tests are skipped, unless portal.browserTests=required (.ci/run), where they fail.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(60);
    /** How often a wait asks again (see {@link #waitUpTo}). */
    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * Runs in every page before its scripts: notes until when a delayed PrimeFaces request (as-you-type
     * hints wait 400–600 ms after the last key) may still fire, since its queue does not show one that
     * waits. {@link #click} waits past that moment, so an update that shifts the layout cannot move a
     * button away between Selenium finding it and pressing it (a clean-clone run lost a click so).
     */
    private static final String NOTE_DELAYED_AJAX = """
            document.addEventListener('DOMContentLoaded', function () {
              window.portalDelayedAjaxUntil = 0;
              if (!window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue) { return; }
              var queue = PrimeFaces.ajax.Queue, offer = queue.offer;
              queue.offer = function (request) {
                if (request && request.delay) {
                  window.portalDelayedAjaxUntil = Math.max(window.portalDelayedAjaxUntil, Date.now() + Number(request.delay) + 50);
                }
                return offer.apply(this, arguments);
              };
            });
            """;

    /** True when no PrimeFaces request is waiting, queued or in flight on the page. */
    private static final String AJAX_IDLE = """
            if (document.readyState !== 'complete') { return false; }
            if (window.portalDelayedAjaxUntil && Date.now() < window.portalDelayedAjaxUntil) { return false; }
            if (window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty()) { return false; }
            return !window.jQuery || jQuery.active === 0;
            """;

    /**
     * Chromium processes that no test is using, by the arguments they were started with. Starting Chromium
     * and its driver costs seconds on a small machine, a hundred times a run; a browser a test closes is
     * emptied instead ({@link #emptiedForTheNextTest}: a fresh tab, no cookies, no storage, the window's
     * first size, no console messages left) and the next test's {@link #open} starts from it. Quit when
     * the test JVM ends.
     */
    private static final Map<List<String>, Deque<Chromium>> IDLE = new HashMap<>();
    private static final int MOST_IDLE_PER_KIND = 4;
    private static boolean quitIdleOnExit;

    /** One Chromium under its chromedriver, with its own throwaway profile. */
    private record Chromium(ChromeDriver driver, Path profile, List<String> arguments, Dimension firstSize) {

        void quit() {
            long started = System.nanoTime();
            try {
                driver.quit();
            } catch (WebDriverException alreadyGone) {
                // nothing left to stop
            } finally {
                StepTimings.add("chromium quit", started);
            }
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException | java.io.UncheckedIOException leftBehind) {
                // a temporary directory; the machine's cleaner takes it
            }
        }
    }

    private final Chromium chromium;
    private final WebDriver driver;
    private final String base;
    private boolean closed;

    private Browser(Chromium chromium, String base) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.base = base;
    }

    public static Browser open(URL base) throws IOException {
        waitUntilListening(base);
        return open(base.toString(), List.of());
    }

    /**
     * A browser that reaches the portal as people do in production: https://portal.example.org/ on the
     * default port, through the edge (nginx with the deployed configuration). Chromium maps that name
     * and port to the edge's loopback port, so the Host header, the TLS name, redirects and the Origin of
     * posts are exactly a production browser's. The edge's certificate is a throwaway one.
     */
    public static Browser throughEdge(EdgeProxy edge) throws IOException {
        waitUntilListening(URI.create("http://127.0.0.1:" + edge.httpsPort() + "/").toURL());
        return open("https://" + EdgeProxy.HOST + "/", List.of(
                "--host-resolver-rules=MAP " + EdgeProxy.HOST + ":443 127.0.0.1:" + edge.httpsPort(),
                "--ignore-certificate-errors"));
    }

    private static Browser open(String base, List<String> extraArguments) throws IOException {
        boolean available = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!available && "required".equals(System.getProperty("portal.browserTests"))) {
            throw new AssertionError("Browser tests are required but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        Assumptions.assumeTrue(available, "Chromium not installed: browser test skipped (apt-get install chromium chromium-driver)");
        Chromium chromium = idle(extraArguments);
        if (chromium == null) {
            chromium = start(extraArguments);
        }
        String address = base.replace("://localhost:", "://127.0.0.1:");
        String root = address.endsWith("/") ? address : address + "/";
        return new Browser(chromium, root);
    }

    private static synchronized Chromium idle(List<String> arguments) {
        Deque<Chromium> idle = IDLE.get(arguments);
        return idle == null ? null : idle.pollFirst();
    }

    private static Chromium start(List<String> extraArguments) throws IOException {
        long started = System.nanoTime();
        try {
            Path profile = Files.createTempDirectory("portal-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
            options.addArguments(extraArguments);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NOTE_DELAYED_AJAX));
            return new Chromium(driver, profile, List.copyOf(extraArguments), driver.manage().window().getSize());
        } finally {
            StepTimings.add("chromium start", started);
        }
    }

    /** Keeps a closed test's Chromium for the next test, once nothing of this test is left in it. */
    private static void handBack(Chromium chromium, List<String> origins) {
        long started = System.nanoTime();
        boolean emptied = emptiedForTheNextTest(chromium, origins);
        StepTimings.add("chromium emptied for reuse", started);
        synchronized (Browser.class) {
            Deque<Chromium> idle = IDLE.computeIfAbsent(chromium.arguments(), a -> new ArrayDeque<>());
            if (emptied && idle.size() < MOST_IDLE_PER_KIND) {
                idle.addLast(chromium);
                if (!quitIdleOnExit) {
                    quitIdleOnExit = true;
                    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "quit idle Chromium"));
                }
                return;
            }
        }
        chromium.quit();
    }

    /**
     * Leaves nothing of the last test in a Chromium, as a new process would have nothing: its tabs are
     * closed for a new one (no page, history, session storage, viewport emulation or scripts a test added
     * through DevTools), every cookie and the portal's storage (local, IndexedDB, caches, service workers) are cleared, the window gets its first
     * size back and the console messages so far are read away. False when Chromium did not answer so.
     */
    private static boolean emptiedForTheNextTest(Chromium chromium, List<String> origins) {
        ChromeDriver driver = chromium.driver();
        try {
            long step = System.nanoTime();
            java.util.Set<String> tabs = driver.getWindowHandles();
            if (tabs.isEmpty()) {
                return false;
            }
            driver.switchTo().window(tabs.iterator().next());
            driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String tab : tabs) {
                driver.switchTo().window(tab);
                driver.close();
            }
            driver.switchTo().window(fresh);
            if (!driver.getWindowHandles().equals(java.util.Set.of(fresh))) {
                return false;
            }
            StepTimings.add("  reuse: a fresh tab", step);
            step = System.nanoTime();
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            for (String origin : origins) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            StepTimings.add("  reuse: cookies, storage", step);
            step = System.nanoTime();
            driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            if (!chromium.firstSize().equals(driver.manage().window().getSize())) {
                driver.manage().window().setSize(chromium.firstSize());
            }
            driver.manage().logs().get(LogType.BROWSER);
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NOTE_DELAYED_AJAX));
            StepTimings.add("  reuse: window, console, script", step);
            return ((List<?>) driver.executeCdpCommand("Storage.getCookies", Map.of()).get("cookies")).isEmpty()
                    && chromium.firstSize().equals(driver.manage().window().getSize());
        } catch (RuntimeException unanswered) {
            // WebDriverException, or an answer not shaped as asked: this Chromium is quit, not reused.
            return false;
        }
    }

    private static void quitIdle() {
        List<Chromium> all = new ArrayList<>();
        synchronized (Browser.class) {
            IDLE.values().forEach(all::addAll);
            IDLE.clear();
        }
        all.forEach(Chromium::quit);
    }

    /**
     * The HTTP listener may still be starting when Arquillian reports the deployment; wait until it
     * accepts connections rather than let the first page load race it.
     */
    static void waitUntilListening(URL base) throws IOException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        int port = base.getPort() == -1 ? 80 : base.getPort();
        while (true) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
    }

    public Browser go(String path) {
        long started = System.nanoTime();
        try {
            driver.get(base + path);
            return this;
        } finally {
            StepTimings.add("page load (go)", started);
        }
    }

    /** Signs in and waits for the answer (the next page, or the form again with its message), so nothing races the post. */
    public Browser signIn(String username, String password) {
        long started = System.nanoTime();
        try {
            go("login.xhtml");
            if (!driver.findElements(By.id("signedInAs")).isEmpty()) {
                // Someone is still signed in: the page offers only to sign out first.
                signOut();
            }
            type("signIn:username", username);
            type("signIn:password", password);
            String loginPage = driver.getCurrentUrl();
            WebElement form = driver.findElement(By.id("signIn"));
            click("signIn:submit");
            waitUpTo(20).until(d -> {
                try {
                    form.isDisplayed();
                    return !d.getCurrentUrl().equals(loginPage);
                } catch (org.openqa.selenium.WebDriverException reloaded) {
                    // Stale, or Chromium's "Node with given id does not belong to the document": the page was replaced.
                    return true;
                }
            });
            return this;
        } finally {
            StepTimings.add("sign-in through the form", started);
        }
    }

    /**
     * Gives this browser a signed-in session of its own, for tests whose subject is not signing in
     * ({@link #signIn} is the form as a person uses it; SignInBrowserIT tests that). The sign-in page is
     * fetched and its form posted over HTTP, exactly as the browser would post it (same password check,
     * new session id, audit event), and the session cookie the portal set is handed to Chromium. Saves
     * loading and rendering the sign-in page and the home page in the browser: the browser stays on its
     * empty tab, so go to a page next. Only for a browser that is not signed in yet.
     */
    public Browser signInOverHttp(String username, String password) {
        long started = System.nanoTime();
        try {
            if (!base.startsWith("http://")) {
                // Through the edge (https, a mapped host name) the plain client cannot follow: use the form.
                return signIn(username, password);
            }
            ChromeDriver chrome = (ChromeDriver) driver;
            if (!portalCookies(chrome).isEmpty()) {
                throw new IllegalStateException("signInOverHttp is for a browser with no session yet; sign out, or use signIn");
            }
            PortalClient client = new PortalClient(URI.create(base).toURL());
            java.net.http.HttpResponse<String> answer = client.signIn(username, password);
            String to = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || to.contains("login.xhtml")) {
                throw new AssertionError("Signing in as " + username + " over HTTP answered " + answer.statusCode() + " " + to);
            }
            for (java.net.HttpCookie cookie : client.cookies()) {
                Map<String, Object> set = new HashMap<>();
                set.put("url", base);
                set.put("name", cookie.getName());
                set.put("value", cookie.getValue());
                set.put("path", cookie.getPath() == null ? "/" : cookie.getPath());
                set.put("httpOnly", cookie.isHttpOnly());
                set.put("secure", cookie.getSecure());
                sameSiteOf(answer, cookie.getName()).ifPresent(sameSite -> set.put("sameSite", sameSite));
                Object done = chrome.executeCdpCommand("Network.setCookie", set).get("success");
                if (Boolean.FALSE.equals(done)) {
                    throw new IllegalStateException("Chromium refused the session cookie " + set);
                }
            }
            if (portalCookies(chrome).stream().noneMatch(c -> "JSESSIONID".equals(c.get("name")))) {
                throw new AssertionError("No session cookie in the browser after signing in as " + username);
            }
            return this;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            StepTimings.add("sign-in over HTTP", started);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> portalCookies(ChromeDriver chrome) {
        return (List<Map<String, Object>>) chrome.executeCdpCommand("Network.getCookies", Map.of("urls", List.of(base))).get("cookies");
    }

    /** The SameSite attribute the portal gave a cookie in this answer's Set-Cookie (Chromium's default where it gave none). */
    private static java.util.Optional<String> sameSiteOf(java.net.http.HttpResponse<String> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(header -> header.startsWith(name + "="))
                .flatMap(header -> java.util.Arrays.stream(header.split(";")))
                .map(String::trim).filter(attribute -> attribute.regionMatches(true, 0, "SameSite=", 0, 9))
                .map(attribute -> attribute.substring(9)).map(v -> v.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + v.substring(1).toLowerCase(java.util.Locale.ROOT))
                .findFirst();
    }

    public Browser signOut() {
        click("signOutForm:signOut");
        waitFor(By.id("signIn:username"));
        return this;
    }

    /**
     * Gives the page a viewport (window.innerWidth) of exactly this many CSS pixels. The window size
     * Selenium sets is the outer size; headless Chromium's inner width may differ from it (and its
     * windows have a minimum width above a phone's), so the difference is corrected, and where the
     * window cannot be made narrow enough the viewport is emulated through the DevTools protocol.
     */
    public Browser viewportWidth(int width) {
        int height = 900;
        if (driver instanceof ChromeDriver chrome) {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        long inner = innerWidth();
        String how = "window " + width + " px wide gave window.innerWidth " + inner;
        if (inner != width) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension((int) (2 * width - inner), height));
            inner = innerWidth();
            how += "; window " + driver.manage().window().getSize().getWidth() + " px gave " + inner;
        }
        if (inner != width && driver instanceof ChromeDriver chrome) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
            inner = innerWidth();
            how += "; emulated viewport gave " + inner;
        }
        System.out.println("Browser viewport: " + how);
        if (inner != width) {
            throw new AssertionError("Could not give the page a " + width + " px viewport: window.innerWidth is " + inner);
        }
        return this;
    }

    /** The page's viewport width in CSS pixels. */
    public long innerWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
    }

    public void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Sets a PrimeFaces date picker's date through its widget, as choosing it in the calendar would, without
     * racing its pop-up (an input's value set behind the widget's back is not what it submits).
     */
    public void typeDate(String pickerId, String isoDate) {
        waitFor(By.id(pickerId + "_input"));
        java.time.LocalDate date = java.time.LocalDate.parse(isoDate);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                pickerId, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        waitUpTo(5).until(d -> isoDate.equals(d.findElement(By.id(pickerId + "_input")).getAttribute("value")));
    }

    /** Sets a native input's value (date, time) as the browser's own picker would, and fires its change event. */
    public void setValue(String id, String value) {
        waitFor(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var input = document.getElementById(arguments[0]); input.value = arguments[1];"
                        + "input.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "input.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    /** The labels a PrimeFaces menu offers ({@code menuId}, as in {@link #choose}), read from its hidden select, in order. */
    public List<String> optionsOf(String menuId) {
        return driver.findElements(By.cssSelector("#" + menuId.replace(":", "\\:") + "_input option")).stream()
                .map(option -> option.getAttribute("textContent")).toList();
    }

    /** Scrolls an element to the top of the window, e.g. before a screenshot of it. */
    public void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", waitFor(By.id(id)));
    }

    /** Chooses a file for the first file input inside the form. */
    public void attach(String formId, Path file) {
        waitFor(By.id(formId)).findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    /** Clicks once the page's ajax has settled (see {@link #NOTE_DELAYED_AJAX}). */
    public void click(String id) {
        long started = System.nanoTime();
        try {
            waitFor(By.id(id));
            waitForAjaxToSettle();
            waitUpTo(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        d.findElement(By.id(id)).click();
                        return true;
                    });
        } finally {
            StepTimings.add("click (after ajax settles)", started);
        }
    }

    /**
     * A wait that asks again every {@link #POLL} until its condition holds. Selenium's own default asks
     * every half second, so each wait for a page's answer took up to 500 ms longer than the answer did,
     * hundreds of times a run.
     */
    public WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), POLL);
    }

    /** Waits until no PrimeFaces request is waiting, queued or in flight. */
    public void waitForAjaxToSettle() {
        waitUpTo(20)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(AJAX_IDLE)));
    }

    /**
     * Picks an option of a PrimeFaces select menu through its widget (clicking the animated panel
     * races its opening and closing in a headless browser).
     */
    public void choose(String menuId, String label) {
        waitFor(By.id(menuId + "_input"));
        Object chosen = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var select = document.getElementById(arguments[0] + '_input'); var wanted = arguments[1];"
                        + "var option = Array.from(select.options).filter(function (o) { return o.text === wanted; })[0];"
                        + "if (!option) { return false; }"
                        + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value); return true;", menuId, label);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new AssertionError("No option '" + label + "' in " + menuId);
        }
    }

    /** Picks an option as a person does, so the menu's change behaviours (ajax) run too. */
    public void chooseAndApply(String menuId, String label) {
        choose(menuId, label);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).triggerChange();", menuId);
    }

    /** Clicks the first element matching a CSS selector, again if a PrimeFaces widget replaced it meanwhile. */
    public void clickCss(String css) {
        waitUpTo(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.cssSelector(css)).click();
                    return true;
                });
    }

    /** Follows a link by its text, again if an ajax update replaced it between finding and clicking. */
    public void clickLink(String text) {
        waitUpTo(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    d.findElement(By.linkText(text)).click();
                    return true;
                });
    }

    /**
     * Answers the confirmation a button asked for (PrimeFaces' global confirm dialog) and returns what it asked:
     * its heading and message. yes: go ahead; otherwise keep things as they are.
     */
    public String answerConfirmation(boolean yes) {
        WebElement dialog = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        String asked = dialog.getText();
        dialog.findElement(By.cssSelector(yes ? "button.ui-confirmdialog-yes" : "button.ui-confirmdialog-no")).click();
        if (!yes) {
            waitUpTo(20).until(ExpectedConditions.invisibilityOf(dialog));
        }
        return asked;
    }

    public WebElement waitFor(By locator) {
        long started = System.nanoTime();
        try {
            try {
                return waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(locator));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("Waited for " + locator + " on " + driver.getCurrentUrl() + ", page says:\n" + text(), e);
            }
        } finally {
            StepTimings.add("waitFor", started);
        }
    }

    public void waitForText(By locator, String text) {
        long started = System.nanoTime();
        try {
            try {
                waitUpTo(20)
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> whileNotReplaced(() -> ExpectedConditions.textToBePresentInElementLocated(locator, text).apply(d)));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("Waited for '" + text + "' in " + locator + " on " + driver.getCurrentUrl()
                        + ", page says:\n" + text(), e);
            }
        } finally {
            StepTimings.add("waitForText", started);
        }
    }

    /** Waits until an element no longer shows a text, e.g. a row a filter removes. */
    public void waitForTextGone(By locator, String text) {
        long started = System.nanoTime();
        try {
            try {
                waitUpTo(20)
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> whileNotReplaced(() -> !d.findElement(locator).getText().contains(text)));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("Waited for '" + text + "' to go from " + locator + " on " + driver.getCurrentUrl()
                        + ", page says:\n" + text(), e);
            }
        } finally {
            StepTimings.add("waitForTextGone", started);
        }
    }

    /** The text of one element once it has settled (ajax updates replace elements). */
    public String textOf(String id) {
        return waitUpTo(20)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return d.findElement(By.id(id)).getText();
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (replacedWhileRead(e)) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /**
     * A check that reads an element while the page replaces it; "not yet" when Chromium says the node no
     * longer belongs to the document (its own wording of a stale element, which Selenium does not map to
     * StaleElementReferenceException), so the wait asks again instead of failing.
     */
    private static Boolean whileNotReplaced(java.util.function.Supplier<Boolean> check) {
        try {
            return check.get();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (replacedWhileRead(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean replacedWhileRead(org.openqa.selenium.WebDriverException e) {
        return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The name in the page header: who the portal thinks is signed in. */
    public String signedInName() {
        return textOf("portalUserName");
    }

    public List<String> menu() {
        return driver.findElements(By.cssSelector("#sections a")).stream().map(a -> a.getText().trim()).toList();
    }

    /** The portal's address, ending in a slash: pages are relative to it. */
    public String base() {
        return base;
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length() - 1);
    }

    /** Console errors, e.g. Content-Security-Policy violations, which must be none. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves a PNG under target/screenshots, to look at what was built. */
    public void screenshot(String name) throws IOException {
        long started = System.nanoTime();
        try {
            Path dir = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } finally {
            StepTimings.add("screenshot", started);
        }
    }

    /**
     * Downloads a file the page links to with this browser's session, as the person's own download
     * would (Chromium headless keeps downloads out of reach of the test).
     */
    public byte[] download(String path) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        // A page's own link ("/meetings/…" or absolute) or a path below the portal ("meetings/pack.pdf…").
        String target = java.net.URI.create(base).resolve(path).toString();
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(target)).header("Cookie", cookies).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("Downloading " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Ends this test's use of its Chromium, which the next test starts from once emptied ({@link #IDLE}). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            // The portal's origin under both its names (a test may reach it as localhost too).
            URI root = URI.create(base);
            String port = root.getPort() == -1 ? "" : ":" + root.getPort();
            handBack(chromium, List.of(root.getScheme() + "://" + root.getHost() + port, root.getScheme() + "://localhost" + port));
        }
    }
}
