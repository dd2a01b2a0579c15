/** Planted in-memory adapters. */
@SecondaryAdapter
package org.uca.application.architecture.planted.application.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
