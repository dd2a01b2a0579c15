/**
 * UCA's command line, {@code java -jar uca.jar admin <command>} (picocli): for whoever runs the server, when no one
 * can sign in. {@link org.uca.bootstrap.cli.AdminCommand} lists the commands; each is its own {@code @Command}
 * class here, registered there in one line.
 */
package org.uca.bootstrap.cli;
