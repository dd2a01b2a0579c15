package org.uca.application.architecture.planted.application.port.in;

/** Violation: a use case that is a class, not an interface. */
public class ClassyUseCase {

    public String run(String input) {
        return input;
    }
}
