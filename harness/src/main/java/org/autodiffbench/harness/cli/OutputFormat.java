package org.autodiffbench.harness.cli;

/** How a command writes its result: a table for people or JSON for programs. */
enum OutputFormat {
    TEXT,
    JSON
}
