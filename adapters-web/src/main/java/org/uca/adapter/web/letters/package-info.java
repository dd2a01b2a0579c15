/**
 * Letters to residents as documents: the landlord's details on every letter, and the PDF made from the same page
 * the staff see (openhtmltopdf, PDF/UA, fonts embedded).
 */
@PrimaryAdapter
package org.uca.adapter.web.letters;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
