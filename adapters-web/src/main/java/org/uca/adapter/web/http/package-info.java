/**
 * HTTP plumbing the pages and the API share: problems with their status, failures mapped exhaustively, path
 * parameters parsed once, and the table of routes served.
 */
@PrimaryAdapter
package org.uca.adapter.web.http;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
