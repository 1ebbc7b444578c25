package vn.taphuan.plan.importing;

import vn.taphuan.plan.plan.PlanContent;

import java.util.List;

/**
 * What the parser read: a draft plan, where each value came from, and what the officer must confirm.
 *
 * @param draft           the draft plan's content
 * @param extractions     every value read, with its source span and confidence, in text order
 * @param findings        what could not be read or needs confirmation
 * @param decomposedInput true if the text came in NFD (it was read in NFC; spans still quote the text as sent)
 */
public record ParsedPlan(PlanContent draft, List<Extraction> extractions, List<Finding> findings,
                         boolean decomposedInput) {
}
