package org.autodiffbench.reports.charts;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as a PNG for the page and an SVG for papers, side by side. */
public final class ChartFiles {

    private ChartFiles() {
    }

    /**
     * Writes {@code base.png} and {@code base.svg} into {@code dir}.
     *
     * @return the two files written
     */
    public static List<Path> write(JFreeChart chart, Path dir, String base, int width, int height)
            throws IOException {
        Path png = dir.resolve(base + ".png");
        try (OutputStream out = Files.newOutputStream(png)) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        }
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        Path svgFile = dir.resolve(base + ".svg");
        // No DOCTYPE: a reader need not fetch the SVG DTD to parse the file.
        Files.writeString(svgFile, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.getSVGElement() + "\n",
                StandardCharsets.UTF_8);
        return List.of(png, svgFile);
    }
}
