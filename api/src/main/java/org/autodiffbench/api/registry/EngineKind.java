package org.autodiffbench.api.registry;

import org.autodiffbench.api.DiffEngine;

/** Engines as a {@link ServiceKind}: what {@link EngineRegistry} discovers. */
final class EngineKind implements ServiceKind<DiffEngine> {

    @Override
    public Class<DiffEngine> type() {
        return DiffEngine.class;
    }

    @Override
    public String noun() {
        return "engine";
    }

    @Override
    public String id(DiffEngine engine) {
        return engine.id();
    }

    @Override
    public int apiVersion(DiffEngine engine) {
        return engine.apiVersion();
    }

    @Override
    public String unreadable(DiffEngine engine) {
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
            return ServiceKind.readFailure(method, e);
        }
    }
}
