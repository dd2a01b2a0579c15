package org.uca.adapter.persistence;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * UCA's entities are final classes without associations, so Hibernate never needs a generated proxy or enhanced
 * class for them. Hibernate takes its bytecode provider from the class path (ByteBuddy's, with hibernate-core), and
 * preparing it costs about 0.3 s of UCA's start-up; this gives UCA's persistence unit — and only it, by the
 * {@value #SETTING} setting that {@link UcaDatabase} sets — the provider Hibernate uses when none is on the class path.
 * Hibernate could then make no proxy if asked for one, so nothing may ask: the persistence architecture test keeps
 * every entity final and without associations, and forbids {@code getReference}.
 */
public final class NoRuntimeProxies implements ServiceContributor {

    static final String SETTING = "org.uca.persistence.no_runtime_proxies";

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        if (Boolean.parseBoolean(String.valueOf(registry.getSettings().get(SETTING)))) {
            registry.addService(BytecodeProvider.class,
                    new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
        }
    }
}
