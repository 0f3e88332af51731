package org.autodiffbench.results;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The campaign a run carried out, as it was run.
 *
 * @param file the campaign file's path as given
 * @param fingerprint a hash of the campaign's content and the quick flag: a resumed run must match it
 * @param quick whether the campaign's quick timing profile was used (timings are indicative)
 * @param plannedCells how many cells the campaign has, so a partial file says how far it got
 * @param source the campaign file's JSON
 */
public record Campaign(String name, String file, String fingerprint, boolean quick, int plannedCells,
                       JsonNode source) {
}
