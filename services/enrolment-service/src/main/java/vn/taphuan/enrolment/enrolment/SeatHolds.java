package vn.taphuan.enrolment.enrolment;

import org.springframework.stereotype.Component;
import vn.taphuan.enrolment.EnrolmentProperties;
import vn.taphuan.enrolment.trainingevent.SeatHold;
import vn.taphuan.enrolment.trainingevent.SeatReservation;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seats of an activity, exact under concurrency and crashes, without a list of holders and without a
 * multi-document transaction. The activity keeps a counter, {@code seatsTaken}, and the pending {@link SeatHold}s;
 * its writes are version-guarded, so two requests never both take the last seat.
 * <ol>
 *   <li><b>Hold.</b> Before a request writes the roster pages that enrol (or withdraw) people, it records a hold on
 *       the activity naming those enrolments. Enrolling takes the seats at once ({@code seatsTaken} grows, up to the
 *       capacity); withdrawing changes nothing yet. An enrolment named by another pending hold is refused as busy
 *       ("try again"), so while a hold is pending only its request changes whether that enrolment holds a seat.</li>
 *   <li><b>Write.</b> The request writes the pages; every enrolment it enrols or withdraws is marked with the hold's
 *       id ({@code Enrolment.seatHold}).</li>
 *   <li><b>Settle.</b> It removes the hold: a take gives back the seats of the enrolments it did not enrol (another
 *       request had enrolled them first, or the page write failed); a release frees the seats of those it withdrew.
 *       Then {@code seatsTaken} counts exactly the active enrolments again.</li>
 * </ol>
 * A request that dies between 1 and 3 leaves its hold: its seats stay taken, so the capacity still holds (some seats
 * are merely unavailable for a while). Once the hold is older than {@code enrolment.seat-hold-timeout}, the next
 * request that needs those seats or those enrolments heals it: it reads the enrolments' pages and settles the hold
 * from the marks — an enrolment counts as enrolled (or withdrawn) by the hold exactly when it is active (withdrawn)
 * and carries the hold's id. The timeout must exceed the time a request takes to write its pages (a chunk of an
 * import writes in well under a second).
 */
@Component
class SeatHolds {

    private final AggregateStore store;
    private final RosterPages pages;
    private final EnrolmentProperties properties;
    private final Clock clock;

    SeatHolds(AggregateStore store, RosterPages pages, EnrolmentProperties properties, Clock clock) {
        this.store = store;
        this.pages = pages;
        this.properties = properties;
        this.clock = clock;
    }

    /** The activity's pages changed while a request was computing enrolment ids from them: it starts again. */
    static final class RosterRepaged extends RuntimeException {
        RosterRepaged() {
            super("the roster was re-paged", null, false, false);
        }
    }

    /**
     * Seats a request holds, and the activity as its hold left it (with its stored version): the settlement starts
     * from there rather than from another read of the activity.
     */
    record Reserved(SeatReservation reservation, TrainingEvent event, long version) {

        SeatHold hold() {
            return reservation.hold();
        }
    }

    /**
     * Takes a seat for each enrolment while seats are left, starting from the activity as the caller read it.
     *
     * @throws RosterRepaged if the activity was rescheduled onto another number of pages since it was read
     */
    Reserved take(TrainingEvent event, List<String> enrolmentIds) {
        return hold(event, enrolmentIds, true);
    }

    /** Marks the enrolments as giving up their seats; freed when the hold settles. */
    Reserved release(TrainingEvent event, List<String> enrolmentIds) {
        return hold(event, enrolmentIds, false);
    }

