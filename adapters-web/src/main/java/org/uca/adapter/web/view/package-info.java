/** What the pages show: view models and the precompiled jte templates that render them. */
@PrimaryAdapter
package org.uca.adapter.web.view;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
