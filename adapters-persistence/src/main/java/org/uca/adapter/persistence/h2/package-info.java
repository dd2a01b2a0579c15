/**
 * H2 as UCA runs it: the database-side code H2 runs itself (its triggers are Java classes) and the dialect that
 * keeps JSON documents as text.
 */
@SecondaryAdapter
package org.uca.adapter.persistence.h2;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
