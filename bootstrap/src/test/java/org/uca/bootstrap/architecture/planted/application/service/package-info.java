/** Planted application services. */
@Application
package org.uca.bootstrap.architecture.planted.application.service;

import org.jmolecules.architecture.hexagonal.Application;
