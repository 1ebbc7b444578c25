package vn.taphuan.plan.importing;

import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.plan.FundingAmount;
import vn.taphuan.plan.plan.FundingSource;
import vn.taphuan.plan.plan.IssuerLevel;
import vn.taphuan.plan.plan.OtherTarget;
import vn.taphuan.plan.plan.SourceSpan;
import vn.taphuan.plan.plan.PlanContent;
import vn.taphuan.plan.plan.ResponsibleBody;
import vn.taphuan.plan.plan.ScopeUnit;
import vn.taphuan.plan.plan.TargetLine;
import vn.taphuan.plan.programme.ActivityRules;
import vn.taphuan.plan.programme.Programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
    IssuerLevel issuerLevel;
    String signer;
    String signerTitle;
    /** Sources the text names with no amount, each with where it is named. */
    private final Map<FundingSource, Span> sourcesWithoutAmount = new EnumMap<>(FundingSource.class);
    /** Targets not about training, each with its span, its figure and what the figure counts. */
    private final List<OtherRead> otherTargets = new ArrayList<>();
    /** The shares of priority groups the text states, found before the lines so no percent is read twice. */
    List<ShareReader.Share> shares = List.of();
    /** Statements of things built, bought or supplied (or that may be): no training line is read from inside them. */
    private final List<SourceText.Range> notTraining = new ArrayList<>();
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

    /** The extractions made so far of one field. */
    List<Extraction> extractions(String field) {
        return extractions.stream().filter(e -> e.field().equals(field)).toList();
    }

    /** A source named with no amount: kept with the plan (once), outside the envelope until the officer gives one. */
    void sourceWithoutAmount(FundingSource source, Span span) {
        sourcesWithoutAmount.putIfAbsent(source, span);
    }

    /** A target not about training, kept with the plan as written (its words as read, its span as sent). */
    void otherTarget(SourceText.Range statement, BigDecimal quantity, String unit) {
        otherTargets.add(new OtherRead(span(statement), statement.of(source).strip(), quantity, unit));
    }

    /** A statement no training line may come from: a target of another kind, or one the officer must decide. */
    void notTraining(SourceText.Range statement) {
        notTraining.add(statement);
    }

    boolean notTraining(int position) {
        return notTraining.stream().anyMatch(range -> range.contains(position));
    }

    private record OtherRead(Span span, String description, BigDecimal quantity, String unit) {
    }

    void find(String field, ImportFinding reason, Span span) {
        findings.add(new Finding(field, reason, span));
    }

    /** True if a finding of this kind was made. */
    boolean found(Class<? extends ImportFinding> kind) {
        return findings.stream().anyMatch(f -> kind.isInstance(f.reason()));
    }

    /** The first finding of this kind, if one was made. */
    java.util.Optional<Finding> finding(Class<? extends ImportFinding> kind) {
        return findings.stream().filter(f -> kind.isInstance(f.reason())).findFirst();
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
            Span whole = line.extractions().stream().filter(e -> e.field().isEmpty()).map(Extraction::span)
                    .findFirst().orElse(null);
            targetLines.add(line.toLine(whole == null ? null : new SourceSpan(whole.start(), whole.end(), whole.quote())));
            String at = "targetLines[" + i + "]";
            line.extractions().forEach(e -> all.add(new Extraction(e.field().isEmpty() ? at : at + "." + e.field(),
                    e.value(), e.confidence(), e.span(), e.reason())));
            line.findings().forEach(f -> allFindings.add(new Finding(f.field() == null ? at : at + "." + f.field(),
                    f.reason(), f.span())));
        }
        List<FundingSource> unquantified = new ArrayList<>();
        sourcesWithoutAmount.forEach((source, span) -> {
            if (budgetBySource.stream().noneMatch(a -> a.source() == source)) {
                all.add(Extraction.certain("sourcesWithoutAmount[" + unquantified.size() + "]", source, span));
                unquantified.add(source);
            }
        });
        otherTargets.sort(Comparator.comparingInt(o -> o.span().start()));
        List<OtherTarget> others = new ArrayList<>();
        for (OtherRead other : otherTargets) {
            Span span = other.span();
            all.add(Extraction.certain("otherTargets[" + others.size() + "]", span.quote(), span));
            // the words as read (NFC), so a text sent in NFD gives the same plan; the span quotes the text as sent
            others.add(new OtherTarget(other.description(), other.quantity(), other.unit(),
                    new SourceSpan(span.start(), span.end(), span.quote())));
        }
        all.sort(Comparator.comparingInt((Extraction e) -> e.span().start()).thenComparing(Extraction::field));
        allFindings.sort(Comparator.comparingInt((Finding f) -> f.span() == null ? Integer.MAX_VALUE : f.span().start()));
        PlanContent draft = new PlanContent(programme == null ? null : programme.code(), title, issuingBody,
                documentNumber, documentDate, legalBases, periodStart, periodEnd, scope, bodies, targetLines,
                budgetTotalVnd, budgetBySource, rules, issuerLevel, signer, signerTitle, unquantified, others);
        return new ParsedPlan(draft, List.copyOf(all), List.copyOf(allFindings), source.wasDecomposed());
    }
}
