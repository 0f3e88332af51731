package org.autodiffbench.reports.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.autodiffbench.reports.results.CellResult;
import org.autodiffbench.reports.results.Timing;

/**
 * {@code cells.csv}: one row per cell with every recorded number in base units (ns, bytes), for
 * spreadsheets. RFC 4180: CRLF line ends, and a field holding a comma, a double quote or a line
 * break is quoted with its double quotes doubled. A missing value is an empty field.
 */
public final class CellsCsv {

    private record Column(String name, Function<CellResult, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("id", CellResult::id),
            new Column("engine", CellResult::engine),
            new Column("options", c -> new TreeMap<>(c.options()).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"))),
            new Column("series", CellResult::series),
            new Column("model", CellResult::model),
            new Column("modelOptions", CellResult::modelOptions),
            new Column("size", CellResult::size),
            new Column("params", CellResult::params),
            new Column("operator", CellResult::operator),
            new Column("outcome", c -> c.outcome() == null ? null : c.outcome().label()),
            new Column("reason", CellResult::reason),
            new Column("maxRho", CellResult::maxRho),
            new Column("tolerance", CellResult::tolerance),
            new Column("references", CellResult::references),
            new Column("timeMedianNs", c -> timing(c, Timing::medianNs)),
            new Column("timeMeanNs", c -> timing(c, Timing::meanNs)),
            new Column("timeMinNs", c -> timing(c, Timing::minNs)),
            new Column("timeMaxNs", c -> timing(c, Timing::maxNs)),
            new Column("ciLowNs", c -> timing(c, Timing::ciLowNs)),
            new Column("ciHighNs", c -> timing(c, Timing::ciHighNs)),
            new Column("samples", c -> c.timing() == null ? null : c.timing().samplesNs().size()),
            new Column("primalNs", CellResult::primalNs),
            new Column("handNs", CellResult::handNs),
            new Column("ratioToPrimal", CellResult::ratioToPrimal),
            new Column("ratioToHand", CellResult::ratioToHand),
            new Column("retainedBytes", CellResult::retainedBytes),
            new Column("allocBytesPerCall", CellResult::allocBytesPerCall),
            new Column("sweeps", CellResult::sweeps),
            new Column("stageEvaluations", CellResult::stageEvaluations),
            new Column("flops", CellResult::flops),
            new Column("note", CellNotes::of),
            new Column("startedAt", CellResult::startedAt),
            new Column("finishedAt", CellResult::finishedAt));

    private CellsCsv() {
    }

    /** The whole file: a header row, then one row per cell in plan order. */
    public static String of(List<CellResult> cells) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS.stream().map(Column::name).toList());
        for (CellResult cell : cells) {
            List<String> fields = new ArrayList<>(COLUMNS.size());
            for (Column column : COLUMNS) {
                fields.add(text(column.value().apply(cell)));
            }
            row(out, fields);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        out.append(fields.stream().map(CellsCsv::quote).collect(Collectors.joining(","))).append("\r\n");
    }

    /** A field as RFC 4180 wants it: quoted when it holds a comma, a double quote, CR or LF. */
    static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : d.toString();
        }
        return value.toString();
    }

    private static Double timing(CellResult cell, Function<Timing, Double> field) {
        return cell.timing() == null ? null : field.apply(cell.timing());
    }

    /** The columns' names, in order. */
    public static List<String> header() {
        return COLUMNS.stream().map(Column::name).toList();
    }
}