    private Reserved hold(TrainingEvent read, List<String> enrolmentIds, boolean take) {
        if (enrolmentIds.isEmpty()) {
            return new Reserved(new SeatReservation(null, List.of(), List.of(), List.of()), read, read.version());
        }
        String holdId = UUID.randomUUID().toString();
        int rosterPages = read.rosterPages();
        return change(read, read.version(), event -> {
            if (event.rosterPages() != rosterPages) {
                throw new RosterRepaged();
            }
            Instant now = clock.instant();
            boolean healed = healIfNeeded(event, now, enrolmentIds, take);
            SeatReservation reservation = take ? event.takeSeats(holdId, enrolmentIds, now)
                    : event.releaseSeats(holdId, enrolmentIds, now);
            return reservation.hold() != null || healed ? Decision.bookkeeping(reservation)
                    : Decision.unchanged(reservation);
        });
    }

    /**
     * Settles the request's hold: {@code changed} are the enrolments its writes enrolled (take) or withdrew
     * (release). Nothing to do when the hold was healed meanwhile.
     */
    void settle(Reserved reserved, Collection<String> changed) {
        SeatHold hold = reserved.hold();
        if (hold != null) {
            change(reserved.event(), reserved.version(), event -> event.settle(hold.id(), changed)
                    ? Decision.bookkeeping(null) : Decision.unchanged());
        }
    }

    /**
     * The one path by which seats change: runs {@code change} on the activity (first as last read or written, then
     * as stored if another write got there first: the kit's {@link AggregateStore#executeFrom}) and writes it,
     * version-guarded, if it changed anything. Seats are bookkeeping of the roster's writes, which carry the events
     * and the audit entries: a seat write is one command, with nothing for the outbox relay.
     */
    private Reserved change(TrainingEvent known, long version, Function<TrainingEvent, Decision<SeatReservation>> change) {
        AggregateStore.Executed<TrainingEvent, SeatReservation> done =
                store.executeFrom(TrainingEvent.class, known.id(), known, version, change);
        return new Reserved(done.result(), done.aggregate(), done.version());
    }

    /**
     * Settles the request's own hold from what its pages now say, for a request whose writes failed midway: it
     * cannot tell which of them reached the store.
     */
    void settleFromPages(Reserved reserved) {
        if (reserved.hold() != null) {
            settle(reserved, changedBy(reserved.event(), reserved.hold()));
        }
    }

    /**
     * Heals holds older than the timeout when this request needs what they hold: seats (the activity looks full) or
     * one of its enrolments. Returns true if it settled any, in {@code event} (written by the caller).
     */
    private boolean healIfNeeded(TrainingEvent event, Instant now, List<String> enrolmentIds, boolean take) {
        List<SeatHold> stale = event.seatHoldsBefore(now.minus(properties.seatHoldTimeout()));
        if (stale.isEmpty()) {
            return false;
        }
        Set<String> wanted = new HashSet<>(enrolmentIds);
        boolean seatsShort = take && event.seatsTaken() + enrolmentIds.size() > event.schedule().capacity();
        boolean healed = false;
        for (SeatHold hold : stale) {
            if (seatsShort || hold.enrolmentIds().stream().anyMatch(wanted::contains)) {
                healed |= event.settle(hold.id(), changedBy(event, hold));
            }
        }
        return healed;
    }

    /** The enrolments of {@code hold} that its request's writes enrolled (take) or withdrew (release), read from the pages. */
    private Set<String> changedBy(TrainingEvent event, SeatHold hold) {
        Map<Integer, List<String>> byPage = hold.enrolmentIds().stream()
                .collect(Collectors.groupingBy(RosterPage::pageNumberOf, TreeMap::new, Collectors.toList()));
        List<Integer> numbers = new ArrayList<>(byPage.keySet());
        Set<String> changed = new HashSet<>();
        for (int from = 0; from < numbers.size(); from += RosterPages.GROUP) {
            pages.read(event, numbers.subList(from, Math.min(numbers.size(), from + RosterPages.GROUP)))
                    .forEach((number, page) -> byPage.get(number).forEach(id -> page.find(id)
                            .filter(e -> hold.id().equals(e.seatHold()) && (hold.kind() == SeatHold.Kind.TAKE
                                    ? e.status().active() : e.status() == EnrolmentStatus.WITHDRAWN))
                            .ifPresent(e -> changed.add(id))));
        }
        return changed;
    }

}
