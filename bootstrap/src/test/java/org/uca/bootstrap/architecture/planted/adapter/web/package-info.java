/** The planted web adapter. */
@PrimaryAdapter
package org.uca.bootstrap.architecture.planted.adapter.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
