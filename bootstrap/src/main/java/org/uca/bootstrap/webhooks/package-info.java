/** The webhook relay: posts the events queued for the landlord's other systems, signed, with retries. */
package org.uca.bootstrap.webhooks;
