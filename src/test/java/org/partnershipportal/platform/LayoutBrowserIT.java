package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.Browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Every page, as the people who use it, on a laptop (1366 px) and a phone (390 px): nothing makes the
 * page scroll sideways, no form control sits on another, none runs out of its card or off the screen, no
 * table scrolls sideways in its own box (on a phone a list stacks each row; only a grid marked
 * wide-by-design scrolls). The pages are every .xhtml under src/main/webapp; the records they show are found by following
 * links from the home page, as a person would, so the test needs no demo ids. On the same visit, no free-text
 * field carries a maxlength, which would cut what a person types short without a word.
 */
@UsesDemoPartnership
class LayoutBrowserIT {

    static final int LAPTOP = 1366;
    static final int PHONE = 390;
    /** The people whose pages differ: a chair runs meetings and raises requests, a data lead answers them, an administrator sees the admin pages, an editor writes guidance. */
    static final List<String> PEOPLE = List.of("casey.chair", "dana.datalead", "avery.admin", "ellis.editor");
    static final int MOST_PAGES_PER_PERSON = 100;


    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @Test
    void noPageScrollsSidewaysAndNoFormControlsOverlapOnALaptopOrAPhone() throws Exception {
        Set<String> pages = pagesInTheWebapp();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, List<String>> cutShort = new LinkedHashMap<>();
        Map<String, List<String>> sideways = new LinkedHashMap<>();
        Set<String> reached = new TreeSet<>();
        try (Browser browser = Browser.open(base)) {
            browser.viewportWidth(LAPTOP);
            browser.go("login.xhtml");
            browser.waitFor(By.id("signIn:username"));
            check(browser, "login.xhtml", LAPTOP, problems);
            checkNothingTypedIsCutShort(browser, "login.xhtml", cutShort);
            browser.viewportWidth(PHONE);
            browser.go("login.xhtml");
            browser.waitFor(By.id("signIn:username"));
            check(browser, "login.xhtml", PHONE, problems);
            reached.add("login.xhtml");

            for (String person : PEOPLE) {
                browser.viewportWidth(LAPTOP);
                browser.signIn(person, DEMO_PASSWORD);
                // On a laptop: every page this person can reach from home, checked as it is visited.
                List<String> visited = crawl(browser, person, problems, cutShort, sideways);
                // On a phone: the same pages again, loaded afresh at that width (widgets size themselves when they start).
                browser.viewportWidth(PHONE);
                for (String url : visited) {
                    browser.go(url);
                    browser.waitFor(By.id("main"));
                    check(browser, person + " " + url, PHONE, problems);
                    List<String> scrolling = tablesScrollingSideways(browser);
                    if (!scrolling.isEmpty()) {
                        sideways.put(person + " " + url + " at " + PHONE + " px", scrolling);
                    }
                }
                visited.forEach(url -> reached.add(pathOf(url)));
                browser.viewportWidth(LAPTOP);
                browser.signOut();
            }
        }
        Set<String> notReached = new TreeSet<>(pages);
        notReached.removeAll(reached);
        assertThat(notReached).as("pages in src/main/webapp that no link led to (add a person or a link)").isEmpty();
        assertThat(problems).withFailMessage("%s", report(problems)).isEmpty();
        assertThat(sideways).as("tables that scroll sideways or run off the screen, on a laptop or a phone: on a phone give the table"
                + " reflow=\"true\" so each row stacks its cells with their column names, or mark a comparison that must stay a grid with the"
                + " class wide-by-design")
                .isEmpty();
        assertThat(cutShort).as("free-text fields with a maxlength, which cuts what a person types short without a word and saves"
                + " the rest: remove it and let the service refuse an over-long value with the limit beside the field").isEmpty();
    }

