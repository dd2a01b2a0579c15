/** The server-rendered staff pages: forms, post/redirect/get, field-level errors. */
@PrimaryAdapter
package org.uca.adapter.web.pages;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
