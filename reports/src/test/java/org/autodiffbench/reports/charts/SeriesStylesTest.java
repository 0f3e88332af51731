package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.autodiffbench.api.EngineMode;
import org.junit.jupiter.api.Test;

class SeriesStylesTest {

    private static final Set<Color> OKABE_ITO = Set.of(new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x009E73), new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7));
    private static final Color VERMILLION = new Color(0xD55E00);
    private static final Color BLUE = new Color(0x0072B2);

    /** Series in this order, each with its engine's mode. */
    private static Map<String, EngineMode> series(Object... nameThenMode) {
        Map<String, EngineMode> series = new LinkedHashMap<>();
        for (int i = 0; i < nameThenMode.length; i += 2) {
            series.put((String) nameThenMode[i], (EngineMode) nameThenMode[i + 1]);
        }
        return series;
    }

    @Test
    void theForwardAndReverseModesKeepTheirColoursWhateverTheOrder() {
        SeriesStyles a = new SeriesStyles(series("forward", EngineMode.FORWARD, "reverse", EngineMode.REVERSE,
                "checkpointed[snapshots=2]", EngineMode.CHECKPOINTED_REVERSE));
        SeriesStyles b = new SeriesStyles(series("checkpointed[snapshots=2]", EngineMode.CHECKPOINTED_REVERSE,
                "reverse", EngineMode.REVERSE, "forward", EngineMode.FORWARD));
        assertThat(a.colour("forward")).isEqualTo(b.colour("forward")).isEqualTo(VERMILLION);
        assertThat(a.colour("reverse")).isEqualTo(b.colour("reverse")).isEqualTo(BLUE);
    }

    @Test
    void theColourFollowsTheDeclaredModeNotTheId() {
        SeriesStyles plugins = new SeriesStyles(series("tangent-plugin", EngineMode.FORWARD, "tape-plugin",
                EngineMode.REVERSE, "forward", EngineMode.OTHER));
        assertThat(plugins.colour("tangent-plugin")).isEqualTo(VERMILLION);
        assertThat(plugins.colour("tape-plugin")).isEqualTo(BLUE);
        assertThat(plugins.colour("forward")).isNotIn(VERMILLION, BLUE);
    }

    @Test
    void onlyTheFirstSeriesOfAModeTakesItsColour() {
        SeriesStyles styles = new SeriesStyles(series("forward[lanes=1]", EngineMode.FORWARD, "forward[lanes=8]",
                EngineMode.FORWARD));
        assertThat(styles.colour("forward[lanes=1]")).isEqualTo(VERMILLION);
        assertThat(styles.colour("forward[lanes=8]")).isNotEqualTo(VERMILLION).isIn(OKABE_ITO);
    }

    @Test
    void sevenSeriesGetSevenDistinctOkabeItoColoursAndMarkers() {
        Map<String, EngineMode> all = series("forward", EngineMode.FORWARD, "reverse", EngineMode.REVERSE,
                "c1", EngineMode.OTHER, "c2", EngineMode.OTHER, "c3", EngineMode.OTHER, "c4", EngineMode.OTHER,
                "c5", EngineMode.OTHER);
        SeriesStyles styles = new SeriesStyles(all);
        Set<Color> colours = all.keySet().stream().map(styles::colour).collect(Collectors.toSet());
        assertThat(colours).hasSize(7).isSubsetOf(OKABE_ITO);
        assertThat(all.keySet().stream().map(styles::shape).distinct().count()).isEqualTo(7);
    }

    @Test
    void pastThePaletteColoursRepeatWithADashedLine() {
        Map<String, EngineMode> six = new LinkedHashMap<>();
        List.of("c1", "c2", "c3", "c4", "c5", "c6").forEach(s -> six.put(s, EngineMode.OTHER));
        SeriesStyles styles = new SeriesStyles(six);
        assertThat(styles.colour("c6")).isEqualTo(styles.colour("c1"));
        assertThat(styles.stroke("c6")).isNotEqualTo(styles.stroke("c1"));
        assertThat(styles.colour("unknown")).isEqualTo(SeriesStyles.GREY);
    }
}
