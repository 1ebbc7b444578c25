package vn.taphuan.reporting.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.PlatformAdmin;
import vn.taphuan.reporting.facts.DirtyPlans;
import vn.taphuan.reporting.facts.PlanFactsRepository;
import vn.taphuan.reporting.facts.PlanKey;

import java.util.Set;

/**
 * Operations on the projection. After a release that changes how figures are derived, every plan's figures are
 * derived again from the stored facts, without replaying the topics.
 */
@RestController
@Tag(name = "Quản trị (administration)")
class AdminController {

    private final PlanFactsRepository facts;
    private final DirtyPlans dirty;
    private final ProjectionRebuild rebuild;

    AdminController(PlanFactsRepository facts, DirtyPlans dirty, ProjectionRebuild rebuild) {
        this.facts = facts;
        this.dirty = dirty;
        this.rebuild = rebuild;
    }

    /** @param plans how many plans were queued */
    record Recompute(int plans) {
    }

    @PlatformAdmin
    @PostMapping("/api/v1/admin/figures/recompute")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Tính lại số liệu của mọi kế hoạch từ dữ kiện đã lưu (derive every plan's figures again from the stored facts)")
    Recompute recompute() {
        Set<PlanKey> plans = facts.allPlans();
        dirty.markAll(plans);
        return new Recompute(plans.size());
    }

    @PlatformAdmin
    @PostMapping("/api/v1/admin/projections/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Dựng lại toàn bộ số liệu từ nhật ký sự kiện (rebuild every projection by replaying the event log)")
    ProjectionRebuild.Status rebuild() {
        return rebuild.start();
    }

    @PlatformAdmin
    @GetMapping("/api/v1/admin/projections/rebuild")
    @Operation(summary = "Tiến độ dựng lại số liệu (progress of the rebuild from the event log)")
    ProjectionRebuild.Status rebuildStatus() {
        return rebuild.status();
    }
}
