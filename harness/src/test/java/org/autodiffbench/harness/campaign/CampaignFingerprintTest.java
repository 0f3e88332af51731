package org.autodiffbench.harness.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignFingerprintTest {

    private static final String CAMPAIGN = """
            {"name": "f", "seed": 3, "engines": [{"id": "forward", "options": {"lanes": 2}}, {"id": "reverse"}],
             "models": [{"family": "mlp-width", "sizes": [4, 8]}], "agreement": {"tolerance": 1e-9}}
            """;
    private static final String SAME_REORDERED = """
            {
              "models": [ { "sizes": [4, 8], "family": "mlp-width" } ],
              "agreement": { "tolerance": 0.000000001 },
              "engines": [ { "options": { "lanes": 2 }, "id": "forward" }, { "id": "reverse" } ],
              "seed": 3,
              "name": "f"
            }
            """;

    @TempDir
    Path folder;

    private String fingerprint(String json, boolean quick) {
        return CampaignReader.read(CampaignFiles.write(folder, json), quick, CampaignFiles.enginesWith()).fingerprint();
    }

    @Test
    void keyOrderAndWhitespaceDoNotChangeTheFingerprint() {
        assertThat(fingerprint(SAME_REORDERED, false)).isEqualTo(fingerprint(CAMPAIGN, false));
        assertThat(fingerprint(SAME_REORDERED, true)).isEqualTo(fingerprint(CAMPAIGN, true));
    }

    @Test
    void theQuickFlagAndAnyValueChangeIt() {
        assertThat(fingerprint(CAMPAIGN, true)).isNotEqualTo(fingerprint(CAMPAIGN, false));
        assertThat(fingerprint(CAMPAIGN.replace("\"seed\": 3", "\"seed\": 4"), false)).isNotEqualTo(fingerprint(CAMPAIGN, false));
        assertThat(fingerprint(CAMPAIGN.replace("[4, 8]", "[8, 4]"), false)).isNotEqualTo(fingerprint(CAMPAIGN, false));
    }

    /** The SHA-256 of the canonical form written by hand: keys sorted at every depth, no whitespace, then the flag. */
    @Test
    void itIsTheSha256OfTheSortedCompactJsonAndTheQuickFlag() throws Exception {
        String canonical = "{\"a\":[{\"c\":3,\"d\":2}],\"b\":1}\nquick=true";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        String actual = CampaignFingerprint.of(new ObjectMapper().readTree("{ \"b\": 1, \"a\": [ {\"d\": 2, \"c\": 3} ] }"), true);

        assertThat(actual).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
    }
}
