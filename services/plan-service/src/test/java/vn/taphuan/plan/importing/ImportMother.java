package vn.taphuan.plan.importing;

import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.plan.programme.ProgrammeMother;
import vn.taphuan.plan.unit.UnitMother;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real plans (copied from the domain sources, and an unseen official plan) and the reference data an importing province sees. */
final class ImportMother {

    static final String BAC_GIANG = "plans/bac-giang-2023-dtts-training-plan.txt";
    static final String NTM = "plans/ntm-2021-2025-cadre-training-plan.txt";
    static final String REVIEW_1956 = "plans/decision-1956-national-review-2024.txt";
    /** An official-format plan the parser was not written from: its rules had to read it as they read any plan. */
    static final String LAO_CAI = "plans/lao-cai-2024-dtts-training-plan.txt";

    /** The demo's 2026–2030 plan under the merged programme (a demo text, not a real document). */
    static final String BAC_NINH_2026 = "plans/bac-ninh-2026-mtqg-training-plan.txt";

    /** The words a reason shows on the review page in Vietnamese, to check they read as they always have. */
    static String vi(Reason reason) {
        return Catalogue.shared().render(reason, Catalogue.Language.VI);
    }

    /** The same in English. */
    static String en(Reason reason) {
        return Catalogue.shared().render(reason, Catalogue.Language.EN);
    }

    static String text(String resource) {
        try (InputStream in = ImportMother.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a Bắc Giang officer's import sees: the seeded catalogue and Bắc Giang's units. */
    static ParsingContext bacGiang() {
        return context("bac-giang", null);
    }

    /** What a Lào Cai officer's import sees: the seeded catalogue and Lào Cai's units (no districts are seeded). */
    static ParsingContext laoCai() {
        return context("lao-cai", null);
    }

    static ParsingContext context(String province, String programmeHint) {
        return new ParsingContext(List.of(ProgrammeMother.dttsMn(), ProgrammeMother.ntm(), ProgrammeMother.commune1956(),
                ProgrammeMother.merged()),
                programmeHint, UnitMother.seeds().entrySet().stream()
                .filter(e -> e.getValue().provinceTenantId().equals(province))
                .map(e -> new KnownUnit(e.getKey(), e.getValue())).toList());
    }

    private ImportMother() {
    }
}
