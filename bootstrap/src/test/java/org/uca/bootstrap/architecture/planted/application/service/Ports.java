package org.uca.bootstrap.architecture.planted.application.service;

import org.uca.bootstrap.architecture.planted.application.port.out.PlantedCases;

/** The planted application's outgoing ports, supplied by the composition root. */
public record Ports(PlantedCases cases) {
}
