package org.autodiffbench.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.autodiffbench.reports.analysis.Point;
import org.autodiffbench.reports.fit.PowerLawFit;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds one log–log plot: measured series with their spread as error bars, reference series
 * as dotted lines and fitted power laws as dashed lines. Values come in base units (ns, bytes) and are shown in
 * the axes' display units. Measured series are drawn on top.
 */
public final class LogLogPlot {

    private static final Shape SMALL_DOT = new Ellipse2D.Double(-2.5, -2.5, 5, 5);

    private final String xLabel;
    private final DisplayUnit xUnit;
    private final String yLabel;
    private final DisplayUnit yUnit;

    private final YIntervalSeriesCollection measured = new YIntervalSeriesCollection();
    private final XYErrorRenderer measuredRenderer = new XYErrorRenderer();
    private final XYSeriesCollection references = new XYSeriesCollection();
    private final XYLineAndShapeRenderer referenceRenderer = new XYLineAndShapeRenderer(true, true);
    private final XYSeriesCollection lines = new XYSeriesCollection();
    private final XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);

    private double minX = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    /**
     * @param xLabel the x quantity without unit; the unit's symbol is appended
     * @param yLabel the y quantity without unit
     */
    public LogLogPlot(String xLabel, DisplayUnit xUnit, String yLabel, DisplayUnit yUnit) {
        this.xLabel = xLabel;
        this.xUnit = xUnit;
        this.yLabel = yLabel;
        this.yUnit = yUnit;
        measuredRenderer.setDefaultLinesVisible(true);
        measuredRenderer.setDrawXError(false);
        measuredRenderer.setDrawYError(true);
        measuredRenderer.setCapLength(6);
        measuredRenderer.setErrorStroke(new BasicStroke(1.2f));
        referenceRenderer.setDefaultShapesFilled(true);
    }

    /**
     * Draws measured series as markers with error bars only, for charts whose fitted lines
     * would otherwise hide the lines between measurements.
     */
    public LogLogPlot withoutMeasuredLines() {
        measuredRenderer.setDefaultLinesVisible(false);
        return this;
    }

    /** A measured series with error bars from each point's low to high. */
    public LogLogPlot measured(String name, List<Point> points, Color colour, Shape shape, Stroke stroke,
                               boolean inLegend) {
        YIntervalSeries series = new YIntervalSeries(name, false, true);
        for (Point p : points) {
            series.add(xUnit.scale(p.x()), yUnit.scale(p.y()), yUnit.scale(p.low()), yUnit.scale(p.high()));
            extend(p.x(), p.low(), p.high());
        }
        int index = measured.getSeriesCount();
        measured.addSeries(series);
        measuredRenderer.setSeriesPaint(index, colour);
        measuredRenderer.setSeriesShape(index, shape);
        measuredRenderer.setSeriesStroke(index, stroke);
        measuredRenderer.setSeriesVisibleInLegend(index, inLegend);
        return this;
    }

    /** A reference series (primal, hand-written) as a dotted line with small dots. */
    public LogLogPlot reference(String name, List<Point> points, Color colour, boolean inLegend) {
        XYSeries series = new XYSeries(name, false, true);
        for (Point p : points) {
            series.add(xUnit.scale(p.x()), yUnit.scale(p.y()));
            extend(p.x(), p.y(), p.y());
        }
        int index = references.getSeriesCount();
        references.addSeries(series);
        referenceRenderer.setSeriesPaint(index, colour);
        referenceRenderer.setSeriesStroke(index, SeriesStyles.dotted());
        referenceRenderer.setSeriesShape(index, SMALL_DOT);
        referenceRenderer.setSeriesVisibleInLegend(index, inLegend);
        return this;
    }

    /** A fitted power law drawn as a dashed line from {@code fromX} to {@code toX}, not in the legend. */
    public LogLogPlot fit(String name, PowerLawFit fit, double fromX, double toX, Color colour) {
        return line(name, List.of(new double[] {fromX, fit.predict(fromX)}, new double[] {toX, fit.predict(toX)}),
                colour, SeriesStyles.dashed(), false);
    }

    /** A polyline through points given as {x, y} in base units. */
    public LogLogPlot line(String name, List<double[]> xy, Color colour, Stroke stroke, boolean inLegend) {
        XYSeries series = new XYSeries(name, false, true);
        for (double[] p : xy) {
            series.add(xUnit.scale(p[0]), yUnit.scale(p[1]));
        }
        int index = lines.getSeriesCount();
        lines.addSeries(series);
        lineRenderer.setSeriesPaint(index, colour);
        lineRenderer.setSeriesStroke(index, stroke);
        lineRenderer.setSeriesVisibleInLegend(index, inLegend);
        return this;
    }

    private void extend(double x, double low, double high) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, low);
        maxY = Math.max(maxY, high);
    }

    /** The plot, each axis covering its data and at least two labelled powers of ten. */
    public XYPlot plot() {
        LogAxis xAxis = LogAxes.axis(xUnit.label(xLabel));
        LogAxis yAxis = LogAxes.axis(yUnit.label(yLabel));
        LogAxes.cover(xAxis, xUnit.scale(minX), xUnit.scale(maxX));
        LogAxes.cover(yAxis, yUnit.scale(minY), yUnit.scale(maxY));
        XYPlot plot = new XYPlot(measured, xAxis, yAxis, measuredRenderer);
        plot.setDataset(1, references);
        plot.setRenderer(1, referenceRenderer);
        plot.setDataset(2, lines);
        plot.setRenderer(2, lineRenderer);
        ChartLook.style(plot);
        return plot;
    }
}
