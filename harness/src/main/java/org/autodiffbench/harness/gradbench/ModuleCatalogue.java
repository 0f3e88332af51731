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

    /**
     * Why a define or an evaluate of a module without an implementation fails: the reason of an
     * eval this project knows it cannot do or has not done yet, else that it is not implemented.
     */
    String notImplemented(String name) {
        String reason = UnimplementedEval.of(name).map(UnimplementedEval::reason)
                .orElse("is not implemented by autodiffbench");
        return "module '" + name + "' " + reason + "; implemented: "
                + String.join(", ", modules.stream().map(GradBenchModule::name).toList());
    }
}
