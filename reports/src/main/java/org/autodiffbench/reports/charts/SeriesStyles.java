package org.autodiffbench.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.EngineMode;
import org.jfree.chart.plot.DefaultDrawingSupplier;

/**
 * The colour, marker and line of every series, fixed for a whole report so that an engine has
 * the same look in every chart. Colours are the Okabe–Ito palette, which stays distinguishable
 * with the common forms of colour blindness; the first series whose engine declares forward mode
 * gets vermillion and the first of reverse mode blue, whatever their ids, the other series the
 * remaining colours in campaign order, and past the palette's end the colours repeat with dashed
 * lines. Markers differ too, so colour is never the
 * only cue. Black and grey are kept for reference series (primal, hand-written).
 */
public final class SeriesStyles {

    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** The reference colour of the hand-written derivative. */
    public static final Color GREY = new Color(0x7F7F7F);
    /** The reference colour of named hand-written baselines, e.g. hand-scalar: a lighter grey. */
    public static final Color LIGHT_GREY = new Color(0xB8B8B8);

    /** Colours for series other than forward and reverse, yellow (weakest on white) last. */
    private static final List<Color> DEALT = List.of(ORANGE, BLUISH_GREEN, SKY_BLUE, REDDISH_PURPLE, YELLOW);

    private static final Stroke SOLID = new BasicStroke(2f);
    private static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 4f}, 0f);

    private static final Stroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1f, 4f}, 0f);

    private final Map<String, Color> colours = new HashMap<>();
    private final Shape[] standardShapes = DefaultDrawingSupplier.createStandardSeriesShapes();
    private final Map<String, Integer> shapeIndex = new HashMap<>();
    private final Map<String, Stroke> strokes = new HashMap<>();

    /** Deals styles to the series in the order given, by the mode each one's engine declared. */
    public SeriesStyles(Map<String, EngineMode> series) {
        int dealt = 0;
        int i = 0;
        boolean forwardTaken = false;
        boolean reverseTaken = false;
        for (Map.Entry<String, EngineMode> entry : series.entrySet()) {
            String name = entry.getKey();
            Color colour;
            int round;
            if (entry.getValue() == EngineMode.FORWARD && !forwardTaken) {
                colour = VERMILLION;
                round = 0;
                forwardTaken = true;
            } else if (entry.getValue() == EngineMode.REVERSE && !reverseTaken) {
                colour = BLUE;
                round = 0;
                reverseTaken = true;
            } else {
                colour = DEALT.get(dealt % DEALT.size());
                round = dealt / DEALT.size();
                dealt++;
            }
            colours.put(name, colour);
            shapeIndex.put(name, i % standardShapes.length);
            strokes.put(name, round == 0 ? SOLID : DASHED);
            i++;
        }
    }

    /** The series' colour; a series not known to this report is drawn in grey. */
    public Color colour(String series) {
        return colours.getOrDefault(series, GREY);
    }

    public Shape shape(String series) {
        return variantShape(series, 0);
    }

    public Stroke stroke(String series) {
        return strokes.getOrDefault(series, SOLID);
    }

    /**
     * The series' marker for its k-th sub-series (e.g. one per output count m), so sub-series of
     * one colour stay apart; k = 0 is the series' own marker.
     */
    public Shape variantShape(String series, int k) {
        return standardShapes[(shapeIndex.getOrDefault(series, 0) + 3 * k) % standardShapes.length];
    }

    /** Solid for the first sub-series, then dash patterns. */
    public Stroke variantStroke(int k) {
        return k == 0 ? SOLID : k % 2 == 1 ? DASHED : DOTTED;
    }

    /** The dashed line of fits and markers. */
    public static Stroke dashed() {
        return DASHED;
    }

    /** The dotted line of reference series. */
    public static Stroke dotted() {
        return DOTTED;
    }
}
