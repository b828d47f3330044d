import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError, CROSS_CHECKS_WAIT } from '../../src/lib/content/errors.ts';
import { parseYaml } from '../../src/lib/content/frontmatter.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { caseRoot, FIXTURES } from '../support/content-root.ts';

function problems(name: string) {
  const root = caseRoot(name);
  try {
    loadContent(root, { base: '/', cwd: root });
  } catch (error) {
    if (error instanceof ContentError) return { message: error.message, issues: error.issues };
    throw error;
  }
  throw new Error(`${name}: the content was accepted`);
}

// Each rule: the case folder under tests/fixtures/invalid, the file and field the
// message must name, and words of the fix it must give.
const RULES: [string, string, string, RegExp][] = [
  ['unknown-key', 'articles/story.md', 'titel', /did you mean `title`/],
  ['missing-field', 'articles/story.md', 'dek', /is missing\. Fix: add `dek:`/],
  ['wrong-type', 'articles/story.md', 'tags', /expected a list/],
  ['impossible-date', 'articles/story.md', 'claims[0].date', /not a real day: 2031-02 has 28 days/],
  [
    'impossible-published',
    'articles/story.md',
    'published',
    /month 13, which does not exist\. Fix: months run 01–12 \(a quarter is written `2031-Q1`\)\.$/,
  ],
  ['bad-date', 'articles/story.md', 'claims[0].date', /Write a date as `YYYY`/],
  [
    'date-with-time',
    'articles/story.md',
    'claims[0].date',
    /gives a time zone offset \(\+01:00\).*Fix: write the time without the offset, `2031-03-14T18:30`, and name the zone in a note/,
  ],
  ['end-before-start', 'articles/story.md', 'events[0].date', /ends before it starts.*`2031-01\/2031-03`/],
  // Forgetting who did an event is never read as "nobody did it": the message says how to write that.
  [
    'event-without-actors',
    'articles/story.md',
    'events[0].actors',
    /is missing\. Fix: add `actors:`.*`actors: \[\]` for a background event/,
  ],
  [
    'unknown-actor',
    'articles/story.md',
    'claims[0].actor',
    /`dockers-onion` is not in the actor registry.*Did you mean `dockers-union`/,
  ],
  [
    'unknown-lane',
    'articles/story.md',
    'lanes[1]',
    /`dockers-onion` is not in the actor registry.*Did you mean `dockers-union`/,
  ],
  [
    'lane-not-in-story',
    'articles/story.md',
    'lanes[0]',
    /`harbour-authority` has no claim, assessment or event in this story/,
  ],
  ['unknown-question', 'articles/story.md', 'claims[0].question', /use an id from `questions` \(pay\)/],
  [
    'name-for-id',
    'articles/story.md',
    'claims[0].actor',
    /"United Dockworkers" is the name of an actor, not its id\. Fix: write its id, `dockers-union`\.$/,
  ],
  [
    'name-for-id-list',
    'articles/story.md',
    'assessments[0].actors',
    /expected a list .*found the text "Shippers Council".* Fix: write its id in a list, `\[shippers-council\]` \("Shippers Council" is the name of an actor\)\.$/,
  ],
  [
    'name-not-in-registry',
    'articles/story.md',
    'claims[0].actor',
    /"Harbour Pilots’ Guild" is not an id\..*e\.g\. `harbour-pilots-guild`\./,
  ],
  [
    'id-from-name',
    'articles/story.md',
    'claims[0].actor',
    /`united-dockworkers` is not in the actor registry\..*Did you mean `dockers-union` \(United Dockworkers\)\?$/,
  ],
  [
    'missing-question',
    'articles/story.md',
    'claims[0].question',
    /is missing\. Fix: add `question:` with one of `pay`\./,
  ],
  ['unknown-claim', 'articles/story.md', 'assessments[0].addresses[0].claim', /`fair-wage` is not a claim/],
  ['bad-stance', 'articles/story.md', 'assessments[0].addresses[0].stance', /use one of `contradicts`/],
  ['duplicate-id', 'articles/story.md', 'claims[1].id', /already used by claims\[0\] \(line \d+\)\./],
  ['excerpt-not-verbatim', 'articles/story.md', 'claims[0].excerpt', /not verbatim in the article text/],
  ['quote-not-verbatim', 'articles/story.md', 'claims[0].quotes[0]', /the quote is not verbatim/],
  [
    'quote-other-paragraph',
    'articles/story.md',
    'claims[0].quotes[0]',
    /not in the paragraph of this claim's excerpt: .*starts "In short, the union says pay is “fair…", the quote in the one that starts "A retired docker called the new rota “a…"\. .*Fix: quote words of the excerpt's paragraph, or leave this quote out\.$/,
  ],
  ['addresses-no-claim', 'articles/story.md', 'assessments[0].addresses', /addresses no claim/],
  ['unsafe-url', 'articles/story.md', 'source.url', /give a full `https:\/\/…`/],
  [
    'missing-image',
    'articles/story.md',
    'image.src',
    /"\/images\/not-there\.jpg" is not a file of the site: there is no .*public\/images\/not-there\.jpg\. Fix: put the image there/,
  ],
  ['updated-before-published', 'articles/story.md', 'updated', /is before `published`/],
  ['bad-lang', 'articles/story.md', 'lang', /BCP 47/],
  ['reserved-slug', 'articles/embed.md', '(file)', /reserved name/],
  ['malformed-slug', 'articles/Bad_Slug.md', '(file)', /not a valid slug.*rename/],
  ['yaml-syntax', 'articles/story.md', '(file)', /not valid YAML: .*Fix: close the `\[` with `\]`.*in quotes\.$/],
  [
    'yaml-indent',
    'articles/story.md',
    '(file)',
    /not valid YAML: .*Fix: line up the fields of each entry: .* \(count the spaces\)\.$/,
  ],
  [
    'comma-in-flow-map',
    'articles/story.md',
    'source.2 January 2031',
    /is not a field here\. .*If these words belong to the text before them, that text has a comma in it: put the text in quotes/,
  ],
  [
    'date-note-comma',
    'articles/story.md',
    'claims[0].date.roughly',
    /is not a field here\. Fix: remove it, or use one of: `value`, `note`\. If these words belong to the text before them, that text has a comma in it/,
  ],
  [
    'after-unknown',
    'articles/story.md',
    'events[0].after',
    /`fair-pya` is not an event, claim or assessment of this story\. .*Did you mean `fair-pay`\?$/,
  ],
  [
    'after-ambiguous',
    'articles/story.md',
    'assessments[0].after',
    /`fair-pay` names 2 entries \(event `fair-pay`, claim `fair-pay`\)\. Fix: write the anchor of the one you mean: `event-fair-pay` or `claim-fair-pay`\.$/,
  ],
  [
    'after-circle',
    'articles/story.md',
    'events[0].after',
    /makes a circle: `event-walkout` after `claim-fair-pay` after `event-walkout`\. Fix: remove the `after` of one of them\.$/,
  ],
  [
    'after-against-dates',
    'articles/story.md',
    'claims[0].after',
    /came after `event-walkout`, but its date \(January 2031\) is over before that one's \(February 2031\) begins\. Fix: correct one of the dates, or remove `after`\.$/,
  ],
  ['after-self', 'articles/story.md', 'claims[0].after', /names this entry itself\. Fix:/],
  ['yaml-unresolved-alias', 'articles/story.md', '(file)', /not valid YAML.*headline/],
  ['registry-duplicate-id', 'actors.yaml', '[5].id', /already used by \[2\] \(line \d+\)\./],
  [
    'registry-unknown-member',
    'actors.yaml',
    '[1].memberOf[0]',
    /`harbor-authority` is not in the actor registry.*Did you mean `harbour-authority`\?$/,
  ],
  ['registry-unknown-kind', 'actors.yaml', '[4].kind', /use one of `person`/],
  ['registry-yaml-syntax', 'actors.yaml', '(file) (line 5)', /is not valid YAML/],
  ['empty-collection', 'articles', '(file)', /there are no stories/],
  ['broken-address', 'articles/story.md', '(file) (line 37)', /`%E0%A4%A` has a `%` .* Fix: write `%25`/],
  ['body-too-deep', 'articles/story.md', '(file) (line 39)', /nests 40 quotes or lists .*at most 16.* Fix: /],
  ['body-too-many-markers', 'articles/story.md', '(file) (line 39)', /has 500 .*at most 400 .* Fix: /],
  ['missing-collection', 'articles', '(file)', /the stories folder is missing/],
];

