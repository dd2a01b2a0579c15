/** Reusable jte template parts (form fields, tables), precompiled into this package at build time. */
@PrimaryAdapter
package org.uca.adapter.web.view.templates.tag;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
