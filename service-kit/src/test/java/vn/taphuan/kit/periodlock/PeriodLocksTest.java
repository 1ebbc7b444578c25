package vn.taphuan.kit.periodlock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.store.TenantProjections;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule of locked periods as the owners of the data keep it: locked by an approval (and still by an acceptance),
 * unlocked by a return or a reopening, the report's version deciding between events heard late or twice; a write is
 * locked on the period's first and last day and free the day after; one province's lock binds no other.
 */
@ServiceIntegrationTest
class PeriodLocksTest {

    private static final String TENANT = "bac-giang";

    @Autowired
    TenantProjections projections;

    private PeriodLocks locks;
    private String programme;
    private String reportId;

    @BeforeEach
    void aProgrammeOfItsOwn() {
        locks = new PeriodLocks(projections);
        programme = "P_" + UUID.randomUUID().toString().substring(0, 8);
        reportId = TENANT + "." + programme + ".2025-Q3";
    }

    @Test
    void anApprovalLocksThePeriodFromItsFirstToItsLastDayInTheApproversName() {
        approve(3, 1);
        assertThat(lockOn(LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(lockOn(LocalDate.of(2025, 7, 1))).isPresent();
        assertThat(lockOn(LocalDate.of(2025, 9, 30))).hasValueSatisfying(lock -> {
            assertThat(lock.period().key()).isEqualTo("2025-Q3");
            assertThat(lock.approvedByName()).isEqualTo("Trần Thị Bình");
            assertThat(lock.approvedByRole()).isEqualTo(SignerRole.PROVINCE_ADMIN);
            assertThat(lock.revision()).isEqualTo(1);
        });
        assertThat(lockOn(LocalDate.of(2025, 10, 1))).isEmpty();
        assertThat(as("thanh-hoa", () -> locks.lockOn(programme, LocalDate.of(2025, 8, 1)))).isEmpty();
        assertThat(as(TENANT, () -> locks.lockOn("OTHER_" + programme, LocalDate.of(2025, 8, 1)))).isEmpty();
        assertThatThrownBy(() -> as(TENANT, () -> {
            locks.requireOpen(programme, LocalDate.of(2025, 8, 1), "spentOn");
            return null;
        })).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.kind()).isEqualTo(Refused.Kind.CONFLICT);
            assertThat(refused.problem()).isEqualTo("period-locked");
            assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("spentOn");
        });
    }

    @Test
    void anAcceptanceKeepsItLockedInTheNameOfTheProvincesApprover() {
        approve(3, 1);
        as(TENANT, () -> locks.accepted(reportId, programme, "2025-Q3", "2025-07-01", "2025-09-30", 1, "Phạm Minh Đức",
                SignerRole.MINISTRY_ANALYST, "2025-10-09T03:00:00Z", 4));
        assertThat(lockOn(LocalDate.of(2025, 8, 1))).hasValueSatisfying(lock ->
                assertThat(lock.approvedByName()).isEqualTo("Trần Thị Bình"));
    }

    @Test
    void aReturnOrAReopeningUnlocksAndALateOrRepeatedApprovalNeverLocksAgain() {
        approve(3, 1);
        assertThat(as(TENANT, () -> locks.unlocked(reportId, programme, "2025-Q3", 2, "REOPENED", 5))).isTrue();
        assertThat(lockOn(LocalDate.of(2025, 8, 1))).isEmpty();
        // the approval delivered again, after the reopening: older than what is stored, it changes nothing
        assertThat(approve(3, 1)).isFalse();
        assertThat(lockOn(LocalDate.of(2025, 8, 1))).isEmpty();
        // the re-submitted revision approved: locked again
        assertThat(approve(7, 2)).isTrue();
        assertThat(lockOn(LocalDate.of(2025, 8, 1))).hasValueSatisfying(lock ->
                assertThat(lock.revision()).isEqualTo(2));
        assertThat(as(TENANT, () -> locks.unlocked(reportId, programme, "2025-Q3", 2, "RETURNED", 8))).isTrue();
        assertThat(lockOn(LocalDate.of(2025, 8, 1))).isEmpty();
    }

    @Test
    void anApprovalWithoutItsDaysTakesThemFromThePeriodsId() {
        as(TENANT, () -> locks.approved(TENANT + "." + programme + ".2025-M03", programme, "2025-M03", null, null, 1,
                "Trần Thị Bình", SignerRole.PROVINCE_ADMIN, "2025-04-05T02:00:00Z", 3));
        assertThat(lockOn(LocalDate.of(2025, 3, 31))).isPresent();
        assertThat(lockOn(LocalDate.of(2025, 4, 1))).isEmpty();
    }

    private boolean approve(long reportVersion, int revision) {
        return as(TENANT, () -> locks.approved(reportId, programme, "2025-Q3", "2025-07-01", "2025-09-30", revision,
                "Trần Thị Bình", SignerRole.PROVINCE_ADMIN, "2025-10-05T02:30:00Z", reportVersion));
    }

    private Optional<LockedPeriod> lockOn(LocalDate day) {
        return as(TENANT, () -> locks.lockOn(programme, day));
    }

    private static <T> T as(String tenant, Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
            return work.get();
        }
    }
}
