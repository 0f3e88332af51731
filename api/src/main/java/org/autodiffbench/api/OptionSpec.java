package org.autodiffbench.api;

/** One option an engine accepts, with what it means and its default. */
public record OptionSpec(String name, String description, String defaultValue) {
}
