/** Planted in-memory adapters. */
@SecondaryAdapter
package org.uca.bootstrap.architecture.planted.application.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
