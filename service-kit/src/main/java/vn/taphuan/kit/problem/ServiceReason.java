package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;

/**
 * Why the platform's edge answers a request with a problem that is not about its input: access, versions, the
 * service's state, what the server or its libraries refuse. The words are in the kit's catalogues, beside the titles
 * of the problems ({@code title.<code>}). Numbers that are identifiers (a version, a status) travel as text.
 */
public sealed interface ServiceReason extends Reason {

    record RequestUnreadable() implements ServiceReason {
    }

    record SignInFirst() implements ServiceReason {
    }

    /** The same, in English with what the token check said (the Vietnamese keeps to what the officer can do). */
    record SignInFirstBecause(String reasonEn) implements ServiceReason {
    }

    record MissingOrInvalid() implements ServiceReason {
    }

    record RoleNotAllowed() implements ServiceReason {
    }

    record NoResource(String path) implements ServiceReason {
    }

    record CannotAnswerInAcceptedFormat() implements ServiceReason {
    }

    record RequestTooSlow() implements ServiceReason {
    }

    record ContentTypeNotAccepted() implements ServiceReason {
    }

    record SendContentAs(String supported) implements ServiceReason {
    }

    record TooManyRequests() implements ServiceReason {
    }

    record BusyOrStarting() implements ServiceReason {
    }

    record UnexpectedError() implements ServiceReason {
    }

    record UnexpectedErrorTraced(String correlationId) implements ServiceReason {
    }

    record RequestRefused(String status) implements ServiceReason {
    }

    record AddressDoesNotTake(String method) implements ServiceReason {
    }

    record ContentLargerThanAllowed() implements ServiceReason {
    }

    record ContentLargerThan(String limit) implements ServiceReason {
    }

    /** What the service is busy with, e.g. {@link ReadingOtherFiles}. */
    record ServiceBusy(Reason doing, long seconds) implements ServiceReason {
    }

    /** The same, said of the field. */
    record ServiceBusyWith(Reason doing, long seconds) implements ServiceReason {
    }

    record ReadingOtherFiles() implements ServiceReason {
    }

    record ChangedBySomeoneElse(String id, String version) implements ServiceReason {
    }

    record VersionStale() implements ServiceReason {
    }

    record RecordChangedReload() implements ServiceReason {
    }

    record RecordIdExists() implements ServiceReason {
    }

    record WriteNeedsReadVersion(String header) implements ServiceReason {
    }

    record RequiredSendReadVersion() implements ServiceReason {
    }

    record StoreNotAnswering(long seconds) implements ServiceReason {
    }

    /** The store went away while a change was on its way: it may have been made, and the caller cannot tell. */
    record StoreLostAnswer(long seconds) implements ServiceReason {
    }

    record IdempotencyKeyReused() implements ServiceReason {
    }

    record InvalidTenantId(String named) implements ServiceReason {
    }

    record AccountWithoutProvince() implements ServiceReason {
    }

    record OtherProvincesData(String named) implements ServiceReason {
    }

    record UnknownTenant(String id) implements ServiceReason {
    }

    record TenantDisabled(String name, String tenant, LocalDate on) implements ServiceReason {
    }

    record DeadLetterTopicNotFound(String topic) implements ServiceReason {
    }
}
