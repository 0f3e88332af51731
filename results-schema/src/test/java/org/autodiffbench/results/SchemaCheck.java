package org.autodiffbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Validates results files against the documented JSON Schema of the current version. */
public final class SchemaCheck {

    /** The schema file, a resource of the results module. */
    public static final String RESOURCE = "/org/autodiffbench/results/results-v2.schema.json";

    private static final Schema SCHEMA = load();

    private SchemaCheck() {
    }

    private static Schema load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the results module has no " + RESOURCE);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every violation, as {@code location: message}; empty when the tree is a valid results file. */
    public static List<String> violations(JsonNode tree) {
        return SCHEMA.validate(tree).stream().map(Error::toString).toList();
    }

    /** The violations of a file on disk. */
    public static List<String> violations(Path file) {
        try {
            return violations(ResultsJson.mapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
