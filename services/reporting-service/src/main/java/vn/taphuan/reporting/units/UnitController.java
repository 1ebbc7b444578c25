package vn.taphuan.reporting.units;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Params;

import java.time.LocalDate;

@RestController
@Tag(name = "Tiến độ của tỉnh (a province's progress)")
class UnitController {

    private final UnitProgressService units;

    UnitController(UnitProgressService units) {
        this.units = units;
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/units")
    @Operation(summary = "Kết quả theo địa bàn, quy về đơn vị hành chính hiện hành (results by administrative unit, rolled up through the 2025 reorganisation)")
    PageResponse<UnitBreakdown.UnitRow> units(@RequestParam(required = false) String planId,
                                              @RequestParam(required = false) String programmeCode,
                                              @Parameter(description = "DISTRICT | COMMUNE | VILLAGE (default COMMUNE)") @RequestParam(required = false) String level,
                                              @Parameter(description = "the day whose map is used, yyyy-MM-dd (default today)") @RequestParam(required = false) String on,
                                              @RequestParam(required = false) String page,
                                              @RequestParam(required = false) String size) {
        Params params = new Params();
        UnitLevel unitLevel = params.enumOf("level", level, UnitLevel.class);
        LocalDate day = params.date("on", on);
        int pageNumber = params.page(page);
        int pageSize = params.size(size, 50);
        params.check();
        return units.units(planId, programmeCode,
                unitLevel == null ? UnitLevel.COMMUNE : unitLevel, day, pageNumber, pageSize);
    }
}
