import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { toCustomer, varchar } from './columns';

const str = varchar;
const int = (name: string) => ({ name, type: 'integer' });

/**
 * Steps 4 and 5: the bureau's mail server, its message templates, the outbox every message is
 * stored in before it is sent, and per user and per customer who has been told what. The
 * invitation state lives beside the user rather than on it, so that the paths that insert users
 * (the import's bulk insert above all) stay as they are.
 */
export class Mail1764800000000 implements MigrationInterface {
  name = 'Mail1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(mailSettings());
    await q.createTable(mailTemplates());
    await q.createTable(outbox());
    await q.createTable(userInvitations());
    await q.createTable(customerMessaging());
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'customer_messaging',
      'user_invitations',
      'outbox',
      'mail_templates',
      'mail_settings',
    ]) {
      await q.dropTable(table);
    }
  }
}

function mailSettings(): Table {
  return new Table({
    name: 'mail_settings',
    columns: [
      { ...int('id'), isPrimary: true },
      str('host', 253),
      int('port'),
      str('security', 10),
      str('username', 254),
      { name: 'password_enc', type: 'text', isNullable: true },
      str('sender_name', 200),
      str('sender_address', 254),
      str('reply_to', 254),
      int('retention_days'),
      str('updated_at', 32),
    ],
  });
}

function mailTemplates(): Table {
  return new Table({
    name: 'mail_templates',
    columns: [
      { ...str('kind', 20), isPrimary: true },
      { ...str('language', 2), isPrimary: true },
      str('subject', 300),
      { name: 'body', type: 'text' },
      str('updated_at', 32),
      str('updated_by', 120),
    ],
  });
}

function outbox(): Table {
  return new Table({
    name: 'outbox',
    columns: [
      { ...str('id', 36), isPrimary: true },
      str('customer_id', 36, true),
      str('user_id', 36, true),
      str('kind', 20),
      str('state', 12),
      // The rendered message and its recipient, encrypted: it holds personal data.
      { name: 'payload_enc', type: 'text' },
      str('message_id', 200),
      str('batch_id', 36, true),
      int('attempts'),
      str('next_attempt_at', 32, true),
      str('error_code', 40, true),
      str('error_text', 500, true),
      str('created_by', 120),
      str('created_at', 32),
      str('updated_at', 32),
      str('sent_at', 32, true),
    ],
    foreignKeys: [toCustomer()],
    indices: [
      new TableIndex({ name: 'idx_outbox_due', columnNames: ['state', 'next_attempt_at'] }),
      new TableIndex({ name: 'idx_outbox_customer', columnNames: ['customer_id'] }),
      new TableIndex({ name: 'idx_outbox_user', columnNames: ['user_id'] }),
      new TableIndex({ name: 'idx_outbox_sent', columnNames: ['sent_at'] }),
    ],
  });
}

function userInvitations(): Table {
  return new Table({
    name: 'user_invitations',
    columns: [
      { ...str('user_id', 36), isPrimary: true },
      str('customer_id', 36),
      // none | queued | sending | sent | failed | interrupted | cancelled (the welcome e-mail)
      str('email_state', 12),
      str('email_state_at', 32, true),
      str('email_error', 500, true),
      str('letter_at', 32, true),
      str('blikk_welcome_at', 32, true),
      str('logged_in_at', 32, true),
      str('reminded_at', 32, true),
      str('updated_at', 32),
    ],
    foreignKeys: [
      toCustomer(),
      new TableForeignKey({
        columnNames: ['user_id'],
        referencedTableName: 'users',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
    ],
    indices: [new TableIndex({ name: 'idx_invitations_customer', columnNames: ['customer_id'] })],
  });
}

function customerMessaging(): Table {
  return new Table({
    name: 'customer_messaging',
    columns: [
      { ...str('customer_id', 36), isPrimary: true },
      str('language', 2),
      str('contact_informed_at', 32, true),
      // email | other
      str('contact_informed_how', 10, true),
      str('contact_informed_note', 500, true),
      str('contact_informed_by', 120, true),
      str('updated_at', 32),
    ],
    foreignKeys: [toCustomer()],
  });
}
