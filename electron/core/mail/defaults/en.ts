import type { DefaultTexts } from './index';

/* The bureau's messages in English, for customers who write in English. */

const SIGNATURE = `Kind regards
{{bureau.staffName}}
{{bureau.name}}`;

export const ENGLISH: DefaultTexts = {
  contactSummary: {
    subject: 'Your users in Blikk have been set up – {{customer.name}}',
    body: `Hello{{#contact.name}} {{contact.name}}{{/contact.name}},

We at {{bureau.name}} have now set up the users of {{customer.name}} in Blikk. Here is a summary of who they are and what, if anything, still needs to be completed.

Users created:
{{#users}}
- {{name}}{{#email}} ({{email}}){{/email}}{{#missing}} – missing: {{missing}}{{/missing}}
{{/users}}
{{^users}}
No users have been set up yet.
{{/users}}

{{#nothingMissing}}
All details are in place.
{{/nothingMissing}}
{{^nothingMissing}}
Please reply to this message with the missing details and we will complete them.
{{/nothingMissing}}

What happens next:
- Once the details are complete, we will send each user an invitation with login instructions.
- Users with a personal identity number can log in with BankID.
- Users without an e-mail address will get instructions for logging in with BankID, and give their e-mail address themselves the first time they log in.

Please get in touch if anything is unclear.

${SIGNATURE}`,
  },
  welcome: {
    subject: 'Welcome to Blikk, {{user.firstName}}',
    body: `Hello {{user.firstName}},

{{customer.name}} uses Blikk for time reporting, and you now have an account. We at {{bureau.name}} have helped set it up.

How to log in:
- Log in to Blikk with your e-mail address {{user.email}}.
- The same login works both on the desktop and in the Blikk mobile app.
{{#user.hasPersonnummer}}
- You can also choose to log in with BankID.
{{/user.hasPersonnummer}}

Any questions? Reply to this message and we will help you.

${SIGNATURE}`,
  },
  reminder: {
    subject: 'Reminder: log in to Blikk',
    body: `Hello {{user.firstName}},

A friendly reminder: you have an account in Blikk for time reporting at {{customer.name}}, but we cannot see that you have logged in yet.

- Log in to Blikk with your e-mail address {{user.email}}.
- The same login works both on the desktop and in the Blikk mobile app.
{{#user.hasPersonnummer}}
- You can also choose to log in with BankID.
{{/user.hasPersonnummer}}

If you have already logged in, please ignore this message. Need help? Reply to this message.

${SIGNATURE}`,
  },
  bankidLetter: {
    subject: 'How to log in to Blikk with BankID',
    body: `Hello {{user.name}},

{{customer.name}} uses Blikk for time reporting, and you now have an account. We at {{bureau.name}} have helped set it up. {{^user.email}}As we have no e-mail address for you, you log in with BankID.{{/user.email}}

How to log in the first time:
- Open Blikk on your computer or the Blikk app on your phone.
- Choose to log in with BankID and identify yourself with your BankID.
{{^user.email}}
- Enter your e-mail address when asked. It is needed the first time you log in.
{{/user.email}}

After that, the same login works both on the desktop and in the mobile app.

If you have any questions, please contact {{customer.name}} or us at {{bureau.name}}.

${SIGNATURE}`,
  },
};
