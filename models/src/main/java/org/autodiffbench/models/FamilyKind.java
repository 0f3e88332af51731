package org.autodiffbench.models;

import org.autodiffbench.api.registry.ServiceKind;

/** Model families as a {@link ServiceKind}: what {@link FamilyRegistry} discovers. */
public final class FamilyKind implements ServiceKind<ModelFamily> {

    @Override
    public Class<ModelFamily> type() {
        return ModelFamily.class;
    }

    @Override
    public String noun() {
        return "model family";
    }

    @Override
    public String id(ModelFamily family) {
        return family.id();
    }

    @Override
    public int apiVersion(ModelFamily family) {
        return family.apiVersion();
    }

    @Override
    public String unreadable(ModelFamily family) {
        String method = "id()";
        try {
            family.id();
            method = "description()";
            family.description();
            method = "apiVersion()";
            family.apiVersion();
            method = "sizes()";
            family.sizes().toString();
            method = "options()";
            family.options().size();
            return null;
        } catch (RuntimeException | Error e) {
            return ServiceKind.readFailure(method, e);
        }
    }
}
