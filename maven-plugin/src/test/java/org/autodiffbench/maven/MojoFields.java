package org.autodiffbench.maven;

import java.lang.reflect.Field;

/** Sets a goal's parameter as Maven does, by its field's name. */
final class MojoFields {

    private MojoFields() {
    }

    static <T> T set(T mojo, String name, Object value) throws ReflectiveOperationException {
        Field field = mojo.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
        return mojo;
    }
}
