package org.uca.bootstrap.architecture.planted.bootstrap;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/**
 * Violation: a stereotype in the composition root. Annotated, the bootstrap would fall under the hexagonal rule and
 * could no longer see every module.
 */
@PrimaryAdapter
public final class AnnotatedWiring {

    public String name() {
        return "annotated";
    }
}
