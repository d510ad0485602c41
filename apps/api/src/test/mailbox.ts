/** A real SMTP server for tests (smtp-server), keeping what it receives parsed by mailparser. */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

interface Received {
  to: string[];
  mail: ParsedMail;
}

/** A real SMTP server on a free port; it can refuse the next messages with a temporary error. */
export class Mailbox {
  readonly messages: Received[] = [];
  refuseNext = 0;
  refused = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      if (this.refuseNext > 0) {
        this.refuseNext -= 1;
        this.refused += 1;
        stream.on('end', () => callback(Object.assign(new Error('Servidor ocupado, intente más tarde'), { responseCode: 451 })));
        stream.resume();
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          this.messages.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Messages received since a mark, to one address. */
  since(mark: number, to: string): ParsedMail[] {
    return this.messages
      .slice(mark)
      .filter((m) => m.to.includes(to))
      .map((m) => m.mail);
  }
}
