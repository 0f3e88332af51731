package org.autodiffbench.plugins.pytorch;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;

/**
 * Opens DJL's PyTorch engine on the CPU and hands out tensor managers. libtorch comes from the
 * {@code pytorch-native-cpu} jar on the class path and is unpacked once into DJL's cache
 * ({@code DJL_CACHE_DIR}, by default {@code ~/.djl.ai}); DJL is put in offline mode unless the
 * user chose otherwise, so nothing is ever downloaded. Any failure to load becomes one
 * {@link IllegalStateException} that says what to do.
 */
final class LibTorch {

    private static final String DJL_ENGINE = "PyTorch";
    private static final String OFFLINE_PROPERTY = "ai.djl.offline";

    private LibTorch() {
    }

    /**
     * A new root manager for one prepared graph; closing it frees every tensor it holds.
     *
     * @throws IllegalStateException when libtorch or DJL's JNI bridge cannot be loaded
     */
    static NDManager newManager() {
        if (System.getProperty(OFFLINE_PROPERTY) == null && System.getenv("DJL_OFFLINE") == null) {
            System.setProperty(OFFLINE_PROPERTY, "true");
        }
        // DJL finds its engine and the native libraries through the context class loader; a plugin
        // loaded by its own class loader must show DJL its jars.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(LibTorch.class.getClassLoader());
        try {
            return NDManager.newBaseManager(Device.cpu(), DJL_ENGINE);
        } catch (RuntimeException | LinkageError e) {
            throw PyTorchEngine.cannotLoad(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
