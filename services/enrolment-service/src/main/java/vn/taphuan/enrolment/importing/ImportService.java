package vn.taphuan.enrolment.importing;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.taphuan.enrolment.EnrolmentProperties;
import vn.taphuan.enrolment.Text;
import vn.taphuan.enrolment.enrolment.EnrolmentService;
import vn.taphuan.enrolment.enrolment.RosterPage;
import vn.taphuan.enrolment.enrolment.SessionMark;
import vn.taphuan.enrolment.participant.Participant;
import vn.taphuan.enrolment.participant.ParticipantDetails;
import vn.taphuan.enrolment.participant.ParticipantForm;
import vn.taphuan.enrolment.participant.ParticipantService;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;
import vn.taphuan.enrolment.trainingevent.TrainingEventService;
import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.security.CurrentUser;
import vn.taphuan.kit.sheet.SheetProblems;
import vn.taphuan.kit.sheet.SheetReader;
import vn.taphuan.kit.sheet.SheetUpload;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.web.CorrelationFilter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Imports attendance sheets: each valid row registers (or recognises) the person, enrols them and records their
 * attendance; each invalid row is reported with its column and reason. Rows go through the same services as the
 * API in two passes: first the people, a chunk of rows at a time; then the roster, the rows of a few roster pages at
 * a time, so that every page of the activity is written once for the whole sheet — a 10,000-row sheet writes tens
 * of roster documents, not 10,000 — and progress can be watched throughout. Rows beyond the capacity are refused
 * (those of the last roster pages written). Importing the same sheet twice changes nothing the second time.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final Set<String> PRESENT = Set.of("x", "co", "comat", "1", "cm", "yes", "present");
    private static final Set<String> PRESENT_SYMBOLS = Set.of("✓", "✔", "☑", "+");
    private static final Set<String> ABSENT = Set.of("0", "v", "vang", "k", "khong", "vangcophep",
            "vangkhongphep", "cp", "kp", "no", "absent");

    /** No progress for this long means the import's thread is gone (the service was restarted). */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(10);
    /** Rows held by another request are given up this long after its hold could heal. */
    private static final Duration BUSY_GRACE = Duration.ofSeconds(5);
    private static final Duration BUSY_PAUSE_MAX = Duration.ofSeconds(5);
    /** Progress is told to pollers at most this often: a store write per chunk would cost more than it tells. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    private static final String INTERRUPTED = "Nhập dữ liệu bị gián đoạn; hãy tải lại tệp: các dòng đã nhập không bị tính hai lần "
            + "(the import was interrupted; upload the file again: rows already imported are not counted twice)";

    private final AggregateStore store;
    private final TrainingEventService events;
    private final ParticipantService participants;
    private final EnrolmentService enrolments;
    private final SheetReader sheets;
    private final TaskExecutor executor;
    private final EnrolmentProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    ImportService(AggregateStore store, TrainingEventService events, ParticipantService participants,
                  EnrolmentService enrolments, SheetReader sheets, @Qualifier("importExecutor") TaskExecutor importExecutor,
                  EnrolmentProperties properties, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.events = events;
        this.participants = participants;
        this.enrolments = enrolments;
        this.sheets = sheets;
        this.executor = importExecutor;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Checks the sheet's shape at once (a file without a name column or with sessions the activity does not have
     * is refused whole; one with too many rows is refused as soon as they are met), then imports its rows: in the
     * background, or before returning when {@code wait} is set. The sheet keeps its place among the few the service
     * holds until its import is over.
     */
    public ImportJob start(String trainingEventId, String fileName, byte[] content, boolean wait) {
        TrainingEvent event = events.get(trainingEventId).event();
        event.requireOpenForEnrolment();
        SheetUpload sheet = sheets.read(fileName, content, properties.importMaxRows());
        boolean handedOver = false;
        try {
            SheetLayout layout = SheetLayout.of(sheet.rows(), event.sessionCount());
            List<SheetReader.SheetRow> data = sheet.rows().stream()
                    .filter(row -> row.number() > layout.headerRow() && layout.isData(row)).toList();
            if (data.isEmpty()) {
                throw Refused.invalid("file", new ImportRefusal.NoDataRows());
            }
            if (data.size() > properties.importMaxRows()) {
                throw SheetProblems.tooManyRows(properties.importMaxRows());
            }
            String user = CurrentUser.get().map(CurrentUser::userId).orElse("system");
            ImportJob job = ImportJob.start(UUID.randomUUID().toString(), TenantContext.require(), trainingEventId,
                    fileName, user, layout.headerRow(), layout.headers(), data.size(), clock.instant());
            store.insert(job, job.id(), List.of());
            if (wait) {
                run(job.id(), event, layout, data);
            } else {
                executor.execute(inThisContext(() -> {
                    try (sheet) {
                        run(job.id(), event, layout, data);
                    }
                }));
                handedOver = true;
            }
            return get(job.id());
        } finally {
            if (!handedOver) {
                sheet.close();
            }
        }
    }

    /** The import as it stands; one the service was stopped in the middle of is reported as failed. */
    public ImportJob get(String jobId) {
        // on the latest state: an import that finished meanwhile is read again, not marked failed
        return store.execute(ImportJob.class, jobId, null, () -> {
            throw Refused.notFound(new ImportRefusal.NoSuchImport(jobId));
        }, job -> {
            if (!job.interrupted(clock.instant(), INTERRUPTED_AFTER)) {
                return Decision.unchanged();
            }
            job.fail(INTERRUPTED, clock.instant());
            return Decision.write(List.of());
        }).aggregate();
    }

    private void run(String jobId, TrainingEvent event, SheetLayout layout, List<SheetReader.SheetRow> data) {
        ImportJob job = get(jobId);
        Progress progress = new Progress(job);
        try {
            ParticipantForm form = participants.form();
            ParticipantForm.Defaults defaults = events.participantDefaults(event);
            // who: each row read, its person recognised or registered, a chunk of rows at a time
            List<Admitted> admitted = new ArrayList<>();
            Map<String, Integer> rowOfParticipant = new HashMap<>();
            for (int from = 0; from < data.size(); from += properties.importChunkSize()) {
                admitted.addAll(admit(job, layout, data.subList(from, Math.min(data.size(),
                        from + properties.importChunkSize())), form, defaults, rowOfParticipant));
                progress.tell();
            }
            // the roster: the rows of a few roster pages at a time, so each page is written once for the whole sheet
            Unsettled unsettled = new Unsettled(new ArrayList<>(), new ArrayList<>());
            for (List<Admitted> rows : byRosterPages(event, admitted)) {
                unsettled.add(enrol(job, event, layout, rows, false, true));
                progress.tell();
            }
            awaitBusy(job, progress, event, layout, unsettled.busy());
            // refused for want of a seat while another import held seats it then gave back (its rows were enrolled
            // by a third request meanwhile): tried once more now that those seats are free, so two sheets uploaded
            // at once fill the class exactly to its capacity
            for (List<Admitted> rows : byRosterPages(event, unsettled.full())) {
                enrol(job, event, layout, rows, true, false);
            }
            job.finish(clock.instant());
            meters.counter("enrolment.import.rows", "result", "accepted").increment(job.acceptedRows());
            meters.counter("enrolment.import.rows", "result", "rejected").increment(job.rejectedRows());
            meters.timer("enrolment.import.duration").record(Duration.ofMillis(job.elapsedMillis()));
        } catch (RuntimeException e) {
            // the reason stays in the log, under the request's correlation id: the officer can do nothing with it
            log.warn("import {} of training event {} failed", jobId, event.id(), e);
            job.fail(INTERRUPTED, clock.instant());
        }
        store.update(job, job.id(), job.version(), List.of());
    }

    /**
     * How far an import is, for those who poll it. Not a state change worth an audit entry: a plain update, at most
     * once per {@link #PROGRESS_EVERY} (the heartbeat that tells a live import from an interrupted one needs far less).
     */
    private final class Progress {

        private final ImportJob job;
        private Instant told = Instant.MIN;

        Progress(ImportJob job) {
            this.job = job;
        }

        void tell() {
            Instant now = clock.instant();
            if (told.plus(PROGRESS_EVERY).isAfter(now)) {
                return;
            }
            told = now;
            store.touch(ImportJob.class, job.id(), Map.of("processedRows", job.processedRows(), "heartbeatAt", now));
        }
    }

    /** A row whose person is known, waiting for the roster. */
    private record Admitted(SheetReader.SheetRow row, Participant participant, List<SessionMark> marks) {
    }

    /**
     * Reads the rows of one chunk and finds or registers their people; rejects bad rows, people who cannot be told
     * apart, and a person met on an earlier row.
     */
    private List<Admitted> admit(ImportJob job, SheetLayout layout, List<SheetReader.SheetRow> chunk,
                                 ParticipantForm form, ParticipantForm.Defaults defaults,
                                 Map<String, Integer> rowOfParticipant) {
        List<SheetReader.SheetRow> readRows = new ArrayList<>();
        List<ParticipantDetails> people = new ArrayList<>();
        List<List<SessionMark>> marks = new ArrayList<>();
        for (SheetReader.SheetRow row : chunk) {
            ParticipantForm.Result read = form.read(layout.raw(row), defaults);
            List<ImportJob.RowError> errors = new ArrayList<>();
            read.problems().forEach(p -> errors.add(rowError(row.number(), layout.columnName(p.field()), p.reason())));
            List<SessionMark> rowMarks = new ArrayList<>();
            layout.sessions().forEach((session, column) -> {
                Boolean present = presence(row.cell(column));
                if (present == null) {
                    errors.add(rowError(row.number(), layout.sessionColumnName(session),
                            new ImportRefusal.PresenceUnreadable(Text.clean(row.cell(column)))));
                } else {
                    rowMarks.add(new SessionMark(session, present));
                }
            });
            if (!errors.isEmpty()) {
                job.reject(layout.withoutNationalId(row), errors);
                continue;
            }
            readRows.add(row);
            people.add(read.details());
            marks.add(rowMarks);
        }

        List<ParticipantService.Resolution> resolutions = participants.resolveAll(people);
        List<Admitted> admitted = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (int i = 0; i < readRows.size(); i++) {
            SheetReader.SheetRow row = readRows.get(i);
            ParticipantService.Resolution resolution = resolutions.get(i);
            if (resolution instanceof ParticipantService.Refused refused) {
                job.reject(layout.withoutNationalId(row), List.of(rowError(row.number(),
                        layout.columnName(ParticipantForm.Field.NATIONAL_ID), refused.reason().reason())));
                continue;
            }
            ParticipantService.Found found = (ParticipantService.Found) resolution;
            created += found.created() ? 1 : 0;
            updated += found.updated() ? 1 : 0;
            Integer earlier = rowOfParticipant.putIfAbsent(found.participant().id(), row.number());
            if (earlier != null) {
                job.reject(layout.withoutNationalId(row), List.of(new ImportJob.RowError(row.number(),
                        layout.columnName(ParticipantForm.Field.FULL_NAME),
                        "trùng với dòng " + earlier + " (cùng một người)", "the same person as row " + earlier)));
                continue;
            }
            admitted.add(new Admitted(row, found.participant(), marks.get(i)));
        }
        job.participants(created, updated);
        return admitted;
    }

    /** The rows in groups of whole roster pages, a chunk each (and at most one page more), in page order. */
    private List<List<Admitted>> byRosterPages(TrainingEvent event, List<Admitted> admitted) {
        Map<Integer, List<Admitted>> byPage = new TreeMap<>();
        for (Admitted row : admitted) {
            byPage.computeIfAbsent(RosterPage.pageOf(row.participant().personKey(), event.rosterPages()),
                    page -> new ArrayList<>()).add(row);
        }
        List<List<Admitted>> groups = new ArrayList<>();
        List<Admitted> group = new ArrayList<>();
        for (List<Admitted> page : byPage.values()) {
            group.addAll(page);
            if (group.size() >= properties.importChunkSize()) {
                groups.add(group);
                group = new ArrayList<>();
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /**
     * Rows another request held are tried again until they are not: that request ends within a moment, or it died
     * (a service killed mid-import, the sheet uploaded again) and its hold heals once older than the seat-hold
     * timeout. Only then, if still held, are they refused — an officer who uploads a sheet again after a failure
     * gets every row in, not "try again" for the rows the failed upload had reached.
     */
    /** Rows not decided yet: held by another request, or (on a first try) refused because the class looked full. */
    private record Unsettled(List<Admitted> busy, List<Admitted> full) {
        void add(Unsettled other) {
            busy.addAll(other.busy);
            full.addAll(other.full);
        }
    }

    private void awaitBusy(ImportJob job, Progress progress, TrainingEvent event, SheetLayout layout,
                           List<Admitted> busy) {
        Instant giveUp = clock.instant().plus(properties.seatHoldTimeout()).plus(BUSY_GRACE);
        Duration pause = Duration.ofMillis(200);
        while (!busy.isEmpty()) {
            boolean lastTry = clock.instant().isAfter(giveUp);
            pause(pause);
            pause = pause.multipliedBy(2).compareTo(BUSY_PAUSE_MAX) > 0 ? BUSY_PAUSE_MAX : pause.multipliedBy(2);
            List<Admitted> stillBusy = new ArrayList<>();
            for (List<Admitted> rows : byRosterPages(event, busy)) {
                stillBusy.addAll(enrol(job, event, layout, rows, lastTry, false).busy());
            }
            busy = stillBusy;
            progress.tell();
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted while waiting for rows another request held", e);
        }
    }

    /**
     * Enrols the rows; answers those another request holds (refused as busy instead when {@code lastTry}) and, when
     * {@code deferFull}, those refused because the class is full (to be tried once more).
     */
    private Unsettled enrol(ImportJob job, TrainingEvent event, SheetLayout layout, List<Admitted> rows,
                            boolean lastTry, boolean deferFull) {
        List<EnrolmentService.Outcome> outcomes = enrolments.enrolAll(event.id(), rows.stream()
                .map(row -> new EnrolmentService.Candidate(row.participant(), row.marks())).toList());
        Unsettled unsettled = new Unsettled(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < outcomes.size(); i++) {
            EnrolmentService.Outcome outcome = outcomes.get(i);
            SheetReader.SheetRow row = rows.get(i).row();
            if (outcome instanceof EnrolmentService.NewlyEnrolled) {
                job.acceptedNew();
                job.attendanceOfNew(rows.get(i).marks().size());
            } else if (outcome instanceof EnrolmentService.AlreadyEnrolled known) {
                job.acceptedKnown(known.attendanceChanged());
            } else if (outcome instanceof EnrolmentService.Busy && !lastTry) {
                unsettled.busy().add(rows.get(i));
            } else if (outcome instanceof EnrolmentService.Full && deferFull) {
                unsettled.full().add(rows.get(i));
            } else {
                Violation reason = outcome instanceof EnrolmentService.Busy held ? held.reason()
                        : outcome instanceof EnrolmentService.Full full ? full.reason()
                        : ((EnrolmentService.Refused) outcome).reason();
                String column = reason.field().equals("sessions") && !layout.sessions().isEmpty()
                        ? layout.sessionColumnName(layout.sessions().keySet().iterator().next())
                        : layout.columnName(ParticipantForm.Field.FULL_NAME);
                job.reject(layout.withoutNationalId(row), List.of(rowError(row.number(), column, reason.reason())));
            }
        }
        return unsettled;
    }

    /** "x" present, blank absent; null when the cell says something else. */
    static Boolean presence(String cell) {
        String cleaned = Text.clean(cell);
        if (cleaned == null) {
            return false;
        }
        if (PRESENT_SYMBOLS.contains(cleaned)) {
            return true;
        }
        String key = Text.key(cleaned);
        if (key.isEmpty()) {
            return cleaned.equals("-") ? false : null;
        }
        if (PRESENT.contains(key)) {
            return true;
        }
        return ABSENT.contains(key) ? false : null;
    }

    /** The import runs on another thread as the same user, in the same province, under the same correlation id. */
    private static Runnable inThisContext(Runnable work) {
        String tenant = TenantContext.require();
        SecurityContext security = SecurityContextHolder.getContext();
        String correlation = CorrelationFilter.currentCorrelationId();
        return () -> {
            SecurityContextHolder.setContext(security);
            if (correlation != null) {
                MDC.put(CorrelationFilter.MDC_CORRELATION, correlation);
            }
            MDC.put(CorrelationFilter.MDC_TENANT, tenant);
            try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
                work.run();
            } finally {
                SecurityContextHolder.clearContext();
                MDC.remove(CorrelationFilter.MDC_CORRELATION);
                MDC.remove(CorrelationFilter.MDC_TENANT);
            }
        };
    }

    /** A row's error as the job keeps it: told in both languages once, when the row is read. */
    private static ImportJob.RowError rowError(int row, String column, Reason reason) {
        return new ImportJob.RowError(row, column, Catalogue.shared().render(reason, Catalogue.Language.VI),
                Catalogue.shared().render(reason, Catalogue.Language.EN));
    }
}
