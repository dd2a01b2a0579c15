/**
 * The JSON API's response bodies: one small record per resource, built from the use cases' results; the OpenAPI
 * document describes exactly these records (checked in the tests).
 */
@PrimaryAdapter
package org.uca.adapter.web.api.json;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
