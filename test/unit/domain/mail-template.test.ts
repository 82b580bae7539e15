import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../electron/core/mail/defaults';
import { isCompleteBy, missingWords, TEMPLATE_FIELDS } from '../../../shared/domain/mail-fields';
import { MAIL_TEMPLATE_KINDS, MESSAGE_LANGUAGES } from '../../../shared/schemas/mail';
import {
  checkTemplate,
  placeholderEntries,
  placeholderPaths,
  renderHtml,
  renderText,
  textToHtml,
  type Fields,
} from '../../../shared/domain/mail-template';

const FIELDS: Fields = {
  customer: { fields: { name: 'text' } },
  user: { fields: { firstName: 'text', email: 'text', hasPersonnummer: 'flag' } },
  users: { list: { name: 'text', missing: 'text', complete: 'flag' } },
};

const DATA = {
  customer: { name: "<b>Ö'Brien & Co</b>" },
  user: { firstName: 'Åsa', email: 'asa@example.se', hasPersonnummer: true },
  users: [
    { name: 'Åsa Öberg', missing: '', complete: true },
    { name: 'Bo Ek', missing: 'löneform, attestansvarig', complete: false },
  ],
};

describe('a template renders to plain text', () => {
  it('fills a value as it is, without escaping', () => {
    expect(renderText('Hej {{customer.name}}!', DATA)).toBe("Hej <b>Ö'Brien & Co</b>!");
  });

  it('repeats a section for each item of a list, the item fields by their own names', () => {
    const t = 'Användare:\n{{#users}}\n- {{name}}\n{{/users}}\nSlut';
    expect(renderText(t, DATA)).toBe('Användare:\n- Åsa Öberg\n- Bo Ek\nSlut');
  });

  it('shows a section for true and hides it for false, and the inverse with ^', () => {
    const t =
      '{{#users}}{{name}}: {{#complete}}klar{{/complete}}{{^complete}}saknar {{missing}}{{/complete}}; {{/users}}';
    expect(renderText(t, DATA)).toBe('Åsa Öberg: klar; Bo Ek: saknar löneform, attestansvarig; ');
  });

  it('shows an inverted section for an empty list and an empty text', () => {
    const t = '{{^users}}Inga användare{{/users}}{{^customer.name}}namnlös{{/customer.name}}';
    expect(renderText(t, { users: [], customer: { name: '' } })).toBe('Inga användarenamnlös');
  });

  it('reads names outside the list from the enclosing data', () => {
    expect(renderText('{{#users}}{{name}} hos {{customer.name}}\n{{/users}}', DATA)).toContain(
      "Bo Ek hos <b>Ö'Brien & Co</b>",
    );
  });

  it('drops the line of a section tag standing alone, with Windows line ends too', () => {
    const t = 'A\r\n  {{#user.hasPersonnummer}}  \r\nB\r\n{{/user.hasPersonnummer}}\r\nC';
    expect(renderText(t, DATA)).toBe('A\r\nB\r\nC');
  });
});

