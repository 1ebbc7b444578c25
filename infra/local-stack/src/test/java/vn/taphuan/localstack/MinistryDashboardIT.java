package vn.taphuan.localstack;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ministry analyst's nationwide dashboard in a real browser: totals, each programme, the provinces ranked as the
 * reporting API ranks them (table and chart), a drill-down into one province — and not one learner's name anywhere
 * on the way. The platform administrator sees the nation and the list of provinces onboarded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinistryDashboardIT {

    private Dashboards stack;
    private Browser browser;
    private Api analyst;
    private String reporting;

    @BeforeAll
    void signIn() {
        stack = Dashboards.get();
        reporting = stack.url("reporting");
        analyst = stack.as("ubdt.analyst");
        browser = Browser.open(stack.baseUrl);
        browser.signIn("ubdt.analyst", DemoUsers.PASSWORD);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAnalystLandsOnTheNationwideTotalsAndTheProvincesRankedAsTheApiRanksThem() {
        // signed in afresh: the other tests leave the browser on other pages, in whatever order they run
        browser.signOut().signIn("ubdt.analyst", DemoUsers.PASSWORD);
        assertThat(browser.hash()).isEqualTo("#/national");
        browser.awaitText("national-activities", () -> Shown.of(national().at("/totals/activities/held"),
                national().at("/totals/activities/planned")));
        browser.awaitText("national-person-turns", () -> Shown.of(national().at("/totals/personTurns/achieved"),
                national().at("/totals/personTurns/target")));
        browser.awaitText("national-persons", () -> Shown.number(national().at("/totals/persons/unique")));
        browser.awaitText("national-spent", () -> Shown.money(national().at("/totals/budget/spentVnd")));
        for (JsonNode programme : national().path("programmes")) {
            String code = programme.path("programmeCode").asString();
            for (String status : List.of("REACHED", "ON_TRACK", "AT_RISK", "OFF_TRACK")) {
                browser.awaitText("programme-" + code + "-" + status, () -> Shown.number(
                        programme(code).at("/provincesByStatus/" + status)));
            }
            // beside the sum, the provinces one by one: a province beyond its target does not fill another's gap
            browser.awaitText("programme-" + code + "-within-target", () -> "Tính theo từng tỉnh: "
                    + Shown.percent(programme(code).at("/standing/percentWithinTarget")) + " lượt người đạt");
            browser.awaitText("programme-" + code + "-on-course", () -> {
                JsonNode standing = programme(code).path("standing");
                return standing.path("onCourse").asInt() + "/" + (standing.path("provinces").asInt()
                        - standing.path("withoutData").asInt()) + " tỉnh có số liệu đã đạt hoặc đúng tiến độ";
            });
            // each bar is coloured by its own count's status, not the programme's worst
            assertThat(browser.testId("programme-" + code + "-person-turns").findElement(
                    org.openqa.selenium.By.xpath("ancestor::div[@class='bar'][1]//div[contains(@class,'bar-fill')]"))
                    .getAttribute("class")).isEqualTo(barClass(programme(code).at("/forecast/personTurns/status")));
        }
        browser.awaitText("national-within-target", () -> "Tính theo từng tỉnh: "
                + Shown.percent(national().at("/standing/percentWithinTarget")) + " lượt người đạt");
        // every province: its person-turns against target, money spent, forecast status — in the API's default order,
        // who needs attention first
        browser.waitUntil(() -> rowTenants().equals(rankedTenants("STATUS")));
        assertThat(ranking(null).path("items")).isEqualTo(ranking("STATUS").path("items"));
        for (JsonNode row : ranking("STATUS").path("items")) {
            String tenant = row.at("/province/tenantId").asString();
            browser.awaitText("rank-" + tenant + "-person-turns", () -> {
                JsonNode current = rankingRow(tenant);
                return Shown.bar(current.path("personTurns"), current.path("personTurnTarget"));
            });
            browser.awaitText("rank-" + tenant + "-spent", () -> Shown.money(rankingRow(tenant).path("spentVnd")));
            assertThat(browser.testId("rank-" + tenant + "-status").getAttribute("data-status"))
                    .isEqualTo(row.path("status").asString());
        }
        // Bắc Giang's history counts under Bắc Ninh, which took it over in 2025: one row, not two
        assertThat(rowTenants()).contains("bac-ninh", "lao-cai", "son-la", "thanh-hoa").doesNotContain("bac-giang");
        browser.waitUntil(() -> !browser.all("[data-testid=ranking-chart] svg path").isEmpty());
        assertThat(browser.scriptErrors()).isEmpty();
        browser.viewport(1366, 1900);
        Screenshots.saveForReadme(browser, "ministry-dashboard");
        browser.viewport(1366, 900);
    }

    @Test
    void aPhaseChosenAboveThePageShowsThatPhaseAndAnAnalystOfOneMinistrySeesOnlyItsProgrammes() {
        browser.go("#/national");
        browser.select("[data-testid=view-phase]", "2026-2030");
        browser.waitUntil(() -> browser.hash().equals("#/national?phase=2026-2030"));
        JsonNode phase = analyst.get(reporting + "/api/v1/national/progress?phase=2026-2030");
        browser.awaitText("national-person-turns", () -> Shown.of(phase.at("/totals/personTurns/achieved"),
                phase.at("/totals/personTurns/target")));
        browser.awaitText("national-persons", () -> Shown.number(phase.at("/totals/persons/unique")));
        // the merged programme's live plan of 2026, not the programmes of 2021–2025
        browser.waitUntil(() -> browser.present("programme-" + MERGED) && !browser.present("programme-" + DTTS));

        // an analyst of the Ministry of Agriculture and Environment: its programmes, whatever the phase
        browser.signOut().signIn("bnnmt.analyst", DemoUsers.PASSWORD);
        assertThat(browser.hash()).isEqualTo("#/national");
        browser.awaitText("view-ministry", () -> "Các chương trình do Bộ Nông nghiệp và Môi trường chủ quản");
        browser.waitUntil(() -> browser.present("programme-" + MERGED) && !browser.present("programme-" + DTTS));
        JsonNode own = stack.as("bnnmt.analyst").get(reporting + "/api/v1/national/progress");
        browser.awaitText("national-person-turns", () -> Shown.of(own.at("/totals/personTurns/achieved"),
                own.at("/totals/personTurns/target")));
        assertThat(browser.scriptErrors()).isEmpty();
        browser.signOut().signIn("ubdt.analyst", DemoUsers.PASSWORD);
    }

    private static final String MERGED = "MTQG_NTM_GN_DTTS_2026_2035";
    private static final String DTTS = "MTQG_DTTS_MN_2021_2025";

    @Test
    void aPeriodChangesTheFiguresAndSetsThemBesideTheSameMonthsAYearBefore() {
        browser.go("#/national");
        browser.testId("period-table");
        browser.select("[data-testid=period-year]", "2024");
        JsonNode year = analyst.get(reporting + "/api/v1/national/report?from=2024-01&to=2024-12");
        browser.awaitText("period-TOTAL-person-turns", () -> Shown.number(year.at("/total/personTurns")));
        browser.awaitText("period-TOTAL-last-year", () -> Shown.number(year.at("/sameTimeLastYear/total/personTurns")));

        browser.select("[data-testid=period-quarter]", "2");
        JsonNode quarter = analyst.get(reporting + "/api/v1/national/report?from=2024-04&to=2024-06");
        browser.awaitText("period-TOTAL-person-turns", () -> Shown.number(quarter.at("/total/personTurns")));
        browser.awaitText("period-TOTAL-last-year", () -> Shown.number(quarter.at("/sameTimeLastYear/total/personTurns")));
        for (JsonNode line : quarter.path("programmes")) {
            String code = line.path("programmeCode").asString();
            browser.awaitText("period-" + code + "-person-turns", () -> Shown.number(line.path("personTurns")));
        }
        assertThat(browser.text("period-headline")).isEqualTo(quarter.at("/total/headlineVi").asString());

        browser.select("[data-testid=period-month]", "5");
        JsonNode may = analyst.get(reporting + "/api/v1/national/report?from=2024-05&to=2024-05");
        browser.awaitText("period-TOTAL-person-turns", () -> Shown.number(may.at("/total/personTurns")));
        assertThat(may.at("/total/personTurns").asLong()).isLessThanOrEqualTo(quarter.at("/total/personTurns").asLong());
        // the workbook of the period chosen
        browser.click("period-export");
        browser.waitUntil(() -> browser.testId("period-export").getAttribute("data-downloaded") != null);
        assertThat(browser.testId("period-export").getAttribute("data-downloaded"))
                .isEqualTo("tien-do-toan-quoc-2024-05-2024-05.xlsx");
    }

    @Test
    void aBarOfTheRankingChartOpensItsProvince() {
        browser.reopen("#/national");
        browser.waitUntil(() -> !browser.all("[data-testid=ranking-chart] svg path").isEmpty());
        JsonNode first = ranking(null).path("items").get(0);
        // the chart draws the table's first province at the top: its bar starts at the plot's left edge (110 px) in the
        // middle of the first band (16 px from the top, the bands sharing the height less 48 px of margins)
        int rows = ranking(null).path("items").size();
        int height = Math.max(220, 46 * rows + 60);
        int band = (height - 48) / rows;
        browser.clickAt("ranking-chart", 113, 16 + band / 2);
        browser.waitUntil(() -> browser.hash().equals("#/province?tenant=" + first.at("/province/tenantId").asString()));
        String name = first.at("/province/name").asString().replaceFirst("^Tỉnh ", "");
        browser.waitUntil(() -> browser.present("province-name") && browser.text("province-name").contains(name));
    }

    @Test
    void aChartIsSavedAsAPngPicture() throws IOException {
        browser.reopen("#/national");
        browser.waitUntil(() -> !browser.all("[data-testid=ranking-chart] svg path").isEmpty());
        assertThat(browser.text("ranking-chart-png")).isEqualTo("Tải ảnh PNG");
        browser.click("ranking-chart-png");
        byte[] picture = Files.readAllBytes(browser.awaitDownload("ranking-chart.png"));
        assertThat(picture).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        // drawn at twice the chart's size, the width in the PNG header's bytes 16–19
        long width = java.nio.ByteBuffer.wrap(picture, 16, 4).getInt();
        long shown = browser.testId("ranking-chart").getRect().getWidth();
        assertThat(width).isBetween(2 * shown - 2, 2 * shown + 2);
    }

    @Test
    void theMapColoursTheProvincesAsTheRankingDoesAndAClickOnOneOpensIt() {
        browser.reopen("#/national");
        mapAgreesWithTheRankingAndOpensTheFirstProvince(1366);
    }

    @Test
    void onAPhoneTheMapFitsTheScreenAndAClickOnAProvinceOpensIt() {
        browser.phone(390, 844);
        try {
            browser.go("#/national");
            browser.waitUntil(() -> browser.innerWidth() == 390);
            mapAgreesWithTheRankingAndOpensTheFirstProvince(390);
        } finally {
            browser.laptop();
        }
    }

    /**
     * The map says what the ranking says — each province with data under its own status in the legend, the 34
     * shapes counted once, the colours those of the ranking's bars — and the province ranked first (who needs
     * attention first) opens when its shape is clicked.
     */
    private void mapAgreesWithTheRankingAndOpensTheFirstProvince(int width) {
        JsonNode items = ranking(null).path("items");
        String first = items.get(0).at("/province/tenantId").asString();
        browser.waitUntil(() -> {
            String points = browser.present("province-map") ? browser.testId("province-map").getAttribute("data-points") : null;
            return points != null && points.contains("\"" + first + "\"");
        });
        browser.waitUntil(() -> !browser.all("[data-testid=ranking-chart] svg path").isEmpty());
        int shapes = 0;
        for (String key : List.of("OFF_TRACK", "AT_RISK", "NOT_ASSESSED", "ON_TRACK", "REACHED", "NO_DATA")) {
            if (browser.present("map-count-" + key)) {
                shapes += Integer.parseInt(browser.text("map-count-" + key).replaceAll("\\D", ""));
            }
        }
        assertThat(shapes).as("the 34 provinces of 1 July 2025, each once in the legend").isEqualTo(34);
        for (JsonNode row : items) {
            if (row.path("hasData").asBoolean(true) && !row.path("status").isNull()) {
                assertThat(browser.text("map-legend-" + row.path("status").asString()))
                        .as("the map's legend, where the ranking puts %s", row.at("/province/tenantId").asString())
                        .contains(row.at("/province/name").asString());
            }
        }
        // honest colours: every colour of a province on the map is one the ranking's bars have (or no data's grey)
        List<String> barFills = fills("[data-testid=ranking-chart] svg path");
        List<String> mapFills = fills("[data-testid=province-map] svg path");
        assertThat(mapFills).isNotEmpty();
        assertThat(barFills).containsAll(mapFills.stream().filter(fill -> !fill.equals(NO_DATA_FILL)).toList());
        assertThat(browser.fitsWidth()).as("the national dashboard with its map fits %s px", width).isTrue();
        assertThat(mapLayoutProblems(width)).as("the whole country on the map, the map in its card, at %s px", width)
                .isEmpty();
        assertThat(browser.scriptErrors()).isEmpty();
        Screenshots.save(browser, "national-map-" + width);
        if (width >= 1366) {
            Screenshots.saveForReadme(browser, "national-map", "province-map-figure");
            // "Tải ảnh PNG" beneath the map: the whole map, drawn at twice its size
            assertThat(browser.text("province-map-png")).isEqualTo("Tải ảnh PNG");
            browser.click("province-map-png");
            byte[] picture = readAll(browser.awaitDownload("province-map.png"));
            assertThat(picture).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            long pictureWidth = java.nio.ByteBuffer.wrap(picture, 16, 4).getInt();
            long shown = browser.testId("province-map").getRect().getWidth();
            assertThat(pictureWidth).isBetween(2 * shown - 2, 2 * shown + 2);
        }

        JsonNode point = analystJson(browser.testId("province-map").getAttribute("data-points")).path(first);
        browser.clickAt("province-map", point.get(0).asInt(), point.get(1).asInt());
        browser.waitUntil(() -> browser.hash().equals("#/province?tenant=" + first));
        String name = items.get(0).at("/province/name").asString().replaceFirst("^Tỉnh ", "");
        browser.waitUntil(() -> browser.present("province-name") && browser.text("province-name").contains(name));
    }

    /**
     * What is wrong with where the map is drawn, measured in the page (none when all is well): the map inside its
     * card; the whole country — every province's shape, the archipelagos' marks and their names, read in full —
     * inside the map's visible area and filling most of it; at a laptop's width the map large and its legend beside
     * it, on a phone the map as wide as its card. Measured again while the map settles (it is drawn anew on a resize).
     */
    private List<String> mapLayoutProblems(int width) {
        String script = """
                const wide = arguments[0] >= 1366;
                const problems = [];
                const box = element => element.getBoundingClientRect();
                const inside = (inner, outer, what) => {
                  if (inner.left < outer.left - 1 || inner.top < outer.top - 1 || inner.right > outer.right + 1
                      || inner.bottom > outer.bottom + 1) {
                    problems.push(`${what} ${JSON.stringify(inner)} outside ${JSON.stringify(outer)}`);
                  }
                };
                const figure = document.querySelector('[data-testid=province-map-figure]');
                const svg = document.querySelector('[data-testid=province-map] svg');
                const map = box(svg);
                inside(map, box(figure.closest('.card')), 'the map');
                const drawn = [...svg.querySelectorAll('path, text')].map(box).filter(r => r.width > 0 && r.height > 0);
                const country = drawn.reduce((all, r) => ({ left: Math.min(all.left, r.left), top: Math.min(all.top, r.top),
                  right: Math.max(all.right, r.right), bottom: Math.max(all.bottom, r.bottom) }),
                  { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity });
                inside(country, map, 'the country');
                if (Math.max((country.right - country.left) / map.width, (country.bottom - country.top) / map.height) < 0.85) {
                  problems.push(`the country fills little of its map: ${JSON.stringify(country)} in ${JSON.stringify(map)}`);
                }
                const texts = [...svg.querySelectorAll('text')];
                for (const text of texts) inside(box(text), map, `the name "${text.textContent}"`);
                const names = texts.map(text => text.textContent).join(' ');
                for (const part of ['Quần đảo Hoàng Sa', '(TP. Đà Nẵng)', 'Quần đảo Trường Sa', '(tỉnh Khánh Hòa)']) {
                  if (!names.includes(part)) problems.push(`no "${part}" on the map: ${names}`);
                }
                const card = box(figure);
                if (wide) {
                  const legend = box(document.querySelector('[data-testid=map-legend]'));
                  if (map.width < 0.4 * card.width) problems.push(`the map takes ${map.width} px of ${card.width}`);
                  if (legend.left < map.right) problems.push('the legend is not beside the map');
                  inside(legend, card, 'the legend');
                } else if (map.width < 0.9 * card.width) {
                  problems.push(`on a phone the map takes ${map.width} px of ${card.width}`);
                }
                return problems;
                """;
        @SuppressWarnings("unchecked")
        java.util.function.Supplier<List<String>> measure = () -> (List<String>) browser.js(script, width);
        try {
            browser.waitUntil(java.time.Duration.ofSeconds(8), () -> measure.get().isEmpty());
        } catch (org.openqa.selenium.TimeoutException notSettled) {
            // said below, with what is wrong
        }
        return measure.get();
    }

    /** No data's grey, as the ranking's chart and the map draw it. */
    private static final String NO_DATA_FILL = "#9aa5b1";

    /** The fills of the shapes {@code css} finds, each once. */
    private List<String> fills(String css) {
        return browser.all(css).stream().map(path -> path.getAttribute("fill"))
                .filter(fill -> fill != null && fill.startsWith("#") && !fill.equalsIgnoreCase("#fff")
                        && !fill.equalsIgnoreCase("#ffffff"))
                .map(String::toLowerCase).distinct().toList();
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode analystJson(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
    }

    @Test
    void theRankingFollowsTheChosenOrder() {
        browser.go("#/national");
        browser.select("[data-testid=ranking-order]", "PROGRESS");
        browser.waitUntil(() -> rowTenants().equals(rankedTenants("PROGRESS")));
        browser.select("[data-testid=ranking-order]", "SHORTFALL");
        browser.waitUntil(() -> rowTenants().equals(rankedTenants("SHORTFALL")));
        browser.select("[data-testid=ranking-order]", "NAME");
        browser.waitUntil(() -> rowTenants().equals(rankedTenants("NAME")));
    }

    @Test
    void aProgrammesCardOpensItsProvincesRankedAndTheAddressKeepsIt() {
        JsonNode programmes = analyst.get(reporting + "/api/v1/national/progress").path("programmes");
        String code = programmes.get(programmes.size() - 1).path("programmeCode").asString();
        browser.reopen("#/national");
        // a click on the card's body, not its link: the whole card opens the programme
        browser.click("programme-" + code + "-ON_TRACK");
        browser.waitUntil(() -> browser.hash().equals("#/national?programme=" + code));
        List<String> expected = new ArrayList<>();
        analyst.get(reporting + "/api/v1/national/provinces?size=50&order=STATUS&programmeCode=" + code).path("items")
                .forEach(row -> expected.add(row.at("/province/tenantId").asString()));
        browser.waitUntil(() -> rowTenants().equals(expected));
        assertThat(browser.testId("ranking-programme").getAttribute("value")).isEqualTo(code);
        // all programmes again: the address forgets the one chosen
        browser.select("[data-testid=ranking-programme]", "");
        browser.waitUntil(() -> rowTenants().equals(rankedTenants("STATUS")));
        assertThat(browser.hash()).isEqualTo("#/national");
    }

    @Test
    void theAnalystDrillsDownIntoAProvinceAndItsPlan() {
        browser.go("#/national");
        browser.click("drill-bac-ninh");
        browser.waitUntil(() -> browser.hash().equals("#/province?tenant=bac-ninh"));
        assertThat(browser.text("province-name")).isEqualTo("Tỉnh Bắc Ninh");
        browser.awaitText("kpi-person-turns", () -> {
            JsonNode p = analyst.get(reporting + "/api/v1/progress?tenant=bac-ninh").at("/totals/personTurns");
            return Shown.of(p.path("achieved"), p.path("target"));
        });
        // the live plan of 2026–2030 under the merged programme
        String planId = ProvinceDashboardIT.demoPlanId(stack.as("bacninh.viewer"), reporting, DemoData.BAC_NINH_DOCUMENT);
        browser.click("plan-link-" + planId);
        browser.awaitText("kpi-spent", () -> Shown.money(analyst.get(reporting + "/api/v1/progress/plans/" + planId
                + "?tenant=bac-ninh").at("/totals/budget/spentVnd")));
        // the analyst reads progress, not the province's records: no way to schedule or spend
        assertThat(browser.present("schedule-link")).isFalse();
        assertThat(browser.present("budget-link")).isFalse();
    }

    @Test
    void aProvincesCommunesAreListedWithTheirFiguresColouredByTheChosenMeasure() {
        browser.reopen("#/province?tenant=bac-ninh");
        communesAsTheApisAnswerThem(1366);
        Screenshots.saveForReadme(browser, "province-communes", "communes");
    }

    @Test
    void onAPhoneTheCommunesFitTheScreen() {
        browser.phone(390, 844);
        try {
            browser.go("#/province?tenant=bac-ninh");
            browser.waitUntil(() -> browser.innerWidth() == 390);
            communesAsTheApisAnswerThem(390);
        } finally {
            browser.laptop();
        }
    }

    /**
     * Bắc Ninh's communes as plan-service's catalogue has them today, each with the figures reporting-service gives
     * it — or "chưa có số liệu", never a zero it does not have — every commune with results listed even when the
     * catalogue lacks it, the legend counting each once, names and no codes; a measure chosen orders and colours
     * them by it.
     */
    private void communesAsTheApisAnswerThem(int width) {
        String asOf = analyst.get(reporting + "/api/v1/progress?tenant=bac-ninh").path("asOf").asString();
        JsonNode catalogue = analyst.get(stack.url("plan") + "/api/v1/reference/units?level=COMMUNE&province=bac-ninh"
                + "&validOn=" + asOf + "&size=500").path("items");
        JsonNode results = analyst.get(reporting + "/api/v1/progress/units?tenant=bac-ninh&level=COMMUNE&on=" + asOf
                + "&size=200").path("items");
        assertThat(catalogue.size()).as("the demo catalogue's communes of Bắc Ninh").isPositive();
        java.util.Map<String, JsonNode> byCode = new java.util.HashMap<>();
        results.forEach(row -> byCode.put(row.path("unitCode").asString(), row));
        browser.waitUntil(() -> browser.present("communes-table"));
        int withData = 0;
        for (JsonNode unit : catalogue) {
            String code = unit.path("code").asString();
            JsonNode row = byCode.get(code);
            browser.waitUntil(() -> browser.present("commune-" + code));
            assertThat(browser.text("commune-" + code)).contains(unit.path("name").asString());
            if (row == null) {
                assertThat(browser.testId("commune-" + code).getAttribute("data-colour")).isEqualTo("NO_DATA");
                assertThat(browser.text("commune-" + code + "-personTurns")).isEqualTo("Chưa có số liệu");
            } else {
                withData++;
                for (String measure : List.of("personTurns", "activitiesHeld", "uniquePersons")) {
                    browser.awaitText("commune-" + code + "-" + measure, () -> Shown.number(row.path(measure)));
                }
            }
        }
        for (JsonNode row : results) {
            if ("COMMUNE".equals(row.path("level").asString()) || !row.path("known").asBoolean()) {
                assertThat(browser.present("commune-" + row.path("unitCode").asString()))
                        .as("a commune with results is listed: %s", row.path("name").asString()).isTrue();
            }
        }
        int rows = browser.all("[data-testid=communes-table] tbody tr").size();
        assertThat(rows).isGreaterThanOrEqualTo(catalogue.size());
        if (withData < catalogue.size()) {
            assertThat(browser.text("communes-legend-NO_DATA")).startsWith("Chưa có số liệu");
        }
        int counted = browser.all("[data-testid=communes-legend] li").stream()
                .mapToInt(item -> Integer.parseInt(item.getText().replaceAll(".*\\((\\d+) xã\\)$", "$1"))).sum();
        assertThat(counted).as("the legend counts each commune once").isEqualTo(rows);
        assertThat(browser.text("communes")).doesNotContain("X-BAC-NINH").doesNotContain("X-SON-DONG");

        // by activities: the order follows it, and the commune that held most is drawn in the darkest colour shown
        browser.select("[data-testid=communes-measure]", "activitiesHeld");
        browser.waitUntil(() -> String.valueOf(browser.testId("communes-legend").getAttribute("aria-label"))
                .equals("Chú giải màu theo Hoạt động đã tổ chức"));
        List<Long> held = new ArrayList<>();
        for (WebElement row : browser.all("[data-testid=communes-table] tbody tr")) {
            if (!"NO_DATA".equals(row.getAttribute("data-colour"))) {
                String code = row.getAttribute("data-testid").substring("commune-".length());
                held.add(byCode.get(code).path("activitiesHeld").asLong());
            }
        }
        assertThat(held).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        if (!held.isEmpty() && held.get(0) > 0) {
            String top = browser.all("[data-testid=communes-table] tbody tr").get(0).getAttribute("data-colour");
            assertThat(top).isEqualTo("STEP_" + Math.min(4, held.get(0)));
        }
        assertThat(browser.fitsWidth()).as("the province dashboard with its communes fits %s px", width).isTrue();
        assertThat(browser.scriptErrors()).isEmpty();
        Screenshots.save(browser, "province-communes-" + width);
    }

    @Test
    void noLearnersPersonalDataReachesTheMinistrysPages() {
        List<String> learners = someLearnerNames();
        assertThat(learners).isNotEmpty();
        String planId = ProvinceDashboardIT.demoPlanId(stack.as("bacgiang.viewer"), reporting);
        for (String route : List.of("#/national", "#/province?tenant=bac-giang", "#/plans/" + planId + "?tenant=bac-giang")) {
            browser.go(route);
            browser.testId(route.startsWith("#/national") ? "national-person-turns" : "kpi-person-turns");
            browser.waitUntil(() -> browser.all("main .loading").isEmpty());
            String page = browser.mainText() + " " + browser.js("return document.documentElement.outerHTML");
            for (String name : learners) {
                assertThat(page).as(route).doesNotContain(name);
            }
            // an ID number (CCCD): twelve digits standing alone — not the last group of a plan's UUID, which is
            // twelve digits now and then (a 0.35 % chance per id)
            assertThat(page).as(route).doesNotContainPattern("(?<![\\w-])\\d{12}(?![\\w-])");
        }
        // and what the pages asked for: progress only, never learners, attendance or imports
        @SuppressWarnings("unchecked")
        List<String> calls = (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(calls).noneMatch(url -> url.contains("/participants") || url.contains("/enrolments")
                || url.contains("/imports") || url.contains("/training-events"));
    }

    @Test
    void thePlatformAdministratorSeesTheNationAndTheProvincesOnboarded() throws IOException {
        try (Browser admin = Browser.open(stack.baseUrl)) {
            admin.signIn("admin", DemoUsers.PASSWORD);
            assertThat(admin.hash()).isEqualTo("#/national");
            admin.testId("national-person-turns");
            admin.click("nav-tenants");
            admin.waitUntil(() -> admin.all("[data-testid=tenants] tbody tr").size() >= 4);
            assertThat(admin.text("tenants")).contains("Bắc Giang", "Bắc Ninh", "Lào Cai", "Sơn La", "Thanh Hóa");
            loadsTheCatalogueOfDistrictsAndCommunes(admin);
            // the platform administrator reads no province's progress: no drill-down links
            admin.click("nav-national");
            admin.testId("ranking");
            assertThat(admin.present("drill-bac-ninh")).isFalse();
        }
    }

    /** The statistics office's catalogue, uploaded as exported (XLSX, a title above the header): Lào Cai's units. */
    private void loadsTheCatalogueOfDistrictsAndCommunes(Browser admin) throws IOException {
        Path sheet = Files.createTempFile("danh-muc-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet rows = workbook.createSheet("Danh sách");
            String[][] cells = {
                    {"DANH MỤC ĐƠN VỊ HÀNH CHÍNH"},
                    {"Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp"},
                    {"Tỉnh Lào Cai", "10", "Huyện Bát Xát", "082", "Thị trấn Bát Xát", "02659", "Thị trấn"},
                    {"Tỉnh Lào Cai", "10", "Huyện Bát Xát", "082", "Xã A Mú Sung", "2662", "Xã"},
                    {"Tỉnh Lào Cai", "10", "Huyện Bát Xát", "", "Xã Nậm Chạc", "02665", "Xã"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = rows.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            try (var out = Files.newOutputStream(sheet)) {
                workbook.write(out);
            }
        }
        try {
            admin.upload("[data-testid=catalogue-file]", sheet);
            admin.click("catalogue-upload");
            admin.waitUntil(() -> admin.present("catalogue-report"));
            Screenshots.save(admin, "admin-catalogue");
            assertThat(admin.text("catalogue-rows")).isEqualTo("3");
            // the first load defines Bát Xát and two communes; a stack that saw this test before already has them
            assertThat(Integer.parseInt(admin.text("catalogue-districts")) + Integer.parseInt(admin.text("catalogue-communes"))
                    + Integer.parseInt(admin.text("catalogue-known"))).isEqualTo(3);
            assertThat(admin.text("catalogue-rejected")).contains("5", "Mã QH", "là bắt buộc");
            JsonNode batXat = stack.as("admin").get(stack.url("plan") + "/api/v1/reference/units/H-082");
            assertThat(batXat.path("parentCode").asString()).isEqualTo("P-10");
        } finally {
            Files.deleteIfExists(sheet);
        }
    }

    // ---------------------------------------------------------------- the API, read as the analyst

    private JsonNode national() {
        return analyst.get(reporting + "/api/v1/national/progress");
    }

    private JsonNode programme(String code) {
        for (JsonNode programme : national().path("programmes")) {
            if (programme.path("programmeCode").asString().equals(code)) {
                return programme;
            }
        }
        throw new IllegalStateException("no programme " + code);
    }

    /** The ranking in {@code order}; null: the API's default order. */
    private JsonNode ranking(String order) {
        return analyst.get(reporting + "/api/v1/national/provinces?size=50" + (order == null ? "" : "&order=" + order));
    }

    /** The class of a progress bar's fill for a count's status. */
    private static String barClass(JsonNode status) {
        return status == null || status.isNull() || status.isMissingNode() ? "bar-fill" : "bar-fill " + status.asString();
    }

    private JsonNode rankingRow(String tenant) {
        for (JsonNode row : ranking("PROGRESS").path("items")) {
            if (row.at("/province/tenantId").asString().equals(tenant)) {
                return row;
            }
        }
        throw new IllegalStateException("no province " + tenant);
    }

    private List<String> rankedTenants(String order) {
        List<String> tenants = new ArrayList<>();
        ranking(order).path("items").forEach(row -> tenants.add(row.at("/province/tenantId").asString()));
        return tenants;
    }

    private List<String> rowTenants() {
        List<String> tenants = new ArrayList<>();
        for (WebElement row : browser.all("[data-testid=ranking] tbody tr")) {
            tenants.add(row.getAttribute("data-tenant"));
        }
        return tenants;
    }

    /** Names of learners Bắc Giang's officer can read (the analyst never may). */
    private List<String> someLearnerNames() {
        Api officer = stack.as("bacgiang.officer");
        String enrolment = stack.url("enrolment");
        List<String> names = new ArrayList<>();
        for (JsonNode activity : officer.get(enrolment + "/api/v1/training-events?status=HELD&size=3").path("items")) {
            for (JsonNode learner : officer.get(enrolment + "/api/v1/training-events/" + activity.path("id").asString()
                    + "/enrolments?size=10").path("items")) {
                names.add(learner.path("fullName").asString());
            }
        }
        return names;
    }
}
