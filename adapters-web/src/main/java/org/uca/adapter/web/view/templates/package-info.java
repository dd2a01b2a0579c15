/** The jte templates, precompiled into this package at build time. */
@PrimaryAdapter
package org.uca.adapter.web.view.templates;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
