package vn.taphuan.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.taphuan.reporting.periodreport.Cadence;
import vn.taphuan.reporting.periodreport.DeadlineRule;
import vn.taphuan.reporting.periodreport.ReportingCalendar;
import vn.taphuan.reporting.progress.ForecastRule;
import vn.taphuan.reporting.progress.ForecastRules;
import vn.taphuan.reporting.progress.Ministries;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings of the reporting service ({@code reporting.*}).
 *
 * @param forecast how forecasts judge a target (see {@code ForecastRule})
 * @param refresh  how quickly figures follow the facts
 * @param live       the Server-Sent Events streams
 * @param ministries the ministries owning programmes, by the code a ministry analyst's {@code ministry} claim names;
 *                   the unique persons of each are counted as events arrive, so a change here counts from a rebuild
 * @param periods    the periods each programme reports and their deadlines (see {@link Periods})
 */
@ConfigurationProperties("reporting")
public record ReportingProperties(Forecast forecast, Refresh refresh, Live live, Map<String, Ministry> ministries,
                                  Periods periods) {

    public ReportingProperties {
        ministries = ministries == null ? Map.of() : Map.copyOf(ministries);
        periods = periods == null ? new Periods(null, null) : periods;
        forecast = forecast == null ? new Forecast(null, null, null) : forecast;
        refresh = refresh == null ? new Refresh(null, null, null, null) : refresh;
        live = live == null ? new Live(null, null, null) : live;
    }

    /**
     * @param atRiskPercent      a projection reaching at least this share of the target is AT_RISK rather than
     *                           OFF_TRACK (default 80)
     * @param minObservationDays before this many days of a plan's period have passed there is no run rate to judge
     *                           by (default 30)
     * @param programmes         thresholds of a programme of its own, by programme code; what a programme leaves
     *                           unset is the default above
     */
    public record Forecast(Integer atRiskPercent, Integer minObservationDays, Map<String, Thresholds> programmes) {
        public Forecast {
            atRiskPercent = atRiskPercent == null ? 80 : atRiskPercent;
            minObservationDays = minObservationDays == null ? 30 : minObservationDays;
            programmes = programmes == null ? Map.of() : Map.copyOf(programmes);
        }

        /** The status rule of every programme. */
        public ForecastRules rules() {
            Map<String, ForecastRule> byProgramme = new HashMap<>();
            programmes.forEach((code, own) -> byProgramme.put(code, new ForecastRule(
                    own.atRiskPercent() == null ? atRiskPercent : own.atRiskPercent(),
                    own.minObservationDays() == null ? minObservationDays : own.minObservationDays())));
            return new ForecastRules(new ForecastRule(atRiskPercent, minObservationDays), byProgramme);
        }
    }

    /**
     * @param name       as it is called, e.g. {@code Bộ Nông nghiệp và Môi trường}
     * @param programmes codes of the programmes it owns
     */
    public record Ministry(String name, java.util.List<String> programmes) {
        public Ministry {
            programmes = programmes == null ? java.util.List.of() : java.util.List.copyOf(programmes);
        }
    }

    /** The owning ministries, as the views and the counts of persons read them. */
    public Ministries owners() {
        java.util.List<Ministries.Ministry> list = new java.util.ArrayList<>();
        ministries.forEach((code, m) -> list.add(new Ministries.Ministry(code, m.name(),
                java.util.Set.copyOf(m.programmes()))));
        return new Ministries(list);
    }

    /**
     * The periodic reports: for each cadence a programme reports, when its report is due (on {@code day} of the
     * month {@code monthsAfter} months after the period's last month).
     *
     * @param defaults   the rules of a programme without rules of its own
     * @param programmes a programme's own rules, by programme code: they replace the defaults for it
     */
    public record Periods(Map<Cadence, Due> defaults, Map<String, Map<Cadence, Due>> programmes) {
        public Periods {
            defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
            programmes = programmes == null ? Map.of() : Map.copyOf(programmes);
        }

        /** The rules as the reports read them. */
        public ReportingCalendar calendar() {
            Map<String, Map<Cadence, DeadlineRule>> own = new HashMap<>();
            programmes.forEach((code, rules) -> own.put(code, rulesOf(rules)));
            return new ReportingCalendar(rulesOf(defaults), own);
        }

        private static Map<Cadence, DeadlineRule> rulesOf(Map<Cadence, Due> rules) {
            Map<Cadence, DeadlineRule> out = new HashMap<>();
            rules.forEach((cadence, due) -> out.put(cadence, new DeadlineRule(due.monthsAfter(), due.day())));
            return out;
        }
    }

    /** A report's deadline: {@code day} of the month {@code monthsAfter} months after the period (default 1). */
    public record Due(Integer monthsAfter, Integer day) {
        public Due {
            monthsAfter = monthsAfter == null ? 1 : monthsAfter;
            if (day == null) {
                throw new IllegalArgumentException("reporting.periods: a deadline needs its day");
            }
        }
    }

    /** A programme's own thresholds; null leaves the default. */
    public record Thresholds(Integer atRiskPercent, Integer minObservationDays) {
    }

    /**
     * @param pollInterval how often figures are refreshed when no event woke the refresher (changes made by other
     *                     replicas)
     * @param debounce     how long the refresher waits after a wake-up, so a burst of events is one refresh
     * @param readWindow   how long the views reuse what one request read of the figures, the persons and the
     *                     freshness, so that many readers at once do not each read them (default 100 ms; zero reads
     *                     every time)
     * @param exportWindow how long a nationwide workbook once built is handed out before it is built again from the
     *                     figures of the moment (default 1 s; zero builds it whenever they moved): under load the
     *                     figures move many times a second and a workbook costs tens of milliseconds to build
     */
    public record Refresh(Duration pollInterval, Duration debounce, Duration readWindow, Duration exportWindow) {
        public Refresh {
            pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
            debounce = debounce == null ? Duration.ofMillis(50) : debounce;
            readWindow = readWindow == null ? Duration.ofMillis(100) : readWindow;
            exportWindow = exportWindow == null ? Duration.ofSeconds(1) : exportWindow;
        }
    }

    /**
     * @param heartbeat   comment sent on idle streams so proxies keep them open
     * @param timeout     a stream is closed after this long; EventSource reconnects by itself
     * @param maxStreams  open streams per replica; more are refused with 503
     */
    public record Live(Duration heartbeat, Duration timeout, Integer maxStreams) {
        public Live {
            heartbeat = heartbeat == null ? Duration.ofSeconds(20) : heartbeat;
            timeout = timeout == null ? Duration.ofMinutes(30) : timeout;
            maxStreams = maxStreams == null ? 1000 : maxStreams;
        }
    }
}
