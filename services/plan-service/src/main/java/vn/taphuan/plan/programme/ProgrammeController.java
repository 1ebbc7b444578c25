package vn.taphuan.plan.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import vn.taphuan.kit.security.AnyUser;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/reference/programmes")
@Tag(name = "Danh mục chương trình (programme catalogue)")
class ProgrammeController {

    private final ProgrammeCatalog catalog;

    ProgrammeController(ProgrammeCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @AnyUser
    @Operation(summary = "Các chương trình mục tiêu quốc gia (programmes plans are made under)")
    List<Programme> all() {
        return catalog.all();
    }
}
