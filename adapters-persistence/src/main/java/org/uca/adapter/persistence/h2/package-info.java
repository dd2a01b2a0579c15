/** Database-side code H2 runs itself: its triggers are Java classes. */
@SecondaryAdapter
package org.uca.adapter.persistence.h2;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
