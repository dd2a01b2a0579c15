/**
 * Planted violations: a miniature "system" rooted here ({@code application}, {@code adapter}, {@code bootstrap}
 * below it, with the same stereotypes as the real packages) whose classes break the application's architecture rules
 * on purpose, so that each rule can be shown to fail. Test code only: the real rules never see these classes.
 */
package org.uca.application.architecture.planted;
