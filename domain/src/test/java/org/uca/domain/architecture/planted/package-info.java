/**
 * Planted violations: a miniature "system" rooted here (with {@code domain} and {@code application} below it) whose
 * classes break the domain's architecture rules on purpose, so that each rule can be shown to fail. Test code only:
 * the real rules import main code only and never see these classes.
 */
package org.uca.domain.architecture.planted;
