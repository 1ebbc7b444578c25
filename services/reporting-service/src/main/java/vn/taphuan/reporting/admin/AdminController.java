package vn.taphuan.reporting.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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

    AdminController(PlanFactsRepository facts, DirtyPlans dirty) {
        this.facts = facts;
        this.dirty = dirty;
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
        plans.forEach(dirty::mark);
        return new Recompute(plans.size());
    }
}
