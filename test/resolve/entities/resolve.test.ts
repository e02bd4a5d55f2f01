import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention } from '../../../src/analyze/types.ts';
import type { Entity } from '../../../src/report/contract.ts';
import { EntityResolver, resolveEntities } from '../../../src/resolve/entities/index.ts';

let pos = 0;
function m(
  type: EntityMention['type'],
  name: string,
  key: string,
  extra: Partial<EntityMention> = {},
): EntityMention {
  pos += 10;
  return { start: pos, end: pos + 5, type, name, key, ...extra };
}

function holder(entities: Entity[], name: string): Entity[] {
  return entities.filter((e) => e.name === name || e.aliases.includes(name));
}

test('transliteration variants and surnames join one person across documents', () => {
  const { entities } = resolveEntities([
    { docId: 'a', entities: [m('person', 'Sergey Shoigu', 'person:sergeishoigu')] },
    { docId: 'b', entities: [m('person', 'Sergei Shoygu', 'person:sergeishoigu-x')] },
    { docId: 'c', entities: [m('person', 'Shoigu', 'person:shoigu')] },
  ]);
  const people = entities.filter((e) => e.type === 'person');
  assert.equal(people.length, 1);
  assert.equal(people[0].mentions.length, 3);
  assert.deepEqual(
    people[0].mentions.map((x) => x.doc),
    ['a', 'b', 'c'],
  );
});

test('a surname shared by two people joins neither', () => {
  const { entities } = resolveEntities([
    { docId: 'a', entities: [m('person', 'Ahmed Hassan', 'person:ahmedhasan')] },
    { docId: 'b', entities: [m('person', 'Mohamed Hassan', 'person:mohamedhasan')] },
    { docId: 'c', entities: [m('person', 'Hassan', 'person:hasan')] },
  ]);
  assert.equal(entities.filter((e) => e.type === 'person').length, 3);
});

test('ministries of different countries or kinds stay apart; forms of one merge', () => {
  const { entities, keyToId } = resolveEntities([
    {
      docId: 'a',
      text: "Ukraine's Defence Ministry said. Russia's Defence Ministry said.",
      entities: [
        {
          start: 0,
          end: 25,
          type: 'organization',
          name: "Ukraine's Defence Ministry",
          key: 'ua:ministry:defense',
        },
        {
          start: 32,
          end: 57,
          type: 'organization',
          name: "Russia's Defence Ministry",
          key: 'ru:ministry:defense',
        },
      ],
    },
    {
      docId: 'b',
      entities: [
        m('organization', 'the Ukrainian defense ministry', 'ua:ministry:defense'),
        m('organization', "Ukraine's Foreign Ministry", 'ua:ministry:foreign'),
      ],
    },
  ]);
  assert.equal(entities.length, 3);
  assert.equal(keyToId.get('ua:ministry:defense'), 'e1');
  assert.notEqual(keyToId.get('ru:ministry:defense'), keyToId.get('ua:ministry:defense'));
  assert.notEqual(keyToId.get('ua:ministry:foreign'), keyToId.get('ua:ministry:defense'));
  const ua = entities.find((e) => e.id === 'e1')!;
  const names = [ua.name, ...ua.aliases];
  assert.ok(names.includes('Ukrainian defense ministry'));
  assert.ok(names.includes("Ukraine's Defence Ministry"));
});

test('a person and a place with similar spellings never merge', () => {
  const { entities } = resolveEntities([
    { docId: 'a', entities: [m('person', 'Petro Bondarenko', 'person:petrobondarenko')] },
    {
      docId: 'b',
      entities: [
        m('place', 'Bondarenko', 'place:bondarenko'),
        m('person', 'Bondarenko', 'person:bondarenko'),
      ],
    },
  ]);
  assert.equal(entities.length, 2);
  const person = entities.find((e) => e.type === 'person')!;
  assert.equal(person.mentions.length, 2);
  assert.equal(entities.find((e) => e.type === 'place')!.mentions.length, 1);
});

