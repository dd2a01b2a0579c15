/** The planted persistence adapter. */
@SecondaryAdapter
package org.uca.bootstrap.architecture.planted.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
