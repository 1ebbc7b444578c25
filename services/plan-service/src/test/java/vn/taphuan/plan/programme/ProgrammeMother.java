package vn.taphuan.plan.programme;

import vn.taphuan.plan.legal.DocumentKind;
import vn.taphuan.plan.legal.LegalBasis;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** Programmes as the catalogue seeds them. */
public final class ProgrammeMother {

    public static ProgrammeDefinition dttsMnDefinition() {
        return new ProgrammeDefinition("Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào DTTS&MN, Dự án 5, Tiểu dự án 4",
                "MTQG DTTS&MN", List.of(new LegalBasis(DocumentKind.DECISION, "752/QĐ-UBDT", LocalDate.of(2022, 10, 11),
                "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", null)),
                LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31),
                List.of(new TargetAudience(TargetGroup.COMMUNITY, List.of(), "Cộng đồng"),
                        new TargetAudience(TargetGroup.CADRE, List.of(CadreLevel.values()), "Cán bộ các cấp")),
                List.of(), new ActivityRules(null, null, 80),
                List.of("vùng đồng bào dân tộc thiểu số và miền núi", "DTTS&MN", "752/QĐ-UBDT", "Tiểu dự án 4 Dự án 5"));
    }

    public static ProgrammeDefinition ntmDefinition() {
        return new ProgrammeDefinition("Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025", "MTQG NTM",
                List.of(), LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31),
                List.of(new TargetAudience(TargetGroup.CADRE, List.of(CadreLevel.values()), "Cán bộ xây dựng NTM các cấp")),
                List.of(new TopicGroup("Nhóm các nội dung cơ bản về xây dựng NTM", 6, List.of()),
                        new TopicGroup("Nhóm các nội dung trọng tâm trong xây dựng NTM", 9, List.of()),
                        new TopicGroup("Nhóm nghiệp vụ, kỹ năng xây dựng NTM", 4, List.of())),
                new ActivityRules(2, 1, 100), List.of("nông thôn mới", "NTM", "263/QĐ-TTg"));
    }

    public static ProgrammeDefinition commune1956Definition() {
        return new ProgrammeDefinition("Bồi dưỡng cán bộ, công chức xã (Quyết định 1956/QĐ-TTg, 1600/QĐ-TTg)", "Đề án 1956",
                List.of(), LocalDate.of(2010, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31),
                List.of(new TargetAudience(TargetGroup.CADRE, List.of(CadreLevel.COMMUNE), "Cán bộ, công chức xã")),
                List.of(), new ActivityRules(null, null, 80), List.of("1956/QĐ-TTg", "1600/QĐ-TTg", "cán bộ, công chức xã"));
    }

    /** The merged programme of 2026–2035 with its phase 2026–2030 (Decision 417/QĐ-BNNMT), targets due by 2030. */
    public static ProgrammeDefinition mergedDefinition() {
        LegalBasis phaseDecision = new LegalBasis(DocumentKind.DECISION, "417/QĐ-BNNMT", LocalDate.of(2026, 1, 31),
                "Bộ Nông nghiệp và Môi trường", null);
        return new ProgrammeDefinition("Chương trình MTQG xây dựng nông thôn mới, giảm nghèo bền vững và phát triển "
                + "kinh tế - xã hội vùng đồng bào DTTS&MN giai đoạn 2026 - 2035", "MTQG 2026-2035",
                List.of(new LegalBasis(DocumentKind.RESOLUTION, "257/2025/QH15", LocalDate.of(2025, 12, 11), "Quốc hội", null),
                        phaseDecision),
                LocalDate.of(2026, 1, 1), LocalDate.of(2035, 12, 31), LocalDate.of(2035, 12, 31),
                List.of(new TargetAudience(TargetGroup.COMMUNITY, List.of(), "Cộng đồng"),
                        new TargetAudience(TargetGroup.CADRE, List.of(CadreLevel.values()), "Cán bộ các cấp")),
                List.of(), new ActivityRules(null, null, 80), List.of("257/2025/QH15", "417/QĐ-BNNMT"),
                "Bộ Nông nghiệp và Môi trường",
                List.of(new ProgrammePhase("2026-2030", "Giai đoạn 2026 - 2030", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2030, 12, 31), LocalDate.of(2030, 12, 31), List.of(phaseDecision))),
                null, "Khung chuyên đề chưa ban hành: quản trị nền tảng đặt");
    }

    public static Programme merged() {
        return Programme.define(MERGED, mergedDefinition());
    }

    public static final String MERGED = "MTQG_NTM_GN_DTTS_2026_2035";

    public static Programme dttsMn() {
        return Programme.define("MTQG_DTTS_MN_2021_2025", dttsMnDefinition());
    }

    public static Programme ntm() {
        return Programme.define("MTQG_NTM_2021_2025", ntmDefinition());
    }

    public static Programme commune1956() {
        return Programme.define("QD1956_1600_CBCC_XA", commune1956Definition());
    }

    /** Every programme the catalogue is seeded with, read from the service's own {@code programmes.json}. */
    public static List<Programme> seededCatalogue() {
        try (InputStream in = ProgrammeMother.class.getClassLoader().getResourceAsStream("programmes.json")) {
            List<ProgrammeCatalog.Seed> seeds = JsonMapper.builder().build().readValue(in, new TypeReference<>() {
            });
            return seeds.stream().map(seed -> Programme.define(seed.code(), seed.definition())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProgrammeMother() {
    }
}
