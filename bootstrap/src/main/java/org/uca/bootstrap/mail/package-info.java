/**
 * Notifications by e-mail: the settings ({@link org.uca.bootstrap.mail.MailSettings}), the SMTP side of the
 * application's {@code NotificationMail} port (Eclipse Angus Mail) and the outbox relay that sends what the
 * application wrote to {@code notification_outbox}, after the change it tells of was committed.
 */
package org.uca.bootstrap.mail;
