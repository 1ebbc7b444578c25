package vn.taphuan.plan.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Versioned;
import vn.taphuan.kit.web.Versions;
import vn.taphuan.plan.plan.Plan;
import vn.taphuan.plan.plan.PlanContent;
import vn.taphuan.plan.plan.PlanRequests.ContentRequest;
import vn.taphuan.plan.plan.PlanResponses.PlanResponse;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Import of a plan from its text: read, review side by side, confirm into a draft plan. */
@RestController
@RequestMapping("/api/v1/plan-imports")
@Tag(name = "Nhập kế hoạch từ văn bản (plan import)")
@Validated
class PlanImportController {

    private final PlanImportService imports;

    PlanImportController(PlanImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    @ProvinceWrite
    @Operation(summary = "Đọc văn bản kế hoạch (read a plan's plain text, NFC or NFD, into a draft with the source span of every value)")
    ResponseEntity<ImportResponse> read(@RequestBody byte[] body,
                                        @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                        @RequestParam(required = false) String programmeCode) {
        // a text/plain body without a charset is read as UTF-8, the only encoding Vietnamese text arrives in today
        Charset charset = MediaType.parseMediaType(contentType).getCharset();
        String text = new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
        PlanImport reading = imports.read(text, programmeCode);
        return ResponseEntity.created(URI.create("/api/v1/plan-imports/" + reading.id()))
                .body(ImportResponse.of(reading, false));
    }

    @GetMapping("/{importId}")
    @ProvinceRead
    @Operation(summary = "Xem bản nhập cùng văn bản gốc (an import with its text, for side-by-side review)")
    ResponseEntity<ImportResponse> get(@PathVariable String importId) {
        PlanImport reading = imports.get(importId);
        return ResponseEntity.ok(ImportResponse.of(reading, true));
    }

    @GetMapping
    @ProvinceRead
    @Operation(summary = "Các bản nhập của tỉnh (the province's imports, newest first)")
    PageResponse<ImportSummary> list(@RequestParam(required = false) ImportStatus status,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PlanImportService.Page found = imports.list(status, page, size);
        return new PageResponse<>(found.items().stream().map(ImportSummary::of).toList(), page, size, found.total());
    }

    @PostMapping("/{importId}/confirmation")
    @ProvinceWrite
    @Operation(summary = "Xác nhận bản nhập thành kế hoạch nháp (confirm, with corrections, into a draft plan; once only; If-Match required)")
    ResponseEntity<PlanResponse> confirm(@PathVariable String importId,
                                         @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody ConfirmationRequest request) {
        Plan plan = imports.confirm(importId, Versions.required(ifMatch), request.content().toContent());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id()))
                .body(PlanResponse.of(plan));
    }

    record ConfirmationRequest(@NotNull @Valid ContentRequest content) {
    }

    /**
     * A reading of a plan's text.
     *
     * @param planId          the id the draft plan gets (has, once confirmed)
     * @param decomposedInput the text came in NFD; it was read as NFC and the spans quote it as sent
     * @param draft           the draft plan as read; send it back, corrected, as the confirmation's content
     * @param extractions     every value read: field, value, confidence, span (offsets in UTF-16 units and the quote)
     * @param findings        what could not be read or must be confirmed
     * @param textLength      length of the text in UTF-16 units
     * @param text            the text as sent (only when reading one import)
     */
    record ImportResponse(String importId, long version, ImportStatus status, String planId, String programmeHint,
                          boolean decomposedInput, PlanContent draft, List<ExtractionAnswer> extractions,
                          List<FindingAnswer> findings, int textLength, String text) implements Versioned {

        static ImportResponse of(PlanImport reading, boolean withText) {
            return new ImportResponse(reading.id(), reading.version(), reading.status(), reading.planId(),
                    reading.programmeHint(), reading.decomposedInput(), reading.draft(),
                    reading.extractions().stream().map(ExtractionAnswer::of).toList(),
                    reading.findings().stream().map(FindingAnswer::of).toList(), reading.text().length(),
                    withText ? reading.text() : null);
        }
    }

    /**
     * A value read, as the review shows it: the note rendered in both languages from its reason, and the reason's
     * code (null when the value is certain) for a client that tells the cases apart.
     */
    record ExtractionAnswer(String field, String value, Confidence confidence, Span span, String note, String noteEn,
                            String noteCode) {

        static ExtractionAnswer of(Extraction read) {
            ExtractionNote why = read.reason();
            return new ExtractionAnswer(read.field(), read.value(), read.confidence(), read.span(),
                    words(why, Catalogue.Language.VI), words(why, Catalogue.Language.EN), why == null ? null : why.code());
        }
    }

    /** What to confirm, as the review shows it: the message in both languages and the reason's code. */
    record FindingAnswer(String field, String message, String messageEn, Span span, String code) {

        static FindingAnswer of(Finding finding) {
            ImportFinding why = finding.reason();
            return new FindingAnswer(finding.field(), words(why, Catalogue.Language.VI), words(why, Catalogue.Language.EN),
                    finding.span(), why == null ? null : why.code());
        }
    }

    /** Null for no reason: a certain value, or a reading stored before reasons were (it kept no words to show). */
    private static String words(Reason reason, Catalogue.Language language) {
        return reason == null ? null : Catalogue.shared().render(reason, language);
    }

    record ImportSummary(String importId, long version, ImportStatus status, String planId, String programmeCode,
                         String title, int targetLines, int findings) {

        static ImportSummary of(PlanImport reading) {
            return new ImportSummary(reading.id(), reading.version(), reading.status(), reading.planId(),
                    reading.draft().programmeCode(), reading.draft().title(), reading.draft().targetLines().size(),
                    reading.findings().size());
        }
    }
}
