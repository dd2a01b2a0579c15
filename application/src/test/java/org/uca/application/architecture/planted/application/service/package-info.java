/** Planted application services. */
@Application
package org.uca.application.architecture.planted.application.service;

import org.jmolecules.architecture.hexagonal.Application;
