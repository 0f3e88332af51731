package org.autodiffbench.reports.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.results.CellLoad;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.MachineLoad;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.ReferenceCheck;
import org.autodiffbench.results.Timing;

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
            new Column("engine", c -> c.spec().engine()),
            new Column("mode", c -> c.mode().label()),
            new Column("engineVersion", c -> c.engine() == null ? null : c.engine().version()),
            new Column("options", c -> joined(c.spec().engineOptions())),
            new Column("series", CellResult::series),
            new Column("model", c -> c.spec().model().family()),
            new Column("modelOptions", c -> joined(c.spec().model().options())),
            new Column("size", c -> c.spec().model().size()),
            new Column("seed", c -> c.spec().model().seed()),
            new Column("operator", c -> c.spec().operator().label()),
            new Column("params", c -> problem(c, Problem::parameters)),
            new Column("outputs", c -> problem(c, Problem::outputs)),
            new Column("stages", c -> problem(c, Problem::stages)),
            new Column("primalFlops", c -> problem(c, Problem::primalFlops)),
            new Column("outcome", c -> c.outcome() == null ? null : c.outcome().label()),
            new Column("reason", CellResult::reason),
            new Column("maxRho", c -> c.agreement() == null ? null : c.agreement().maxRho()),
            new Column("tolerance", c -> c.agreement() == null ? null : c.agreement().tolerance()),
            new Column("references", c -> c.agreement() == null ? null : c.agreement().references().stream()
                    .map(CellsCsv::reference).collect(Collectors.joining("; "))),
            new Column("timeMedianNs", c -> timing(c, Timing::medianNs)),
            new Column("timeMeanNs", c -> timing(c, Timing::meanNs)),
            new Column("timeMinNs", c -> timing(c, Timing::minNs)),
            new Column("timeMaxNs", c -> timing(c, Timing::maxNs)),
            new Column("ciLowNs", c -> timing(c, t -> t.interval().lowNs())),
            new Column("ciHighNs", c -> timing(c, t -> t.interval().highNs())),
            new Column("ciSamples", c -> c.timing() == null ? null : c.timing().interval().samples()),
            new Column("ciLevel", c -> timing(c, t -> t.interval().level())),
            new Column("ciMethod", c -> c.timing() == null ? null : c.timing().interval().method()),
            new Column("samples", c -> c.timing() == null ? null : c.timing().samplesNs().size()),
            new Column("forks", c -> c.timing() == null ? null : c.timing().forks()),
            new Column("measurementIterations", c -> c.timing() == null ? null : c.timing().measurementIterations()),
            new Column("primalNs", c -> c.baselines() == null ? null : c.baselines().primalNs()),
            new Column("handNs", c -> c.baselines() == null ? null : c.baselines().handNs()),
            new Column("ratioToPrimal", c -> c.baselines() == null ? null : c.baselines().ratioToPrimal()),
            new Column("ratioToHand", c -> c.baselines() == null ? null : c.baselines().ratioToHand()),
            new Column("retainedBytes", c -> statistics(c, CallStatistics::retainedBytes)),
            new Column("allocBytesPerCall", c -> c.timing() == null ? null : c.timing().allocBytesPerCall()),
            new Column("tangentSweeps", c -> statistics(c, CallStatistics::tangentSweeps)),
            new Column("adjointSweeps", c -> statistics(c, CallStatistics::adjointSweeps)),
            new Column("stageEvaluations", c -> statistics(c, CallStatistics::stageEvaluations)),
            new Column("flops", c -> statistics(c, CallStatistics::flops)),
            new Column("loadAtStart", c -> load(c, CellLoad::start)),
            new Column("loadAtEnd", c -> load(c, CellLoad::end)),
            new Column("cpus", c -> c.load() == null || c.load().start() == null ? null : c.load().start().cpus()),
            new Column("unreliable", CellResult::unreliableReasons),
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

    private static Double load(CellResult cell, Function<CellLoad, MachineLoad> when) {
        MachineLoad load = cell.load() == null ? null : when.apply(cell.load());
        return load == null ? null : load.loadAverage();
    }

    private static Object problem(CellResult cell, Function<Problem, Object> field) {
        return cell.problem() == null ? null : field.apply(cell.problem());
    }

    private static Object statistics(CellResult cell, Function<CallStatistics, Object> field) {
        return cell.statistics() == null ? null : field.apply(cell.statistics());
    }

    /** {@code k=v;k=v} in key order: a semicolon, so a spreadsheet does not split the field. */
    private static String joined(Map<String, String> options) {
        return options.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** E.g. {@code hand ρ 1.5e-16 (tolerance 1.0e-09)}, or the reference with its note when it gave no answer. */
    private static String reference(ReferenceCheck check) {
        if (check.rho() == null) {
            return check.reference() + (check.note() == null ? "" : " (" + check.note() + ")");
        }
        // a ρ without a tolerance was not judged (inconclusive finite differences); the note says why
        String judged = check.tolerance() != null ? String.format(Locale.ROOT, " (tolerance %.1e)", check.tolerance())
                : check.note() != null ? " (" + check.note() + ")" : "";
        return check.reference() + String.format(Locale.ROOT, " ρ %.2g", check.rho()) + judged;
    }

    /** The columns' names, in order. */
    public static List<String> header() {
        return COLUMNS.stream().map(Column::name).toList();
    }
}
