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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Reads and writes an activity's roster pages: the one path by which enrolments change. A command runs on each page
 * it concerns; the pages it changed are written a few at a time, each with its one event, in one bulk write; pages
 * another request changed meanwhile are read again and the command run on them again. A store reply carries a few
 * pages at most, never a whole class. Only the stale pages are run again (the others stay written), so this is a
 * batch form of the kit's {@link AggregateStore#execute}, with its bound on attempts.
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
        Map<Integer, R> results = new HashMap<>();
        List<Integer> pending = group;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            Map<Integer, RosterPage> read = new LinkedHashMap<>();
            if (attempt == 1 && known.keySet().containsAll(pending)) {
                pending.forEach(page -> read.put(page, known.get(page)));
            } else {
                // first as this process last wrote them (an import's pages, then its completion); a page another
                // write changed since loses its race below and is read from the store
                read.putAll(read(event, pending, attempt == 1));
            }
            Map<RosterPage, List<RosterPage.Change>> changed = new LinkedHashMap<>();
            Map<Integer, R> attempted = new HashMap<>();
            for (int page : pending) {
                RosterPage roster = read.get(page);
                Applied<R> applied = command.apply(roster);
                attempted.put(page, applied.result());
                if (applied.changes().stream().anyMatch(RosterPage.Change::changed)) {
                    changed.put(roster, applied.changes());
                }
            }
            Set<String> stale = write(event, changed);
            List<Integer> again = new ArrayList<>();
            for (int page : pending) {
                if (stale.contains(RosterPage.idOf(event.id(), page))) {
                    again.add(page);
                } else {
                    results.put(page, attempted.get(page));
                }
            }
            if (!again.isEmpty() && attempt == AggregateStore.COMMAND_ATTEMPTS) {
                throw new StaleAggregate(RosterPage.idOf(event.id(), again.get(0)), read.get(again.get(0)).version());
            }
            pending = again;
        }
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
        return read(event, pages, false);
    }

    private Map<Integer, RosterPage> read(TrainingEvent event, Collection<Integer> pages, boolean toChange) {
        Map<Integer, RosterPage> read = new LinkedHashMap<>();
        List<String> ids = pages.stream().map(page -> RosterPage.idOf(event.id(), page)).toList();
        Map<String, RosterPage> stored = new HashMap<>();
        (toChange ? store.findAllToChange(RosterPage.class, ids) : store.findAll(RosterPage.class, ids))
                .forEach(page -> stored.put(page.id(), page));
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

    /** Writes the changed pages, each with its one event; returns the ids of those another write changed first. */
    private Set<String> write(TrainingEvent event, Map<RosterPage, List<RosterPage.Change>> changed) {
        List<AggregateStore.NewAggregate> inserts = new ArrayList<>();
        List<AggregateStore.Change> updates = new ArrayList<>();
        changed.forEach((page, changes) -> {
            List<Record> events = List.of(EnrolmentEvents.of(page, changes, event.sessionCount()));
            if (page.version() == 0) {
                inserts.add(new AggregateStore.NewAggregate(page, page.id(), events));
            } else {
                updates.add(new AggregateStore.Change(page, page.id(), page.version(), events));
            }
        });
        Set<String> stale = new java.util.HashSet<>(store.insertAll(inserts));
        stale.addAll(store.updateAll(updates));
        return stale;
    }
}
