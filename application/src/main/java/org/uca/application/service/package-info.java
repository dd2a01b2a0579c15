/** The application services that carry out the use cases: load, apply the policy, record, tell. */
@Application
package org.uca.application.service;

import org.jmolecules.architecture.hexagonal.Application;
