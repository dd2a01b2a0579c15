/**
 * Planted violations: a miniature UCA rooted here ({@code domain}, {@code application}, {@code adapter.web},
 * {@code adapter.persistence}, {@code bootstrap}, with the real packages' stereotypes) in which some classes break the
 * system-wide dependency rules on purpose, so that each rule can be shown to fail. Test code only: the real rules
 * never see these classes.
 */
package org.uca.bootstrap.architecture.planted;