describe('a template renders to HTML', () => {
  it("escapes a value like <b>Ö'Brien & Co</b> and keeps it whole in the text part", () => {
    const html = renderHtml('Hej {{customer.name}}', DATA, { language: 'sv', title: 't' });
    expect(html).toContain('Hej &lt;b&gt;Ö&#39;Brien &amp; Co&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it("escapes the template's own text: markup typed into a template is shown, not run", () => {
    const html = renderHtml(
      '<script>alert(1)</script> <img src=x>',
      {},
      { language: 'sv', title: '' },
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x&gt;');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('makes paragraphs of blank-line blocks, a list of "- " lines and <br> of single newlines', () => {
    const body = textToHtml('Hej!\n\nRad ett\nrad två\n\n- ett\n- två', {
      language: 'sv',
      title: '',
    });
    expect(body).toMatch(/<p[^>]*>Hej!<\/p>/);
    expect(body).toMatch(/<p[^>]*>Rad ett<br>rad två<\/p>/);
    expect(body).toMatch(/<ul[^>]*><li[^>]*>ett<\/li><li[^>]*>två<\/li><\/ul>/);
  });

  it('is a self-contained document: no images, links to elsewhere or style sheets', () => {
    const html = renderHtml('Hej {{user.firstName}}', DATA, { language: 'en', title: 'Välkommen' });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Välkommen</title>');
    expect(html).not.toMatch(/<img|<link|<script|src=|url\(|https?:/i);
  });
});

describe('checking a template', () => {
  it('finds nothing wrong with a template using only its placeholders', () => {
    const t =
      'Hej {{ user.firstName }} {{#users}}{{name}}{{^complete}} {{missing}}{{/complete}}{{/users}}';
    expect(checkTemplate(t, FIELDS)).toEqual([]);
  });

  it('names an unknown placeholder', () => {
    expect(checkTemplate('Hej {{user.fornamn}} och {{kund}}', FIELDS)).toEqual([
      { code: 'mailTemplate.placeholder', detail: 'user.fornamn' },
      { code: 'mailTemplate.placeholder', detail: 'kund' },
    ]);
  });

  it("refuses a list item's field outside its list, and a list used as a value", () => {
    expect(checkTemplate('{{name}} {{users}}', FIELDS)).toEqual([
      { code: 'mailTemplate.placeholder', detail: 'name' },
      { code: 'mailTemplate.placeholder', detail: 'users' },
    ]);
  });

  it('finds an unclosed section, a stray close, a mismatched close and an unclosed brace', () => {
    const codes = (t: string) => checkTemplate(t, FIELDS).map((p) => p.code);
    expect(codes('{{#users}}{{name}}')).toEqual(['mailTemplate.syntax']);
    expect(codes('text {{/users}}')).toEqual(['mailTemplate.syntax']);
    expect(codes('{{#users}}{{name}}{{/user.hasPersonnummer}}')).toContain('mailTemplate.syntax');
    expect(codes('Hej {{user.firstName')).toEqual(['mailTemplate.syntax']);
    expect(checkTemplate('{{#users}}x', FIELDS)[0]?.detail).toBe('users');
  });
});

describe('the placeholders a kind offers', () => {
  it('lists every path, list items under their list', () => {
    expect(placeholderPaths(FIELDS)).toEqual([
      'customer.name',
      'user.firstName',
      'user.email',
      'user.hasPersonnummer',
      'users',
      'users.name',
      'users.missing',
      'users.complete',
    ]);
  });

  it('inserts a list as a section, a flag as a section and a list item by its own name', () => {
    const insert = new Map(placeholderEntries(FIELDS).map((e) => [e.path, e.insert]));
    expect(insert.get('customer.name')).toBe('{{customer.name}}');
    expect(insert.get('users')).toBe('{{#users}}\n\n{{/users}}');
    expect(insert.get('users.name')).toBe('{{name}}');
    expect(insert.get('user.hasPersonnummer')).toBe(
      '{{#user.hasPersonnummer}}{{/user.hasPersonnummer}}',
    );
  });
});

describe('the default texts and the words of what is missing', () => {
  it.each(MAIL_TEMPLATE_KINDS.flatMap((kind) => MESSAGE_LANGUAGES.map((l) => [kind, l] as const)))(
    'the default %s (%s) uses only its own placeholders, in balanced sections',
    (kind, language) => {
      const text = defaultTemplate(kind, language);
      expect(checkTemplate(text.subject, TEMPLATE_FIELDS[kind])).toEqual([]);
      expect(checkTemplate(text.body, TEMPLATE_FIELDS[kind])).toEqual([]);
    },
  );

  it('names the gaps in the message language, in the article’s order, whatever order they come in', () => {
    const codes = ['approver.missing', 'email.missing', 'personnummer.missing', 'name.missing'];
    expect(missingWords(codes, 'sv')).toBe(
      'personnummer (för inloggning med BankID), e-postadress och attestansvarig',
    );
    expect(missingWords(['salaryForm.missing'], 'en')).toBe('salary form');
    expect(missingWords([], 'sv')).toBe('');
  });

  it('counts a user lacking only a personnummer as complete', () => {
    expect(isCompleteBy(['personnummer.missing'])).toBe(true);
    expect(isCompleteBy(['personnummer.missing', 'salaryForm.missing'])).toBe(false);
  });
});
