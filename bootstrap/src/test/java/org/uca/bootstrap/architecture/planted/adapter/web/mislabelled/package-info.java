/** Violation: part of the web adapter labelled as a secondary adapter. */
@SecondaryAdapter
package org.uca.bootstrap.architecture.planted.adapter.web.mislabelled;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
