package vn.taphuan.plan.importing;

import vn.taphuan.plan.programme.Programme;

import java.util.List;

/**
 * What the parser knows besides the text: the programme catalogue (its keywords, topic frameworks and rules) and
 * the units of the importing province, so names in the text become registry codes. Nothing about the three sample
 * plans is built into the parser; it reads any plan through this data and general rules of how plans are worded.
 *
 * @param programmes    the catalogue
 * @param programmeHint a programme the officer chose, overriding recognition; may be null
 * @param units         the units of the importing province (and of the provinces merged into it)
 */
public record ParsingContext(List<Programme> programmes, String programmeHint, List<KnownUnit> units) {

    public ParsingContext {
        programmes = List.copyOf(programmes);
        units = List.copyOf(units);
    }
}
