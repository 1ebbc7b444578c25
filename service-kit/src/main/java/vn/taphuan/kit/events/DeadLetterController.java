package vn.taphuan.kit.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.PlatformAdmin;

import java.util.List;

/** The events this service refused, with the reasons, and their replay once the cause is mended (operators only). */
@RestController
@Validated
@Tag(name = "Sự kiện bị từ chối (dead letters)")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/v1/admin/dead-letters")
    @PlatformAdmin
    @Operation(summary = "Sự kiện bị từ chối chưa phát lại, kèm lý do (refused events not yet replayed, with the reasons)")
    public List<DeadLetters.Waiting> waiting(@RequestParam(defaultValue = "50") @Min(0) @Max(500) int limit) {
        return deadLetters.waiting(limit);
    }

    @PostMapping("/api/v1/admin/dead-letters/{deadLetterTopic}/replay")
    @PlatformAdmin
    @Operation(summary = "Chuyển lại các sự kiện bị từ chối cho bên nhận đã từ chối chúng (hand refused events back to "
            + "the consumer that refused them; consumers de-duplicate, an event refused again returns to the list)")
    public Replayed replay(@PathVariable String deadLetterTopic) {
        DeadLetters.Replay replay = deadLetters.replay(deadLetterTopic);
        return new Replayed(deadLetterTopic, replay.replayed(), replay.refusedAgain());
    }

    /** How many refused events the consumer took this time, and how many it refused again (waiting once more). */
    public record Replayed(String deadLetterTopic, long replayed, long refusedAgain) {
    }
}