describe('bad content fails with the file, the field and the fix', () => {
  test.each(RULES)('%s', (name, file, field, fix) => {
    const { message } = problems(name);
    const line = message.split('\n').find((l) => l.includes(`✗ ${field}`));
    expect(message).toContain(`${file} —`);
    expect(line, `no line for ${field} in:\n${message}`).toBeDefined();
    expect(line).toMatch(fix);
  });

  test('every message reads as sentences: no doubled full stop, not even around a bracket', () => {
    for (const [name] of RULES) {
      const lines = problems(name)
        .message.split('\n')
        .filter((l) => l.includes('✗'));
      for (const line of lines) expect(line, name).not.toMatch(/\.\)?\.(\s|$)/);
    }
  });

  test('every invalid fixture is covered by a rule', () => {
    const folders = readdirSync(join(FIXTURES, 'invalid')).sort();
    expect(folders).toEqual(RULES.map(([name]) => name).sort());
  });

  test('a YAML mistake is reported once, at its line; the errors it sets off after it are not', () => {
    const { issues } = problems('yaml-syntax');
    expect(issues).toHaveLength(1);
    // The fixture's unclosed `[` list is on its 33rd line.
    expect(issues[0]).toMatchObject({ path: [], line: 33 });
  });

  test('a registry that cannot be read is the one problem reported: the stories’ actor ids wait for it', () => {
    const { issues } = problems('registry-yaml-syntax');
    expect(issues.map((i) => i.file)).toEqual([expect.stringMatching(/actors\.yaml$/)]);
  });

  test('a lead image that is a file of the site passes', () => {
    const root = caseRoot('missing-image');
    const story = join(root, 'articles', 'story.md');
    writeFileSync(story, readFileSync(story, 'utf8').replace('/images/not-there.jpg', '/favicon.svg'));
    expect(loadContent(root, { base: '/', cwd: root }).stories).toHaveLength(1);
  });

  test('messages point at the line of the field in the file', () => {
    const { issues } = problems('unknown-actor');
    // The fixture's `actor:` line is the 12th line of the file.
    expect(issues[0]).toMatchObject({ path: ['claims', 0, 'actor'], line: 12 });
  });

  test('a file whose form is wrong says its cross-checks come next; one with only cross-check problems does not', () => {
    expect(problems('missing-field').message).toContain(CROSS_CHECKS_WAIT);
    expect(problems('yaml-syntax').message).toContain(CROSS_CHECKS_WAIT);
    expect(problems('unknown-actor').message).not.toContain(CROSS_CHECKS_WAIT);
  });

  test('a duplicate id names the line of its first use, as written in the file', () => {
    for (const [name, file] of [
      ['duplicate-id', 'articles/story.md'],
      ['registry-duplicate-id', 'actors.yaml'],
    ] as const) {
      const { issues } = problems(name);
      const [, id, line] = /^`([^`]+)` is already used by .* \(line (\d+)\)/.exec(issues[0]!.message)!;
      const lines = readFileSync(join(FIXTURES, 'invalid', name, file), 'utf8').split('\n');
      const first = lines.findIndex((l) => new RegExp(`\\bid: ${id}\\b`).test(l)) + 1;
      expect(Number(line), name).toBe(first);
      expect(issues[0]!.line, name).toBeGreaterThan(first);
    }
  });

  test('all problems of a file are reported at once', () => {
    const { issues } = problems('duplicate-id');
    expect(issues.map((i) => i.path.join('.'))).toEqual(['claims.1.id']);
  });
});

// The parser's own words differ by mark (`Flow map` / `Flow sequence`, `'quote` / `"quote`):
// each mistake an editor makes must still get its fix.
const YAML_MISTAKES: [string, string, RegExp][] = [
  ['an unclosed [', 'tags: [pay, ports\ntitle: T\n', /Fix: close the `\[` with `\]`/],
  ['an unclosed {', 'source: { name: Gazette\ntitle: T\n', /Fix: close the `\[` with `\]` \(or the `\{` with `\}`\)/],
  ['an unclosed double quote', 'title: "Pay talks\ndek: D\n', /Fix: close the quotation mark/],
  ['an unclosed single quote', "title: 'Pay talks\ndek: D\n", /Fix: close the quotation mark/],
  ['a tab', 'claims:\n\t- id: a\n', /Fix: indent with spaces/],
  ['an unquoted ": "', 'title: Pay: fair\n', /Fix: a text with `: ` in it must be in quotes/],
];

describe('YAML mistakes say how to mend them', () => {
  test.each(YAML_MISTAKES)('%s', (_, yaml, fix) => {
    const { errors } = parseYaml(yaml);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(fix);
  });
});

describe('valid content', () => {
  test('the fixture story loads with its own actors', () => {
    const content = loadContent(join(FIXTURES, 'stories'), { base: '/' });
    expect(content.stories.map((s) => s.slug)).toEqual(['harbour-strike-talks']);
    expect(content.actors.map((a) => a.id)).toContain('dockers-union');
  });

  test('the real content loads', () => {
    const content = loadContent('content', { base: '/' });
    expect(content.stories.length).toBeGreaterThan(0);
  });
});
