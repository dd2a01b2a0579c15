/**
 * Thread-safe in-memory implementations of every outgoing port, for tests, demos and front ends built against the
 * application without a database.
 */
@SecondaryAdapter
package org.uca.application.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
