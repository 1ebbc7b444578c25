package vn.taphuan.kit.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.web.PageResponse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Endpoints shaped like the services' (a validated controller with a paged list, a JSON form of whole-VND amounts
 * and dates, an upload, a date parameter), so the kit's answers to bad input can be tested here.
 */
@RestController
@Validated
class ProbeFormsController {

    private final AggregateStore store;

    ProbeFormsController(AggregateStore store) {
        this.store = store;
    }

    @GetMapping("/api/v1/probe-list")
    @ProvinceRead
    PageResponse<String> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        List<String> ids = store.list(Probe.class, new Criteria(), Sort.by("_id"), page * size, size).stream().map(Probe::id).toList();
        return new PageResponse<>(ids, page, size, store.count(Probe.class, new Criteria()));
    }

    @PostMapping("/api/v1/probe-payments")
    @ProvinceWrite
    PaymentRequest pay(@Valid @RequestBody PaymentRequest request) {
        return request;
    }

    @PostMapping("/api/v1/probe-uploads")
    @ProvinceWrite
    Map<String, Long> upload(@RequestPart("file") MultipartFile file) {
        return Map.of("bytes", file.getSize());
    }

    @GetMapping("/api/v1/probe-days")
    @ProgressRead
    Map<String, Long> days(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return Map.of("days", ChronoUnit.DAYS.between(from, to));
    }

    /** A payment: whole VND, a count, a date, a kind and a document number. */
    record PaymentRequest(@NotNull @Positive Long amountVnd, int sessions, @NotNull LocalDate paidOn,
                          @NotNull Kind kind, @NotBlank String documentNumber, List<Line> lines) {
    }

    record Line(@NotNull Integer learners, String note) {
    }

    enum Kind { CENTRAL, PROVINCE }
}
