import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';
import { sendHttpSms } from './sms-http.ts';
import { sendTencentSms } from './sms-tencent.ts';

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

/** A marketing e-mail's way out: a footer link and the RFC 8058 one-click headers. */
export interface EmailExtras {
  unsubscribeUrl?: string;
}

export interface EmailSender {
  name: string;
  send(to: string, subject: string, text: string, extras?: EmailExtras): Promise<SendResult>;
}

/** The outbound channels of this deployment (null = not configured: such messages are skipped). */
export interface Channels {
  sms: SmsProvider | null;
  email: EmailSender | null;
  /** The deployment's public address, for unsubscribe links (none without it). */
  publicUrl?: string | null;
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
    async send(to, subject, text, extras = {}) {
      const url = extras.unsubscribeUrl;
      try {
        const info = await transport.sendMail({
          from: smtp.from,
          to,
          subject,
          text: url ? `${text}\n\n——\n退订 / Unsubscribe: ${url}` : text,
          // RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to the link.
          ...(url
            ? {
                headers: {
                  'List-Unsubscribe': `<${url}>`,
                  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
                },
              }
            : {}),
        });
        return { ok: true, providerId: info.messageId ?? null, reply: String(info.response ?? '') };
      } catch (err) {
        return { ok: false, providerId: null, reply: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}

function smsProvider(sms: Config['sms']): SmsProvider | null {
  switch (sms.provider) {
    case 'test':
      return testSmsProvider;
    case 'http':
      return { name: 'http', send: (phone, text) => sendHttpSms(sms, phone, text) };
    case 'tencent':
      return { name: 'tencent', send: (phone, text) => sendTencentSms(sms, phone, text) };
    case 'none':
      return null;
  }
}

export function buildChannels(
  config: Pick<Config, 'sms' | 'smtp'> & Partial<Pick<Config, 'publicUrl'>>,
): Channels {
  return {
    sms: smsProvider(config.sms),
    email: config.smtp ? smtpSender(config.smtp) : null,
    publicUrl: config.publicUrl ?? null,
  };
}
