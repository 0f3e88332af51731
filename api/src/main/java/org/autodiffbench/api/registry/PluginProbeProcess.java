package org.autodiffbench.api.registry;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The main class of a plugin probe's JVM: makes every provider of the plugin folders it is
 * given, of the kind the system property {@value #KIND_PROPERTY} names (engines when it is unset),
 * reads what the harness will read of it ({@link ServiceKind#unreadable}), and reports each step
 * as a line on stdout, so that
 * {@link PluginProbeJvm} knows which provider was being made when the JVM ended or stopped
 * answering. Providers named after the folders are skipped: an earlier probe lost its JVM on
 * them. Plugin code printing to stdout is sent to stderr, which the protocol does not read.
 *
 * <p>Usage: {@code PluginProbeProcess PLUGIN-PATH [SKIPPED-PROVIDER …]}.
 */
public final class PluginProbeProcess<S> implements ProviderWatch<S> {

    /** The system property that holds the class name of the {@link ServiceKind} to probe. */
    static final String KIND_PROPERTY = "autodiffbench.probeKind";

    static final String MARKER = "@autodiffbench-probe";
    static final String LOADING = "loading";
    static final String LOADED = "loaded";
    static final String REFUSED = "refused";
    static final String EXIT = "exit";
    static final String FINISHED = "finished";
    /** Separates the parts of a line: provider names hold spaces, but no tabs. */
    static final String SEPARATOR = "\t";

    private final ServiceKind<S> kind;
    private final PrintStream protocol;
    private final Set<String> skipped;
    private volatile String current;

    private PluginProbeProcess(ServiceKind<S> kind, PrintStream protocol, Set<String> skipped) {
        this.kind = kind;
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
        ServiceKind<?> kind = kind(System.getProperty(KIND_PROPERTY, EngineKind.class.getName()));
        probe(kind, protocol, PluginPath.parse(args[0]), Set.copyOf(Arrays.asList(args).subList(1, args.length)));
        // Plugin threads and shutdown hooks have nothing more to say; none may keep this JVM alive.
        Runtime.getRuntime().halt(0);
    }

    private static <S> void probe(ServiceKind<S> kind, PrintStream protocol, List<Path> folders,
                                  Set<String> skipped) {
        PluginProbeProcess<S> probe = new PluginProbeProcess<>(kind, protocol, skipped);
        Runtime.getRuntime().addShutdownHook(new Thread(probe::exiting, "autodiffbench-probe-exit"));
        PluginFolders.load(folders, PluginProbeProcess.class.getClassLoader(), new Discovery<>(kind, probe));
        probe.send(FINISHED);
    }

    private static ServiceKind<?> kind(String className) {
        try {
            return (ServiceKind<?>) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            System.err.println("cannot make the service kind " + className + ": " + Discovery.oneLine(e));
            System.exit(2);
            return null;
        }
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
    public void loaded(String provider, S made) {
        String problem = made == null ? null : kind.unreadable(made);
        current = null;
        if (problem == null) {
            send(LOADED, provider);
        } else {
            send(REFUSED, provider, problem);
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
