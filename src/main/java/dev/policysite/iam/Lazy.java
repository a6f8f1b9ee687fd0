package dev.policysite.iam;

import java.util.function.Supplier;

/** A value computed on first use, once, safely across threads. */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> init;
    private volatile T value;

    Lazy(Supplier<T> init) {
        this.init = init;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = init.get();
                    value = v;
                    init = null;
                }
            }
        }
        return v;
    }
}
