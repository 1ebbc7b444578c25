package vn.taphuan.enrolment.enrolment;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.StaleAggregate;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Reads and writes an activity's roster pages: the one path by which enrolments change. A command runs on each page
 * it concerns; the pages it changed are written a few at a time, each with its one event, in one bulk write; pages
 * another request changed meanwhile are read again and the command run on them again. A store reply carries a few
 * pages at most, never a whole class. Only the stale pages are run again (the others stay written): the kit's batch
 * command path, {@link AggregateStore#changeAll}.
 */
@Component
class RosterPages {

    /** Pages read (and written) per round trip: about 2,000 enrolments at most. */
    static final int GROUP = 8;

    private final AggregateStore store;
    private final MongoConverter converter;

    RosterPages(AggregateStore store, MongoConverter converter) {
        this.store = store;
        this.converter = converter;
    }

    /** What a command did to one page, and what it reports. */
    record Applied<R>(List<RosterPage.Change> changes, R result) {
    }

    /** A command on one page; run again on a fresh read if another request wrote the page first. */
    @FunctionalInterface
    interface PageCommand<R> {
        Applied<R> apply(RosterPage page);
    }

    static RosterPage.Activity activityOf(TrainingEvent event) {
        return new RosterPage.Activity(event.id(), event.planId(), event.targetLineId(), event.activityKind(),
                event.programmeCode());
    }

    /**
     * Runs {@code command} on each of the activity's {@code pages} and writes what it changed; returns each page's
     * result, from the run that was written.
     *
     * @throws StaleAggregate if a page kept changing under every attempt
     */
    <R> Map<Integer, R> apply(TrainingEvent event, Collection<Integer> pages, PageCommand<R> command) {
        return apply(event, pages, Map.of(), command);
    }

    /**
     * As {@link #apply(TrainingEvent, Collection, PageCommand)}, starting from pages the caller has just read (the
     * others are read here); a page written meanwhile is simply read again.
     */
    <R> Map<Integer, R> apply(TrainingEvent event, Collection<Integer> pages, Map<Integer, RosterPage> known,
                              PageCommand<R> command) {
        List<Integer> ordered = new ArrayList<>(new TreeSet<>(pages));
        Map<Integer, R> results = new LinkedHashMap<>();
        for (int from = 0; from < ordered.size(); from += GROUP) {
            List<Integer> group = ordered.subList(from, Math.min(ordered.size(), from + GROUP));
            results.putAll(applyToGroup(event, group, known, command));
        }
        return results;
    }

    private <R> Map<Integer, R> applyToGroup(TrainingEvent event, List<Integer> group, Map<Integer, RosterPage> known,
                                             PageCommand<R> command) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, RosterPage> given = new HashMap<>();
        for (int page : group) {
            String id = RosterPage.idOf(event.id(), page);
            numbers.put(id, page);
            if (known.containsKey(page)) {
                given.put(id, known.get(page));
            }
        }
        String tenant = TenantContext.require();
        AggregateStore.ChangedAll<R> done = store.changeAll(RosterPage.class, numbers.keySet(), given, (id, stored) -> {
            RosterPage page = stored != null ? stored : RosterPage.empty(tenant, activityOf(event), numbers.get(id));
            Applied<R> applied = command.apply(page);
            if (applied.changes().stream().noneMatch(RosterPage.Change::changed)) {
                return AggregateStore.Outcome.unchanged(applied.result());
            }
            // a page is written with its one event
            return new AggregateStore.Outcome<>(page, page.version(),
                    List.of(EnrolmentEvents.of(page, applied.changes(), event.sessionCount())), applied.result());
        });
        if (!done.foreign().isEmpty()) {
            throw new IllegalStateException("roster pages " + done.foreign() + " of activity " + event.id()
                    + " belong to another province");
        }
        Map<Integer, R> results = new HashMap<>();
        done.results().forEach((id, result) -> results.put(numbers.get(id), result));
        return results;
    }

    /** The pages with these numbers, as stored, read {@value #GROUP} at a time; a page never written yet is empty. */
    Map<Integer, RosterPage> readAll(TrainingEvent event, Collection<Integer> pages) {
        List<Integer> ordered = new ArrayList<>(new TreeSet<>(pages));
        Map<Integer, RosterPage> read = new LinkedHashMap<>();
        for (int from = 0; from < ordered.size(); from += GROUP) {
            read.putAll(read(event, ordered.subList(from, Math.min(ordered.size(), from + GROUP))));
        }
        return read;
    }

    /** The pages with these numbers, as stored, in one round trip; a page never written yet is empty. */
    Map<Integer, RosterPage> read(TrainingEvent event, Collection<Integer> pages) {
        Map<Integer, RosterPage> read = new LinkedHashMap<>();
        List<String> ids = pages.stream().map(page -> RosterPage.idOf(event.id(), page)).toList();
        Map<String, RosterPage> stored = new HashMap<>();
        store.findAll(RosterPage.class, ids).forEach(page -> stored.put(page.id(), page));
        for (int page : pages) {
            RosterPage found = stored.get(RosterPage.idOf(event.id(), page));
            read.put(page, found != null ? found
                    : RosterPage.empty(TenantContext.require(), activityOf(event), page));
        }
        return read;
    }

    Optional<RosterPage> find(String pageId) {
        return store.find(RosterPage.class, pageId);
    }

    /** Each page's tally, read without its entries; pages never written are left out. */
    Map<Integer, RosterPage.Tally> tallies(TrainingEvent event) {
        List<String> ids = IntStream.range(0, event.rosterPages()).mapToObj(page -> RosterPage.idOf(event.id(), page))
                .toList();
        Map<Integer, RosterPage.Tally> tallies = new LinkedHashMap<>();
        for (Document page : store.fieldsOf(RosterPage.class, ids, "page", "tally")) {
            Document tally = page.get("tally", Document.class);
            if (tally != null) {
                tallies.put(page.getInteger("page"), converter.read(RosterPage.Tally.class, tally));
            }
        }
        return tallies;
    }

    /** The whole activity's tally. */
    RosterPage.Tally tally(TrainingEvent event) {
        return tallies(event).values().stream().reduce(RosterPage.Tally.EMPTY, RosterPage.Tally::plus);
    }
}
