/**
 * JSON documents for what the database keeps as text: the case snapshot and its events, letters, notifications
 * and the subject-access export. Explicit DTO records and mappers, so the domain carries no Jackson annotations and
 * the stored format is under this adapter's control.
 */
@SecondaryAdapter
package org.uca.adapter.persistence.json;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
