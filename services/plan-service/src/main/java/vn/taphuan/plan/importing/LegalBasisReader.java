package vn.taphuan.plan.importing;

import vn.taphuan.plan.legal.DocumentKind;
import vn.taphuan.plan.legal.LegalBasis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents a plan cites: "Quyết định số 752/QĐ-UBDT ngày 11/10/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc",
 * "Quyết định 1956/QĐ-TTg". A document cited several times is one basis, read where it is cited most fully; the
 * issuer comes from "của …" or, failing that, from the number's suffix (QĐ-TTg: the Prime Minister).
 */
final class LegalBasisReader {

    private static final Pattern CITATION = Pattern.compile(
            "(?<kind>Luật|Nghị\\s+quyết|Nghị\\s+định|Quyết\\s+định|Chỉ\\s+thị|Thông\\s+tư(?:\\s+liên\\s+tịch)?|Kế\\s+hoạch|Công\\s+văn)"
                    + "\\s+(?:số\\s*:?\\s*)?(?<number>" + DocumentReader.NUMBER + ")"
                    + "(?:\\s*,?\\s+ngày\\s+(?<date>" + VietnameseNumbers.DATE + "))?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ATTACHED = Pattern.compile("kèm\\s+theo\\s*$", Lexicon.FLAGS);
    private static final Pattern OF = Pattern.compile("^\\s+của\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ISSUER_END = Pattern.compile(
            "\\s+(?:về|phê\\s+duyệt|ban\\s+hành|quy\\s+định|hướng\\s+dẫn|sửa\\s+đổi|bổ\\s+sung|thay\\s+thế|hợp\\s+nhất"
                    + "|để|nhằm|theo|tại|đã|đến)(?!\\p{L})|[.;:\\n]",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern OFFICE = Pattern.compile("(?:Phó\\s+)?(?:Bộ\\s+trưởng|Thứ\\s+trưởng|Chủ\\s+nhiệm|Chủ\\s+tịch"
            + "|Thủ\\s+tướng|Giám\\s+đốc|Trưởng\\s+ban|Tổng\\s+cục\\s+trưởng|Cục\\s+trưởng)(?!\\p{L})",
            Pattern.UNICODE_CHARACTER_CLASS);

    private record Cited(LegalBasis basis, int start, int end, int completeness, boolean issuerFromNumber) {
    }

    static void read(Reading r) {
        Map<String, Cited> byNumber = new LinkedHashMap<>();
        Matcher m = CITATION.matcher(r.text());
        while (m.find()) {
            String number = m.group("number").replace(" ", "");
            if (number.equals(r.documentNumber)) {
                continue; // the plan's own number is not a basis of it
            }
            if (ATTACHED.matcher(r.text().substring(Math.max(0, m.start() - 30), m.start())).find()) {
                continue; // "(Kèm theo Kế hoạch số 38/KH-HKHVL …)": the plan the decision carries, not a basis of it
            }
            LocalDate date = m.group("date") == null ? null : VietnameseNumbers.date(m.group("date")).orElse(null);
            int end = m.end();
            String issuer = null;
            Matcher of = OF.matcher(r.text()).region(m.end(), r.text().length());
            if (of.lookingAt()) {
                int from = of.end();
                Matcher stop = ISSUER_END.matcher(r.text()).region(from, Math.min(r.text().length(), from + 160));
                boolean found = stop.find();
                boolean word = found && Character.isWhitespace(r.text().charAt(stop.start()));
                int to = found ? stop.start() : Math.min(r.text().length(), from + 160);
                // "của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc về …": the issuer may hold commas, so a word that starts what the
                // document is about ("về", "phê duyệt" …) ends it; without one, the first comma does
                String candidate = r.text().substring(from, to);
                if (!word && candidate.indexOf(',') >= 0) {
                    to = from + issuerBeforeComma(candidate);
                }
                if (to > from) {
                    issuer = r.text().substring(from, to).strip();
                    end = to;
                }
            }
            boolean fromNumber = issuer == null;
            if (issuer == null) {
                issuer = Lexicon.issuerOf(number).orElse(null);
            }
            LegalBasis basis = new LegalBasis(kind(m.group("kind")), number, date, issuer, null);
            int completeness = (date == null ? 0 : 2) + (fromNumber ? 0 : 1);
            Cited cited = new Cited(basis, m.start(), end, completeness, fromNumber);
            Cited known = byNumber.get(number);
            if (known == null || completeness > known.completeness()) {
                byNumber.put(number, cited);
            }
        }
        // "Thông tư số 152/TT-BTC ngày 17 tháng 10 năm 2016" is "152/2016/TT-BTC" cited without its year: one document
        byNumber.values().removeIf(cited -> byNumber.values().stream().anyMatch(other -> other != cited
                && sameWithoutYear(cited.basis(), other.basis())));
        for (Cited cited : byNumber.values()) {
            int index = r.legalBases.size();
            r.legalBases.add(cited.basis());
            String field = "legalBases[" + index + "]";
            Span span = r.span(cited.start(), cited.end());
            String value = describe(cited.basis());
            if (cited.basis().date() != null && !cited.issuerFromNumber()) {
                r.extract(Extraction.certain(field, value, span));
            } else {
                r.extract(Extraction.doubtful(field, value, Confidence.MEDIUM, span, cited.issuerFromNumber()
                        ? new ExtractionNote.IssuerFromNumber() : new ExtractionNote.BasisUndated()));
            }
            if (cited.basis().date() == null) {
                r.find(field + ".date", new ImportFinding.BasisDateMissing(cited.basis().number()), span);
            }
        }
        if (r.legalBases.isEmpty()) {
            r.find("legalBases", new ImportFinding.NoLegalBasis(), null);
        }
    }

    /**
     * Where an issuer ends when no word does: at the first comma, unless what follows it names another office or body
     * ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"; "Bộ Tài chính, Bộ Nội vụ").
     */
    private static int issuerBeforeComma(String candidate) {
        int end = candidate.indexOf(',');
        while (end >= 0) {
            int next = candidate.indexOf(',', end + 1);
            String part = candidate.substring(end + 1, next < 0 ? candidate.length() : next).strip();
            if (!OFFICE.matcher(part).lookingAt() && !Lexicon.isOrganisation(part) || Lexicon.readsAsStatement(part)) {
                return end;
            }
            if (next < 0) {
                return candidate.length();
            }
            end = next;
        }
        return candidate.length();
    }

    /** True if {@code shortened} is {@code full} with the year left out of its number, of the same date if both have one. */
    private static boolean sameWithoutYear(LegalBasis shortened, LegalBasis full) {
        String withoutYear = full.number().replaceFirst("/(?:19|20)\\d{2}/", "/");
        return !withoutYear.equals(full.number()) && withoutYear.equals(shortened.number())
                && (shortened.date() == null || full.date() == null || shortened.date().equals(full.date()));
    }

    private static String describe(LegalBasis basis) {
        return basis.kind() + " " + basis.number() + (basis.date() == null ? "" : " " + basis.date())
                + (basis.issuer() == null ? "" : " — " + basis.issuer());
    }

    private static DocumentKind kind(String word) {
        String w = word.replaceAll("\\s+", " ");
        return switch (w) {
            case "Luật" -> DocumentKind.LAW;
            case "Nghị quyết" -> DocumentKind.RESOLUTION;
            case "Nghị định" -> DocumentKind.DECREE;
            case "Quyết định" -> DocumentKind.DECISION;
            case "Chỉ thị" -> DocumentKind.DIRECTIVE;
            case "Kế hoạch" -> DocumentKind.PLAN;
            case "Công văn" -> DocumentKind.OFFICIAL_LETTER;
            default -> w.startsWith("Thông tư") ? DocumentKind.CIRCULAR : DocumentKind.OTHER;
        };
    }

    private LegalBasisReader() {
    }
}
