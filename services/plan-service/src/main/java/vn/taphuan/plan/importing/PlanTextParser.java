package vn.taphuan.plan.importing;

/**
 * Reads the plain text of an official training plan (Vietnamese, NFC or NFD) into a draft plan: programme, issuing
 * body, number and date, legal bases, period, units named, target lines with counts and person-turns, coverage
 * targets and minimum shares, topics and course rules, budget and source, responsible bodies, and the signer. Each
 * value comes with the exact span it was read from and a confidence; what cannot be read is reported as a finding,
 * never guessed.
 * <p>
 * General rules of how Vietnamese plans are worded, plus the reference data of {@link ParsingContext}; no rule is
 * written for a particular document. Free of Spring: a plain function of text and context.
 */
public final class PlanTextParser {

    public ParsedPlan parse(String text, ParsingContext context) {
        Reading reading = new Reading(new SourceText(text), context);
        DocumentReader.read(reading);
        PeriodReader.read(reading);
        // after the period: a programme whose period does not hold the plan's is not the one it is made under
        ProgrammeReader.read(reading);
        LegalBasisReader.read(reading);
        // before the training lines: no line is read from a statement of things built or supplied
        OtherCountReader.read(reading);
        TargetReader.read(reading);
        TopicReader.read(reading);
        RulesReader.read(reading);
        BudgetReader.read(reading);
        UnitReader.read(reading);
        BodyReader.read(reading);
        SignatureReader.read(reading);
        IssuerLevelReader.read(reading);
        if (reading.lines.isEmpty()) {
            reading.find("targetLines", new ImportFinding.NoTargetFound(), null);
        }
        return reading.result();
    }
}
