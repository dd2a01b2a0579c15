/**
 * The composition root: configuration, choosing the store, wiring the application to its adapters, and main.
 * Deliberately outside the hexagon's stereotypes: it is the one place that sees every module.
 */
package org.uca.bootstrap;
