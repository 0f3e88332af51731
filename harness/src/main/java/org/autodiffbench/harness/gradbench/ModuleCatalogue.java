package org.autodiffbench.harness.gradbench;

import java.util.List;
import java.util.Optional;

/** The modules a session answers for, looked up by the eval's module name. */
final class ModuleCatalogue {

    private final List<GradBenchModule> modules;

    ModuleCatalogue(List<GradBenchModule> modules) {
        this.modules = List.copyOf(modules);
    }

    Optional<GradBenchModule> find(String name) {
        return modules.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * The module of this name.
     *
     * @throws IllegalArgumentException naming the implemented modules when there is none
     */
    GradBenchModule require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(notImplemented(name)));
    }

    /** Why a define or an evaluate of an unknown module fails. */
    String notImplemented(String name) {
        return "module '" + name + "' is not implemented by autodiffbench; implemented: "
                + String.join(", ", modules.stream().map(GradBenchModule::name).toList());
    }
}
