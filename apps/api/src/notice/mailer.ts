import { createTransport } from 'nodemailer';
import type { NoticeConfig } from '../config.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** Where mail goes, for the start-up log: host and port only, never the credentials. */
export function describeSmtp(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol === 'smtps:' ? 'SMTPS' : 'SMTP'} ${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
}

/** A nodemailer SMTP transport from `GJ_SMTP_URL`; null when none is configured. */
export function createMailer(config: Pick<NoticeConfig, 'smtpUrl' | 'mailFrom'>): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = createTransport(
    // Short timeouts: a stalled server fails the attempt, and the queue retries later.
    { url: config.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 },
    { from: config.mailFrom },
  );
  return {
    send: async (email) => {
      await transport.sendMail(email);
    },
    close: () => transport.close(),
  };
}
