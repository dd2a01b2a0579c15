/** The staff web app and JSON API: the primary adapter that drives UCA's use cases over HTTP. */
@PrimaryAdapter
package org.uca.adapter.web;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
