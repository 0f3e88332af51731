package org.autodiffbench.api.kernels;

/**
 * Which {@link DenseKernels} this JVM uses, chosen once, and why. The vector kernels are chosen
 * when the module {@value #VECTOR_MODULE} is in the boot layer (the JVM was started with
 * {@code --add-modules jdk.incubator.vector}) and their class loads; the scalar kernels
 * otherwise. The system property {@value #PROPERTY} ({@code scalar} or {@code vector}) forces a
 * choice. The vector class is loaded reflectively, only when the module is present, so a JVM
 * without the module never touches it.
 */
public final class KernelSelection {

    /** The system property that forces a choice: {@code scalar} or {@code vector}. */
    public static final String PROPERTY = "autodiffbench.kernels";
    /** The module the vector kernels need. */
    public static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** The JVM option that adds {@value #VECTOR_MODULE}; every JVM that runs kernels should get it. */
    public static final String ADD_VECTOR_MODULE = "--add-modules=" + VECTOR_MODULE;

    private static final String SCALAR = "scalar";
    private static final String VECTOR = "vector";
    private static final String VECTOR_CLASS = "org.autodiffbench.api.kernels.VectorKernels";

    private final DenseKernels kernels;
    private final String description;

    private KernelSelection(DenseKernels kernels, String description) {
        this.kernels = kernels;
        this.description = description;
    }

    /** The kernels chosen. */
    public DenseKernels kernels() {
        return kernels;
    }

    /**
     * What was chosen and, for the scalar kernels, why, e.g. "vector: jdk.incubator.vector, 512-bit,
     * 8 doubles per vector" or "scalar: jdk.incubator.vector not in this JVM".
     */
    public String description() {
        return description;
    }

    /** The choice of this JVM, made on first use. */
    public static KernelSelection current() {
        return ThisJvm.SELECTION;
    }

    /**
     * Checks this JVM's {@value #PROPERTY} as {@link #current()} would read it, so that a command
     * line can refuse a bad value in one line before anything runs.
     *
     * @throws IllegalArgumentException when the value is neither scalar nor vector, or vector is
     *     forced where it cannot load; the message says what to do
     */
    public static void requireUsableProperty() {
        select(System.getProperty(PROPERTY), ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent());
    }

    /** Holds the choice, so that it is made once, when first asked for. */
    private static final class ThisJvm {
        static final KernelSelection SELECTION = select(System.getProperty(PROPERTY),
                ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent());
    }

    /**
     * The choice for a forced value of {@value #PROPERTY} ({@code null} when not set) in a JVM
     * that has, or has not, the vector module.
     *
     * @throws IllegalArgumentException when the value is neither scalar nor vector, or vector is
     *                                  forced where it cannot load
     */
    static KernelSelection select(String forced, boolean vectorModulePresent) {
        if (forced != null && !forced.equals(SCALAR) && !forced.equals(VECTOR)) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + forced + " is not a kernel set: use "
                    + SCALAR + " or " + VECTOR);
        }
        if (SCALAR.equals(forced)) {
            return scalar("forced by -D" + PROPERTY + "=" + SCALAR);
        }
        if (!vectorModulePresent) {
            if (VECTOR.equals(forced)) {
                throw new IllegalArgumentException("-D" + PROPERTY + "=" + VECTOR + " needs the module "
                        + VECTOR_MODULE + ": start java with --add-modules " + VECTOR_MODULE);
            }
            return scalar(VECTOR_MODULE + " not in this JVM");
        }
        try {
            DenseKernels vector = (DenseKernels) Class.forName(VECTOR_CLASS).getDeclaredConstructor().newInstance();
            return new KernelSelection(vector, vector.describe());
        } catch (ReflectiveOperationException | LinkageError e) {
            if (VECTOR.equals(forced)) {
                throw new IllegalArgumentException("-D" + PROPERTY + "=" + VECTOR + ": the vector kernels did not load ("
                        + e + ")", e);
            }
            return scalar("the vector kernels did not load (" + e + ")");
        }
    }

    private static KernelSelection scalar(String reason) {
        return new KernelSelection(ScalarKernels.INSTANCE, SCALAR + ": " + reason);
    }

    @Override
    public String toString() {
        return description;
    }
}
