package org.autodiffbench.api.registry;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.DiffEngine;

/**
 * The main class of a plugin probe's JVM: makes every provider of the plugin folders it is
 * given, reads what the harness will read of it (id, description, version, mode, API version,
 * capabilities, options), and reports each step as a line on stdout, so that
 * {@link PluginProbeJvm} knows which provider was being made when the JVM ended or stopped
 * answering. Providers named after the folders are skipped: an earlier probe lost its JVM on
 * them. Plugin code printing to stdout is sent to stderr, which the protocol does not read.
 *
 * <p>Usage: {@code PluginProbeProcess PLUGIN-PATH [SKIPPED-PROVIDER …]}.
 */
public final class PluginProbeProcess implements ProviderWatch {

    static final String MARKER = "@autodiffbench-probe";
    static final String LOADING = "loading";
    static final String LOADED = "loaded";
    static final String REFUSED = "refused";
    static final String EXIT = "exit";
    static final String FINISHED = "finished";
    /** Separates the parts of a line: provider names hold spaces, but no tabs. */
    static final String SEPARATOR = "\t";

    private final PrintStream protocol;
    private final Set<String> skipped;
    private volatile String current;

    private PluginProbeProcess(PrintStream protocol, Set<String> skipped) {
        this.protocol = protocol;
        this.skipped = skipped;
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: PluginProbeProcess PLUGIN-PATH [SKIPPED-PROVIDER ...] (started by the harness)");
            System.exit(2);
        }
        ParentWatch.start();
        PrintStream protocol = System.out;
        System.setOut(System.err);
        PluginProbeProcess probe = new PluginProbeProcess(protocol,
                Set.copyOf(Arrays.asList(args).subList(1, args.length)));
        Runtime.getRuntime().addShutdownHook(new Thread(probe::exiting, "autodiffbench-probe-exit"));
        PluginFolders.load(PluginPath.parse(args[0]), PluginProbeProcess.class.getClassLoader(), new Discovery(probe));
        probe.send(FINISHED);
        // Plugin threads and shutdown hooks have nothing more to say; none may keep this JVM alive.
        Runtime.getRuntime().halt(0);
    }

    @Override
    public String refusal(String provider) {
        return skipped.contains(provider) ? "skipped" : null;
    }

    @Override
    public void loading(String provider) {
        current = provider;
        send(LOADING, provider);
    }

    @Override
    public void loaded(String provider, DiffEngine engine) {
        String problem = engine == null ? null : unreadable(engine);
        current = null;
        if (problem == null) {
            send(LOADED, provider);
        } else {
            send(REFUSED, provider, problem);
        }
    }

    /** What of the engine's description cannot be read, or null when all of it can. */
    private static String unreadable(DiffEngine engine) {
        String method = "id()";
        try {
            engine.id();
            method = "description()";
            engine.description();
            method = "version()";
            engine.version();
            method = "mode()";
            engine.mode().label();
            method = "apiVersion()";
            engine.apiVersion();
            method = "capabilities()";
            engine.capabilities().size();
            method = "options()";
            engine.options().size();
            return null;
        } catch (RuntimeException | Error e) {
            return method + " failed: " + Discovery.oneLine(e);
        }
    }

    /** On System.exit: says which provider's code called it. */
    private void exiting() {
        String provider = current;
        if (provider != null) {
            send(EXIT, provider);
        }
    }

    private void send(String... parts) {
        protocol.println(MARKER + SEPARATOR + String.join(SEPARATOR, List.of(parts)));
        protocol.flush();
    }
}
