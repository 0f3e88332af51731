package org.autodiffbench.harness.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a resumed run must match: the SHA-256 (hex) of the campaign's canonical JSON — the tree
 * written compactly with every object's keys sorted, so key order and whitespace do not count —
 * followed by the quick flag.
 */
final class CampaignFingerprint {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private CampaignFingerprint() {
    }

    static String of(JsonNode campaign, boolean quick) {
        try {
            String canonical = CANONICAL.writeValueAsString(campaign) + "\nquick=" + quick;
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a parsed campaign: " + e.getMessage(), e);
        }
    }
}
