package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeriesStylesTest {

    private static final Set<Color> OKABE_ITO = Set.of(new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x009E73), new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7));

    @Test
    void forwardAndReverseKeepTheirColoursWhateverTheOrder() {
        SeriesStyles a = new SeriesStyles(List.of("forward", "reverse", "checkpointed[snapshots=2]"));
        SeriesStyles b = new SeriesStyles(List.of("checkpointed[snapshots=2]", "reverse", "forward"));
        assertThat(a.colour("forward")).isEqualTo(b.colour("forward")).isEqualTo(new Color(0xD55E00));
        assertThat(a.colour("reverse")).isEqualTo(b.colour("reverse")).isEqualTo(new Color(0x0072B2));
    }

    @Test
    void sevenSeriesGetSevenDistinctOkabeItoColoursAndMarkers() {
        List<String> series = List.of("forward", "reverse", "c1", "c2", "c3", "c4", "c5");
        SeriesStyles styles = new SeriesStyles(series);
        Set<Color> colours = series.stream().map(styles::colour).collect(Collectors.toSet());
        assertThat(colours).hasSize(7).isSubsetOf(OKABE_ITO);
        assertThat(series.stream().map(styles::shape).distinct().count()).isEqualTo(7);
    }

    @Test
    void pastThePaletteColoursRepeatWithADashedLine() {
        List<String> series = List.of("c1", "c2", "c3", "c4", "c5", "c6");
        SeriesStyles styles = new SeriesStyles(series);
        assertThat(styles.colour("c6")).isEqualTo(styles.colour("c1"));
        assertThat(styles.stroke("c6")).isNotEqualTo(styles.stroke("c1"));
        assertThat(styles.colour("unknown")).isEqualTo(SeriesStyles.GREY);
    }
}