test('acronym joins the one organisation with those initials; short place names join the one long form', () => {
  const { entities } = resolveEntities([
    {
      docId: 'a',
      entities: [
        m('organization', 'Sahel Coordination Council', 'org:sahelcoordinationcouncil'),
        m('place', 'Jebel Marra', 'place:jebelmara'),
        m('place', 'Upper Nile', 'place:upernile'),
      ],
    },
    {
      docId: 'b',
      entities: [
        m('organization', 'SCC', 'org:scc'),
        m('place', 'Marra', 'place:mara'),
        m('place', 'Nile', 'place:nile'),
      ],
    },
  ]);
  assert.equal(holder(entities, 'SCC').length, 1);
  assert.equal(holder(entities, 'SCC')[0].name, 'Sahel Coordination Council');
  assert.equal(holder(entities, 'Marra')[0].name, 'Jebel Marra');
  assert.equal(holder(entities, 'Nile')[0].name, 'Nile');
});

test('separatist authorities without a region join the one group tied to a region', () => {
  const { entities } = resolveEntities([
    { docId: 'a', entities: [m('group', 'separatist authorities', 'group:separatist:authorities')] },
    { docId: 'b', entities: [m('group', 'Transnistria officials', 'group:authorities:place:transnistria')] },
  ]);
  assert.equal(entities.length, 1);
});

test('affiliation keys become entity ids; ids follow first mention and do not depend on document order', () => {
  const docs = [
    {
      docId: 'a',
      entities: [
        m('country', 'Sudan', 'country:sd'),
        m('organization', 'Sudanese army', 'sd:military', { affiliation: 'country:sd' }),
      ],
    },
    {
      docId: 'b',
      entities: [
        m('person', 'Abdel Fattah al-Burhan', 'person:abdelfatahburhan', {
          role: 'General',
          affiliation: 'country:sd',
        }),
      ],
    },
  ];
  const one = resolveEntities(docs).entities;
  assert.deepEqual(
    one.map((e) => [e.id, e.name]),
    [
      ['e1', 'Sudan'],
      ['e2', 'Sudanese army'],
      ['e3', 'Abdel Fattah al-Burhan'],
    ],
  );
  assert.equal(one[1].affiliation, 'e1');
  assert.equal(one[2].affiliation, 'e1');
  assert.equal(one[2].role, 'General');
  const two = resolveEntities([...docs].reverse()).entities;
  assert.deepEqual(new Set(two.map((e) => e.name)), new Set(one.map((e) => e.name)));
});

test('EntityResolver is incremental: a later document can resolve an earlier surname', () => {
  const r = new EntityResolver();
  r.add('a', [m('person', 'Burhan', 'person:burhan')]);
  assert.equal(r.entities()[0].name, 'Burhan');
  const changes = r.add('b', [m('person', 'Abdel Fattah al-Burhan', 'person:abdelfatahburhan')]);
  const entities = r.entities();
  assert.equal(entities.length, 1);
  assert.equal(entities[0].name, 'Abdel Fattah al-Burhan');
  assert.equal(entities[0].id, 'e1', 'the id of the earliest key stays');
  assert.ok(entities[0].aliases.includes('Burhan'));
  assert.deepEqual(changes.removed, []);
});

test('a second full name with the same surname splits what the surname had joined', () => {
  const r = new EntityResolver();
  r.add('a', [m('person', 'Ahmed Hassan', 'person:ahmedhasan'), m('person', 'Hassan', 'person:hasan')]);
  assert.equal(r.entities().length, 1);
  const changes = r.add('b', [m('person', 'Mohamed Hassan', 'person:mohamedhasan')]);
  assert.deepEqual(
    r.entities().map((e) => [e.id, e.name]),
    [
      ['e1', 'Ahmed Hassan'],
      ['e2', 'Hassan'],
      ['e3', 'Mohamed Hassan'],
    ],
  );
  assert.deepEqual(changes.moved, ['person|person:hasan']);
  assert.equal(r.idOf('a', 'person:hasan'), 'e2');
});

test('adding a document twice is refused', () => {
  const r = new EntityResolver();
  r.add('a', [m('place', 'Mekelle', 'place:mekele')]);
  assert.throws(() => r.add('a', [m('place', 'Adigrat', 'place:adigrat')]), /added twice/);
});