    @Test
    void onAPhoneMyActionsStacksEachActionWithItsColumnNames() throws Exception {
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.viewportWidth(PHONE);
            chair.go("actions/mine.xhtml");
            chair.waitFor(By.cssSelector("#actions\\:table_data > tr"));
            assertThat(chair.driver().findElements(By.id("actions:owner"))).as("an owner filter where every action is one's own").isEmpty();
            assertThat(chair.driver().findElements(By.id("actions:text"))).as("the other filters stay").hasSize(1);
            // Each cell of an action takes the width of the screen with its column's name beside it, not "Bo / Ow / Du".
            WebElement firstAction = chair.driver().findElement(By.cssSelector("#actions\\:table_data > tr"));
            for (WebElement cell : firstAction.findElements(By.cssSelector("td"))) {
                if (!cell.isDisplayed()) {
                    continue;
                }
                List<WebElement> titles = cell.findElements(By.cssSelector(".ui-column-title"));
                assertThat(titles).as("column name inside the cell %s", cell.getText()).isNotEmpty();
                WebElement title = titles.get(0);
                assertThat(title.isDisplayed()).as("column name shown in the %s cell", title.getText()).isTrue();
                assertThat(cell.getRect().getWidth()).as("width of the %s cell", title.getText()).isGreaterThan(PHONE * 3 / 4);
            }
            WebElement ownerTitle = firstAction.findElement(By.xpath(".//span[contains(@class,'ui-column-title')][text()='Owner']"));
            assertThat(ownerTitle.getText()).isEqualTo("Owner");
            assertThat(chair.driver().findElements(By.cssSelector("#actions\\:table_head th")).stream().filter(WebElement::isDisplayed).toList())
                    .as("column headers, squeezed, above the stacked rows").isEmpty();
            chair.scrollTo("actions:table");
            chair.screenshot("phone-my-actions");
        }
    }

    /** In a filter bar, a select beside text fields: the labels of one row line up (the select's sat higher). */
    @Test
    void aFilterBarsLabelsLineUpWhateverTheirControls() throws Exception {
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.viewportWidth(LAPTOP);
            for (String page : List.of("admin/audit.xhtml", "flags/index.xhtml", "admin/users.xhtml", "actions/mine.xhtml")) {
                admin.go(page);
                List<WebElement> labels = admin.waitFor(By.cssSelector(".filter-bar")).findElements(By.cssSelector(".field > label"));
                assertThat(labels).as("labels in the filter bar of %s", page).hasSizeGreaterThan(1);
                int firstRowTop = labels.get(0).getRect().getY();
                List<Integer> firstRow = labels.stream().map(label -> label.getRect().getY())
                        .filter(top -> Math.abs(top - firstRowTop) < 24).toList();
                assertThat(firstRow).as("tops of the labels on the first row of %s's filters", page).hasSizeGreaterThan(1).containsOnly(firstRowTop);
                admin.scrollTo("main");
                admin.screenshot("filters-" + page.replaceAll("\\W+", "-"));
            }
        }
    }

    /** A paged table's page numbers show which page is open: the current one filled, the others not (all were filled alike). */
    @Test
    void aPagedTableShowsWhichPageIsOpen() throws Exception {
        for (int signIn = 0; signIn < 26; signIn++) {
            // each sign-in is an audit event: the audit log then has more than one page of 25, whichever tests ran before
            new org.partnershipportal.testsupport.PortalClient(base).signIn("avery.admin", DEMO_PASSWORD);
        }
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.viewportWidth(LAPTOP);
            admin.go("admin/audit.xhtml");
            admin.waitFor(By.cssSelector("[id='events:table'] .ui-paginator-page"));
            assertThat(pageButtons(admin)).as("page numbers and their backgrounds on page 1").hasSizeGreaterThan(1);
            admin.clickCss("[id='events:table'] .ui-paginator-pages .ui-paginator-page:nth-child(2)");
            admin.waitUpTo(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector("[id='events:table'] .ui-paginator-page.ui-state-active")).getText().equals("2"));
            admin.waitForAjaxToSettle();
            java.util.Map<String, String> backgrounds = pageButtons(admin);
            String current = backgrounds.get("2");
            assertThat(backgrounds).as("the backgrounds of the page numbers on page 2").containsKey("1");
            assertThat(backgrounds.get("1")).as("page 1's background, while page 2 is open").isNotEqualTo(current);
            assertThat(backgrounds.entrySet().stream().filter(page -> !page.getKey().equals("2")).map(java.util.Map.Entry::getValue))
                    .as("no other page number looks like the open one").doesNotContain(current);
            admin.scrollTo("events:table");
            admin.screenshot("paged-table-page-2");
        }
    }

    /** Each page number's computed background colour, by its number (after the mouse has left them). */
    private static java.util.Map<String, String> pageButtons(Browser browser) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(browser.driver().findElement(By.tagName("h1"))).perform();
        java.util.Map<String, String> backgrounds = new java.util.LinkedHashMap<>();
        for (WebElement page : browser.driver().findElements(By.cssSelector("[id='events:table'] .ui-paginator-pages .ui-paginator-page"))) {
            backgrounds.put(page.getText(), page.getCssValue("background-color"));
        }
        return backgrounds;
    }

    /** On a phone the sections fold behind "Menu", so a page opens on its own heading; on a laptop they always show. */
    @Test
    void onAPhoneTheSectionsFoldBehindMenuAndOpenWhenAsked() throws Exception {
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.viewportWidth(PHONE);
            chair.go("actions/mine.xhtml");
            int foldedHeadingTop = chair.waitFor(By.tagName("h1")).getRect().getY();
            assertThat(chair.driver().findElement(By.id("sections")).isDisplayed()).as("sections before opening the menu").isFalse();
            chair.screenshot("phone-menu-folded");
            chair.driver().findElement(By.id("sectionsToggleLabel")).click();
            WebElement catalogue = chair.waitFor(By.linkText("Data catalogue"));
            assertThat(catalogue.isDisplayed()).isTrue();
            // Opened, the list pushes the page down by its own height: folded, that height was the page's.
            int listHeight = chair.driver().findElement(By.id("sections")).getRect().getHeight();
            assertThat(listHeight).isGreaterThan(150);
            assertThat(chair.driver().findElement(By.tagName("h1")).getRect().getY() - foldedHeadingTop).isGreaterThanOrEqualTo(listHeight);
            chair.screenshot("phone-menu-open");
            catalogue.click();
            chair.waitFor(By.id("search"));
            assertThat(chair.driver().getCurrentUrl()).contains("/catalogue/");
            assertThat(chair.driver().findElement(By.id("sections")).isDisplayed()).as("sections on the next page").isFalse();

            chair.viewportWidth(LAPTOP);
            assertThat(chair.driver().findElement(By.id("sections")).isDisplayed()).as("sections on a laptop").isTrue();
            assertThat(chair.driver().findElement(By.id("sectionsToggleLabel")).isDisplayed()).as("Menu on a laptop").isFalse();
        }
    }

    @Test
    void onAPhoneTheForwardPlanToolbarStacksInsideTheScreen() throws Exception {
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.viewportWidth(PHONE);
            chair.go("meetings/plan.xhtml");
            chair.waitFor(By.cssSelector(".fc-header-toolbar .fc-button"));
            // The window less its scroll bar.
            long width = ((Number) ((JavascriptExecutor) chair.driver()).executeScript("return document.documentElement.clientWidth")).longValue();
            for (WebElement button : chair.driver().findElements(By.cssSelector(".fc-header-toolbar .fc-button"))) {
                org.openqa.selenium.Rectangle box = button.getRect();
                assertThat(box.getX()).as("left edge of the %s button", button.getText()).isGreaterThanOrEqualTo(0);
                assertThat(box.getX() + box.getWidth()).as("right edge of the %s button", button.getText()).isLessThanOrEqualTo((int) width);
            }
            ((JavascriptExecutor) chair.driver()).executeScript("document.querySelector('.fc-header-toolbar').scrollIntoView()");
            chair.screenshot("phone-forward-plan");
        }
    }

    /**
     * The whole-page check above lets a table scroll inside its own box; these tables are read on a phone
     * (the people list, a board's members, a meeting's attendance, the duplicates report), so each must
     * fit the screen without sideways scrolling at all.
     */
    @Test
    void onAPhoneThePeopleMembersAttendanceAndDuplicatesTablesFitTheScreen() throws Exception {
        Map<String, List<String>> overflows = new LinkedHashMap<>();
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.viewportWidth(PHONE);
            admin.go("admin/users.xhtml");
            admin.waitFor(By.cssSelector("#people\\:table_data > tr"));
            overflows.put("the people list", sidewaysOverflow(admin, "#people\\:table"));
        }
        try (Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.viewportWidth(PHONE);
            chair.go("boards/index.xhtml");
            chair.clickLink("Children's Safeguarding Partnership");
            chair.waitFor(By.cssSelector("#members_data > tr"));
            overflows.put("the board's members", sidewaysOverflow(chair, "#members"));

            // The chair manages the meeting, so its attendance has a choice per member: the widest form of the table.
            chair.clickCss("#meetings a[href*='meetings/meeting.xhtml']");
            chair.waitFor(By.cssSelector("#attendance\\:table_data > tr"));
            overflows.put("the meeting's attendance", sidewaysOverflow(chair, "#attendance\\:table"));

            // The report's agenda items (its actions tab shows the same table).
            chair.go("duplicates/report.xhtml");
            // The finder reads the register in the background after a start: reload until it has.
            chair.waitUpTo(90).pollingEvery(java.time.Duration.ofSeconds(3)).until(driver -> {
                if (!driver.findElements(By.cssSelector("table.cluster-members tbody tr")).isEmpty()) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });
            overflows.put("the duplicates report", sidewaysOverflow(chair, "table.cluster-members"));
            chair.scrollTo("group-1");
            chair.screenshot("phone-duplicates-report");
        }
        overflows.values().removeIf(List::isEmpty);
        assertThat(overflows).as("tables scrolling sideways at %d px", PHONE).isEmpty();
    }

    /** Where the tables the selector finds (at least one) scroll sideways inside a box or run past the screen's edge. */
    @SuppressWarnings("unchecked")
    private static List<String> sidewaysOverflow(Browser browser, String tableSelector) {
        assertThat(browser.driver().findElements(By.cssSelector(tableSelector))).as("%s on %s", tableSelector, browser.currentPath()).isNotEmpty();
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var screen = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll(arguments[0])).flatMap(function (table) {
                    var found = [];
                    // The boxes that could scroll it: around it (a plain table's wrapper) and inside it (a PrimeFaces table's own).
                    var boxes = Array.from(table.querySelectorAll('*'));
                    for (var box = table; box && box !== document.body; box = box.parentElement) {
                        boxes.push(box);
                    }
                    boxes.forEach(function (box) {
                        var overflow = getComputedStyle(box).overflowX;
                        if ((overflow === 'auto' || overflow === 'scroll') && box.scrollWidth > box.clientWidth + 1) {
                            found.push((box.id || box.className) + ' scrolls sideways: ' + box.scrollWidth + ' px of content in ' + box.clientWidth + ' px');
                        }
                    });
                    var right = table.getBoundingClientRect().right;
                    if (right > screen + 0.5) {
                        found.push((table.id || table.className) + ' runs to ' + Math.round(right) + ' px on a ' + screen + ' px screen');
                    }
                    return found;
                });""", tableSelector);
    }

    /**
     * Every table on the page, at phone width, that scrolls sideways inside a box or runs past the screen's
     * edge: a person on a phone then sees columns cut off (the walk found the flags register, the audit log
     * and the boards list so). A grid that compares across (agencies by harm) may be marked wide-by-design.
     */
    @SuppressWarnings("unchecked")
    private static List<String> tablesScrollingSideways(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var screen = document.documentElement.clientWidth;
                var found = [];
                Array.from(document.querySelectorAll('#main table')).forEach(function (table) {
                    if (table.closest('.wide-by-design') || table.getClientRects().length === 0) {
                        return;
                    }
                    var name = table.closest('[id]') ? table.closest('[id]').id : table.className;
                    for (var box = table; box && box !== document.body; box = box.parentElement) {
                        var overflow = getComputedStyle(box).overflowX;
                        if ((overflow === 'auto' || overflow === 'scroll') && box.scrollWidth > box.clientWidth + 1) {
                            found.push(name + ' scrolls sideways: ' + box.scrollWidth + ' px of content in ' + box.clientWidth + ' px');
                            return;
                        }
                    }
                    var right = table.getBoundingClientRect().right;
                    if (right > screen + 0.5) {
                        found.push(name + ' runs to ' + Math.round(right) + ' px on a ' + screen + ' px screen');
                    }
                    // A stacked cell's parts (a link and its tag, a figure and its breakdown) go one under another:
                    // side by side, each was squeezed into a sliver ("H/i/g/h").
                    table.querySelectorAll('td[data-label]').forEach(function (cell) {
                        var parts = Array.from(cell.children).filter(function (part) { return part.getClientRects().length > 0; });
                        for (var i = 1; i < parts.length; i++) {
                            var before = parts[i - 1].getBoundingClientRect(), part = parts[i].getBoundingClientRect();
                            var blocks = [parts[i - 1], parts[i]].some(function (p) {
                                return ['block', 'flex', 'grid', 'list-item', 'table'].indexOf(getComputedStyle(p).display) >= 0;
                            });
                            if (blocks && part.top < before.bottom - 1 && part.left >= before.right - 1) {
                                found.push(name + ': the parts of its "' + cell.dataset.label + '" cell sit side by side');
                                return;
                            }
                        }
                    });
                    // A stacked row's column name that runs out of its own box runs over the value beside it.
                    table.querySelectorAll('.ui-column-title').forEach(function (title) {
                        if (title.getClientRects().length > 0 && title.scrollWidth > title.clientWidth + 1) {
                            found.push(name + ': the column name "' + title.textContent + '" runs over its value');
                        }
                    });
                });
                return found;""");
    }

    static final int RECORDS_PER_KIND = 2;

    /** Visits every page a person can reach by links from home, once per page and set of parameters, checking each at laptop width. */
    private List<String> crawl(Browser browser, String person, Map<String, List<String>> problems, Map<String, List<String>> cutShort,
                               Map<String, List<String>> sideways) {
        Deque<String> queue = new ArrayDeque<>(List.of("index.xhtml"));
        // Up to two records of each kind of page: the first meeting found may be one another test made
        // without items, and the item page is only reached from a meeting that has some.
        Map<String, Integer> seenKinds = new java.util.HashMap<>();
        seenKinds.put(kindOf("index.xhtml"), RECORDS_PER_KIND);
        List<String> visited = new ArrayList<>();
        while (!queue.isEmpty() && visited.size() < MOST_PAGES_PER_PERSON) {
            String url = queue.removeFirst();
            browser.go(url);
            browser.waitFor(By.id("main"));
            if (!browser.driver().findElements(By.cssSelector(".error-state")).isEmpty()) {
                continue;
            }
            visited.add(url);
            check(browser, person + " " + url, LAPTOP, problems);
            List<String> scrolling = tablesScrollingSideways(browser);
            if (!scrolling.isEmpty()) {
                sideways.put(person + " " + url + " at " + LAPTOP + " px", scrolling);
            }
            checkNothingTypedIsCutShort(browser, person + " " + url, cutShort);
            for (String link : linksOnPage(browser)) {
                if (seenKinds.merge(kindOf(link), 1, Integer::sum) <= RECORDS_PER_KIND && !queue.contains(link) && !visited.contains(link)) {
                    queue.addLast(link);
                }
            }
        }
        return visited;
    }

    /** The portal's own pages linked from this one, relative to the context root. */
    private List<String> linksOnPage(Browser browser) {
        String root = browser.base();
        List<String> links = new ArrayList<>();
        // Every link's resolved address (its href property) in one call, not one WebDriver round trip per link.
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return typeof a.href === 'string' ? a.href : null; });");
        for (String href : hrefs) {
            if (href == null || !href.startsWith(root)) {
                continue;
            }
            String relative = href.substring(root.length()).replaceFirst("#.*$", "");
            String path = pathOf(relative);
            if (path.endsWith(".xhtml") && !path.startsWith("error/") && !path.equals("login.xhtml")) {
                links.add(relative);
            }
        }
        return links;
    }

    @SuppressWarnings("unchecked")
    private void check(Browser browser, String page, int width, Map<String, List<String>> problems) {
        List<String> found = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(probe());
        if (found.isEmpty() && Boolean.getBoolean("layout.screenshots")) {
            // -Dlayout.screenshots=true: every page, at its first form, to look at what passed too.
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "var form = document.querySelector('main form.form, main .filter-bar, main .ui-datatable, main .table-scroll'); if (form) { form.scrollIntoView(); }");
            try {
                browser.screenshot("layout-ok-" + width + "-" + page.replaceAll("[^A-Za-z0-9.]+", "-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!found.isEmpty()) {
            problems.put(page + " at " + width + " px", found);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "var el = document.querySelector('[data-layout-problem]'); if (el) { el.scrollIntoView({block: 'center'}); }");
            try {
                browser.screenshot("layout-" + width + "-" + page.replaceAll("[^A-Za-z0-9.]+", "-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Free-text fields (a textarea, or an input a person types words into) that carry a maxlength: the browser
     * drops what is typed past it without a word, so the person never learns part of it was lost.
     */
    @SuppressWarnings("unchecked")
    private static void checkNothingTypedIsCutShort(Browser browser, String page, Map<String, List<String>> cutShort) {
        List<String> found = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var freeText = ['text', 'search', 'email', 'url', 'tel', 'password'];"
                        + "return Array.from(document.querySelectorAll('textarea[maxlength], input[maxlength]'))"
                        // PrimeFaces writes maxlength="2147483647" on every textarea it renders: a limit no one reaches.
                        + ".filter(function (el) { return el.maxLength < 2147483647; })"
                        + ".filter(function (el) { return el.tagName === 'TEXTAREA' || freeText.indexOf(el.type) >= 0; })"
                        + ".map(function (el) { return (el.id || el.name || el.outerHTML.slice(0, 80)) + ' maxlength=' + el.getAttribute('maxlength'); });");
        if (!found.isEmpty()) {
            cutShort.put(page, found);
        }
    }

    private static String report(Map<String, List<String>> problems) {
        return problems.entrySet().stream()
                .map(e -> e.getKey() + ":\n    " + String.join("\n    ", e.getValue()))
                .collect(Collectors.joining("\n", "layout problems on " + problems.size() + " page loads:\n", ""));
    }

    private static String pathOf(String url) {
        return url.replaceFirst("[?;].*$", "");
    }

    /** A page and the names of its parameters: meeting.xhtml?meeting=4 and ?meeting=7 are the same kind of page. */
    private static String kindOf(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        String names = Arrays.stream(url.substring(q + 1).split("&")).map(p -> p.replaceFirst("=.*$", ""))
                .filter(n -> !n.startsWith("jakarta.faces")).sorted().collect(Collectors.joining("&"));
        return pathOf(url) + "?" + names;
    }

    private static Set<String> pagesInTheWebapp() throws IOException {
        Path webapp = Path.of(System.getProperty("project.basedir", "."), "src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".xhtml") && !f.startsWith("WEB-INF/") && !f.startsWith("error/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String probe;

    private static synchronized String probe() {
        if (probe == null) {
            try (InputStream in = LayoutBrowserIT.class.getResourceAsStream("layout-probe.js")) {
                probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return probe;
    }
}
