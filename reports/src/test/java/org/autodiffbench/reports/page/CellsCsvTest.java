package org.autodiffbench.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.Operator;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.results.Agreement;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.ReferenceCheck;
import org.autodiffbench.results.ReferenceKind;
import org.junit.jupiter.api.Test;

class CellsCsvTest {

    /** A reader written from RFC 4180 section 2, independent of the writer: records of fields. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = csv.charAt(i);
                    if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("a bare quote or line break outside quotes").isNotIn('"', '\n', '\r');
                field.append(c);
                i++;
            }
        }
        assertThat(field.length()).as("the file ends with CRLF").isZero();
        return records;
    }

    private static CellResult named(String engine, String reason) {
        CellSpec spec = new CellSpec(engine, Map.of("k", "a,b"), new ModelSpec("m\"odel", 4, Map.of(), 1),
                Operator.GRADIENT);
        return new CellResult("id," + engine, spec, Outcome.FAILED, reason, new Problem(10, 1L, 1, null), null, null,
                null, null, null, null, null, null);
    }

    /** Finite differences too inaccurate to judge have a ρ but no tolerance; the row says why. */
    @Test
    void anInconclusiveReferenceShowsItsNoteBesideItsRho() {
        CellSpec spec = new CellSpec("reverse", Map.of(), new ModelSpec("scalar-dag", 8, Map.of(), 1),
                Operator.GRADIENT);
        String note = "inconclusive: finite differences reach only ~0.00023 here (3 directions of reverse's value)";
        Agreement agreement = new Agreement(0.0023, null, null, List.of(
                new ReferenceCheck("hand", ReferenceKind.HAND, 1e-16, 1e-9, null),
                new ReferenceCheck("finite differences", ReferenceKind.FINITE_DIFFERENCES, 0.0023, null, note)));
        CellResult cell = new CellResult("c", spec, Outcome.OK, null, new Problem(8, 1L, 1, null), null, agreement,
                null, null, null, null, null, null);
        List<List<String>> records = parse(CellsCsv.of(List.of(cell)));
        assertThat(records.get(1).get(records.get(0).indexOf("references")))
                .isEqualTo("hand ρ 1.0e-16 (tolerance 1.0e-09); finite differences ρ 0.0023 (" + note + ")");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndRoundTrips() {
        String reason = "threw \"boom\",\nthen\r\nstopped";
        String csv = CellsCsv.of(List.of(named("x", reason)));
        List<List<String>> records = parse(csv);
        assertThat(records).hasSize(2);
        List<String> header = records.get(0);
        List<String> row = records.get(1);
        assertThat(row).hasSameSizeAs(header);
        assertThat(row.get(header.indexOf("id"))).isEqualTo("id,x");
        assertThat(row.get(header.indexOf("options"))).isEqualTo("k=a,b");
        assertThat(row.get(header.indexOf("model"))).isEqualTo("m\"odel");
        assertThat(row.get(header.indexOf("reason"))).isEqualTo(reason);
        assertThat(row.get(header.indexOf("outcome"))).isEqualTo("failed");
        assertThat(row.get(header.indexOf("timeMedianNs"))).as("missing is empty, never 0").isEmpty();
        assertThat(csv).contains("\"threw \"\"boom\"\",\nthen\r\nstopped\"");
    }

    @Test
    void everyCellIsARowWithItsNumbersInBaseUnits() {
        CampaignResults results = SyntheticCampaign.build(7);
        List<List<String>> records = parse(CellsCsv.of(results.cells()));
        assertThat(records).hasSize(results.cells().size() + 1);
        List<String> header = records.get(0);
        assertThat(header).isEqualTo(CellsCsv.header());
        for (int i = 0; i < results.cells().size(); i++) {
            CellResult cell = results.cells().get(i);
            List<String> row = records.get(i + 1);
            assertThat(row).hasSameSizeAs(header);
            assertThat(row.get(header.indexOf("id"))).isEqualTo(cell.id());
            if (cell.timing() != null && Double.isFinite(cell.timing().medianNs())) {
                assertThat(Double.parseDouble(row.get(header.indexOf("timeMedianNs"))))
                        .isEqualTo(cell.timing().medianNs());
            }
        }
        CellResult nan = results.cells().stream().filter(c -> c.timing() != null && Double.isNaN(c.timing().medianNs()))
                .findFirst().orElseThrow();
        List<String> nanRow = records.get(results.cells().indexOf(nan) + 1);
        assertThat(nanRow.get(header.indexOf("timeMedianNs"))).isEqualTo("NaN");
        assertThat(nanRow.get(header.indexOf("note"))).isEqualTo("median time is NaN; not charted");
    }

    @Test
    void theIntervalIsListedWithTheSamplesItRestsOnAndHowItWasMade() {
        CampaignResults results = SyntheticCampaign.build(7);
        List<List<String>> records = parse(CellsCsv.of(results.cells()));
        List<String> header = records.get(0);
        CellResult cell = results.cells().stream().filter(c -> c.timing() != null
                && Double.isFinite(c.timing().medianNs())).findFirst().orElseThrow();
        List<String> row = records.get(results.cells().indexOf(cell) + 1);

        assertThat(header.indexOf("ciSamples")).isEqualTo(header.indexOf("ciHighNs") + 1);
        assertThat(row.get(header.indexOf("ciSamples"))).isEqualTo(String.valueOf(cell.timing().interval().samples()));
        assertThat(row.get(header.indexOf("ciMethod"))).isEqualTo(cell.timing().interval().method());
        assertThat(Double.parseDouble(row.get(header.indexOf("ciLowNs")))).isEqualTo(cell.timing().interval().lowNs());
    }
}
