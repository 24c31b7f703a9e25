import { DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbStore } from '../../lambda/persistence/DynamoDbStore';
import { STATE_KEY } from '../../lambda/persistence/stateAttributes';
import { Conversation, text } from '../support/conversation';
import { startDynalite, startThrottlingProxy } from '../support/dynalite';

/** The real adapter (AWS SDK v3) against dynalite, a DynamoDB implementation started here. */
const TABLE = 'massage-coach-test';
let db: Awaited<ReturnType<typeof startDynalite>>;
let raw: DynamoDBClient;
let users = 0;

beforeAll(async () => {
  db = await startDynalite(TABLE);
  raw = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1' });
});
afterAll(async () => {
  raw.destroy();
  await db.close();
});

function store(endpoint = db.endpoint, extra: Partial<ConstructorParameters<typeof DynamoDbStore>[0]> = {}) {
  return new DynamoDbStore({ tableName: TABLE, endpoint, region: 'us-east-1', ...extra });
}

/** A new user each test, so that tests never see each other's items. */
function person(options: { clock?: () => Date; endpoint?: string; personId?: string } = {}) {
  const userId = `amzn1.ask.account.DYNAMO${++users}`;
  return new Conversation({
    store: store(options.endpoint),
    ...(options.clock ? { clock: options.clock } : {}),
    device: { userId, ...(options.personId ? { personId: options.personId } : {}) },
  });
}

async function item(id: string) {
  return (await raw.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: id } }, ConsistentRead: true }))).Item;
}

describe('DynamoDB persistence (dynalite)', () => {
  it('stores the ecosystem shape: id and attributes, under one versioned key, and the record\'s version beside them', async () => {
    const c = person();
    await c.say('lower back massage with a foam roller');
    const stored = await item(c.device.userId);
    expect(stored?.id?.S).toBe(c.device.userId);
    expect(stored?.attributes?.M?.[STATE_KEY]?.M?.v?.N).toBe('2');
    const version = stored?.version?.S;
    expect(version).toMatch(/^[\w-]{12}$/);
    // Every write makes a new version.
    await c.say('next');
    expect((await item(c.device.userId))?.version?.S).not.toBe(version);
  });

  it('a routine interrupted mid-way resumes at the same step in a new session', async () => {
    const c = person();
    await c.say('lower back massage with a tennis ball');
    await c.say('next');
    await c.say('next');
    // The session times out while the user is on the ball: no goodbye, no SessionEndedRequest.
    const back = await c.launch();
    expect(back.text).toContain(text('common:launch.resumeOffer', { step: 3, total: 5, routine: text('routines:lowerBackTennisBall.name') }));
    expect((await c.say('yes')).text).toContain('Step 3 of 5.');
  });

  it('keys by voice profile when there is one', async () => {
    const c = person({ personId: 'amzn1.ask.person.ALICE' });
    await c.say('lower back massage with a foam roller');
    expect(await item('amzn1.ask.person.ALICE')).toBeDefined();
    expect(await item(c.device.userId)).toBeUndefined();
    await raw.send(new DeleteItemCommand({ TableName: TABLE, Key: { id: { S: 'amzn1.ask.person.ALICE' } } }));
  });

  it('daily limits count across sessions and reset the next local day', async () => {
    let now = Date.parse('2026-04-10T09:00:00Z');
    const c = person({ clock: () => new Date(now) });
    await c.say('lower back massage with a tennis ball');
    for (let i = 0; i < 6; i++) await c.say('next');
    await c.say('lower back massage with a foam roller'); // a new session
    for (let i = 0; i < 4; i++) await c.say('next');
    expect((await c.saved())?.usage).toEqual({ day: '2026-04-10', ballRollerSeconds: 190 });
    now += 24 * 60 * 60 * 1000;
    await c.say('lower back massage with a foam roller');
    await c.say('next');
    expect((await c.saved())?.usage).toEqual({ day: '2026-04-11', ballRollerSeconds: 20 });
  });

  it('preferences persist across sessions', async () => {
    const c = person();
    await c.say('my favorite oil is peppermint');
    await c.say('I have sensitive skin');
    await c.say('slow down');
    await c.say('stop');
    const d = new Conversation({ store: store(), device: c.device });
    const heard = await d.say('what oil should I use');
    expect(heard.text).toContain(text('oils:personal.sensitiveFirst'));
    expect(heard.ssml.startsWith('<speak><prosody rate="85%">')).toBe(true);
    expect((await d.saved())?.prefs).toEqual({ oil: 'peppermint', sensitiveSkin: true, pace: 'slow' });
  });

  it('"forget my settings" leaves no item', async () => {
    const c = person();
    await c.say('lower back massage with a foam roller');
    await c.say('stop');
    expect(await item(c.device.userId)).toBeDefined();
    await c.say('forget my settings');
    await c.say('yes');
    expect(await item(c.device.userId)).toBeUndefined();
  });

  it('saves only when something changed', async () => {
    const c = person();
    await c.say('lower back massage with a foam roller');
    const before = await item(c.device.userId);
    await c.say('which step am I on');
    await c.say('help');
    expect(await item(c.device.userId)).toEqual(before);
  });

  it('a table that cannot be reached: the routine still works, nothing alarming is said', async () => {
    const c = person({ endpoint: 'http://127.0.0.1:9' });
    const heard = await c.say('lower back massage with a foam roller');
    expect(heard.text).toContain(text('routines:lowerBackFoamRoller.steps.lieDown'));
    expect(heard.text).not.toContain(text('common:error.generic'));
    expect((await c.say('next')).text).toContain('Step 2 of 4.');
  });

  it('throttling: retried a bounded number of times; when it persists, nothing saved is lost or emptied', async () => {
    const proxy = await startThrottlingProxy(db.endpoint);
    try {
      const c = person({ endpoint: proxy.endpoint });
      await c.say('lower back massage with a foam roller');
      await c.say('next');
      const saved = await item(c.device.userId);
      expect(saved).toBeDefined();

      // One throttle: the SDK retries and the user notices nothing.
      proxy.throttle(1);
      expect((await c.say('next')).text).toContain('Step 3 of 4.');
      expect((await c.saved())?.progress?.step).toBe(2);

      // Throttled for good: at most three attempts a call, the routine goes on, the item is untouched.
      const stored = await item(c.device.userId);
      const seenBefore = proxy.seen();
      proxy.throttle(1000);
      const next = await c.say('next');
      expect(next.text).toContain('Step 4 of 4.');
      expect(proxy.seen() - seenBefore).toBeLessThanOrEqual(3);
      proxy.throttle(0);
      expect(await item(c.device.userId)).toEqual(stored);
    } finally {
      await proxy.close();
    }
  });

  it('an item that cannot be read is set aside, not overwritten blindly', async () => {
    const c = person();
    await raw.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: c.device.userId }, attributes: { M: { [STATE_KEY]: { S: 'garbage' } } } } }));
    const heard = await c.launch();
    expect(heard.text.startsWith(text('common:persistence.freshStart'))).toBe(true);
    const stored = await item(c.device.userId);
    expect(stored?.attributes?.M?.massageCoachUnreadable?.M?.value?.M?.[STATE_KEY]?.S).toBe('garbage');
  });
});
