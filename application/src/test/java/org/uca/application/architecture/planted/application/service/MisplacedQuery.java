package org.uca.application.architecture.planted.application.service;

/** Violation: a query interface that lives among the services instead of in port.in. */
public interface MisplacedQuery {

    String ask();
}
