package vn.taphuan.plan.importing;

import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.plan.FundingAmount;
import vn.taphuan.plan.plan.PlanContent;
import vn.taphuan.plan.plan.ResponsibleBody;
import vn.taphuan.plan.plan.ScopeUnit;
import vn.taphuan.plan.plan.TargetLine;
import vn.taphuan.plan.programme.ActivityRules;
import vn.taphuan.plan.programme.Programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One reading of a text in progress: what the readers found so far (the draft's fields, every extraction with its
 * span) and what they could not read. Readers run in order; later ones use what earlier ones found (the programme,
 * the plan's period).
 */
final class Reading {

    final SourceText source;
    final ParsingContext context;

    private final List<Extraction> extractions = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    Programme programme;
    String title;
    SourceText.Range titleRange;
    String issuingBody;
    String documentNumber;
    LocalDate documentDate;
    final List<LegalBasis> legalBases = new ArrayList<>();
    LocalDate periodStart;
    LocalDate periodEnd;
    final List<ScopeUnit> scope = new ArrayList<>();
    final List<ResponsibleBody> bodies = new ArrayList<>();
    final List<LineDraft> lines = new ArrayList<>();
    Long budgetTotalVnd;
    final List<FundingAmount> budgetBySource = new ArrayList<>();
    ActivityRules rules;
    /** The shares of priority groups the text states, found before the lines so no percent is read twice. */
    List<ShareReader.Share> shares = List.of();
    /** Statements reported as not imported (results, totals, other periods): nothing inside them is read again. */
    private final List<SourceText.Range> reported = new ArrayList<>();

    Reading(SourceText source, ParsingContext context) {
        this.source = source;
        this.context = context;
    }

    String text() {
        return source.text;
    }

    Span span(int start, int end) {
        return source.span(start, end);
    }

    Span span(SourceText.Range range) {
        return source.span(range);
    }

    void extract(Extraction extraction) {
        extractions.add(extraction);
    }

    void find(String field, ImportFinding reason, Span span) {
        findings.add(new Finding(field, reason, span));
    }

    /** True if a finding of this kind was made. */
    boolean found(Class<? extends ImportFinding> kind) {
        return findings.stream().anyMatch(f -> kind.isInstance(f.reason()));
    }

    /** Reports a statement as not imported, so no other reader takes a value from inside it. */
    void report(SourceText.Range statement, ImportFinding reason) {
        reported.add(statement);
        find(null, reason, span(statement));
    }

    boolean reported(int position) {
        return reported.stream().anyMatch(range -> range.contains(position));
    }

    boolean periodKnown() {
        return periodStart != null && periodEnd != null;
    }

    /** The draft and everything read, lines numbered in the order the text gives them. */
    ParsedPlan result() {
        lines.sort(Comparator.comparingInt(LineDraft::position));
        List<TargetLine> targetLines = new ArrayList<>();
        List<Extraction> all = new ArrayList<>(extractions);
        List<Finding> allFindings = new ArrayList<>(findings);
        for (int i = 0; i < lines.size(); i++) {
            LineDraft line = lines.get(i);
            targetLines.add(line.toLine());
            String at = "targetLines[" + i + "]";
            line.extractions().forEach(e -> all.add(new Extraction(e.field().isEmpty() ? at : at + "." + e.field(),
                    e.value(), e.confidence(), e.span(), e.reason())));
            line.findings().forEach(f -> allFindings.add(new Finding(f.field() == null ? at : at + "." + f.field(),
                    f.reason(), f.span())));
        }
        all.sort(Comparator.comparingInt((Extraction e) -> e.span().start()).thenComparing(Extraction::field));
        allFindings.sort(Comparator.comparingInt((Finding f) -> f.span() == null ? Integer.MAX_VALUE : f.span().start()));
        PlanContent draft = new PlanContent(programme == null ? null : programme.code(), title, issuingBody,
                documentNumber, documentDate, legalBases, periodStart, periodEnd, scope, bodies, targetLines,
                budgetTotalVnd, budgetBySource, rules);
        return new ParsedPlan(draft, List.copyOf(all), List.copyOf(allFindings), source.wasDecomposed());
    }
}
