import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import { sendHttpSms } from './sms-http.ts';

/** What a provider answered: `ok` false is a failure worth retrying; the reply is logged as is. */
export interface SendResult {
  ok: boolean;
  providerId: string | null;
  reply: string;
}

export interface SmsProvider {
  name: string;
  send(phone: string, text: string): Promise<SendResult>;
}

export interface EmailSender {
  name: string;
  send(to: string, subject: string, text: string): Promise<SendResult>;
}

/** The outbound channels of this deployment (null = not configured: such messages are skipped). */
export interface Channels {
  sms: SmsProvider | null;
  email: EmailSender | null;
}

/**
 * Records the SMS in the message log and sends nothing: development, demos and tests (the
 * member portal's sign-in tests read one-time codes back from the log).
 */
export const testSmsProvider: SmsProvider = {
  name: 'test',
  async send(phone) {
    return { ok: true, providerId: `test-${phone}-${Date.now()}`, reply: 'recorded by the test provider' };
  },
};

export function smtpSender(smtp: NonNullable<Config['smtp']>): EmailSender {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    // A shop's own mail server often has a self-signed certificate on STARTTLS.
    tls: { rejectUnauthorized: false },
  });
  return {
    name: 'smtp',
    async send(to, subject, text) {
      try {
        const info = await transport.sendMail({ from: smtp.from, to, subject, text });
        return { ok: true, providerId: info.messageId ?? null, reply: String(info.response ?? '') };
      } catch (err) {
        return { ok: false, providerId: null, reply: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}

export function buildChannels(config: Pick<Config, 'sms' | 'smtp'>): Channels {
  const sms = config.sms;
  return {
    sms:
      sms.provider === 'test'
        ? testSmsProvider
        : sms.provider === 'http'
          ? { name: 'http', send: (phone, text) => sendHttpSms(sms, phone, text) }
          : null,
    email: config.smtp ? smtpSender(config.smtp) : null,
  };
}
