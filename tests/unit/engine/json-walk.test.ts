import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { elements, members, parseSpan, skipValue } from '../../../electron/engine/parse/json-walk';
import { DataFileError } from '../../../electron/engine/parse/parse-error';
import { conversationPieces } from '../../../electron/engine/ingest/normalise/conversation-pieces';
import { PROPERTY_TEST_TIMEOUT_MS, PROPERTY_TIME_LIMIT_MS } from '../property-budget';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

/** The bytes of `text` followed by bytes that must never be read (the splitter's buffer may hold more). */
function withTail(text: string): { buf: Buffer; end: number } {
  const body = Buffer.from(text, 'utf8');
  return { buf: Buffer.concat([body, Buffer.from('}]"{,')]), end: body.length };
}

describe('json-walk', () => {
  it('finds the members and elements of any JSON value, as JSON.parse reads them', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.jsonValue()),
        fc.boolean(),
        (obj, arr, pretty) => {
          const o = withTail(JSON.stringify(obj, null, pretty ? 2 : undefined));
          const got: Record<string, unknown> = {};
          for (const m of members(o.buf, 0, o.end)) got[m.key] = parseSpan(o.buf, m.start, m.stop);
          expect(got).toEqual(JSON.parse(JSON.stringify(obj)));
          const a = withTail(JSON.stringify(arr, null, pretty ? 2 : undefined));
          const items = [...elements(a.buf, 0, a.end)].map(([s, e]) => parseSpan(a.buf, s, e));
          expect(items).toEqual(JSON.parse(JSON.stringify(arr)));
          expect(skipValue(a.buf, 0, a.end)).toBe(a.end);
        },
      ),
      { seed: 42, numRuns: 300, interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS },
    );
  });

  it.each([
    ['[1 2]', 'a comma is missing'],
    ['[1,]', 'a value is missing'],
    ['[{"a": "b}]', 'does not end'],
    ['{"a" 1}', 'a colon is missing'],
    ['{1: 2}', 'an object key is not a string'],
    ['[1, 2', 'it ends early'],
    ['[[1, 2]', 'it ends early'],
    ['[{"a": [1}]', 'does not parse'],
  ])('refuses %j with a reason', (text, reason) => {
    const { buf, end } = withTail(text);
    const walk = () => {
      for (const [s, e] of text.startsWith('{')
        ? [...members(buf, 0, end)].map((m) => [m.start, m.stop])
        : elements(buf, 0, end))
        parseSpan(buf, s!, e!);
    };
    expect(walk).toThrow(DataFileError);
    expect(walk).toThrow(reason);
  });
});

describe('conversationPieces', () => {
  const messages = Array.from({ length: 2500 }, (_, i) => ({
    messageCreate: {
      id: String(1000 + i),
      text: `message ${i} with "quotes", {braces} and [brackets] \\ ok`,
    },
  }));
  const conversation = { conversationId: '12-34', messages };

  it('hands on the messages in pieces, each with the conversation’s other fields', () => {
    const { buf, end } = withTail(
      JSON.stringify([{ dmConversation: conversation }], null, 2)
        .slice(1, -1)
        .trim(),
    );
    const pieces = [...conversationPieces(buf, 0, end, 1000)] as Array<{
      dmConversation: typeof conversation;
    }>;
    expect(pieces.map((p) => p.dmConversation.messages.length)).toEqual([1000, 1000, 500]);
    expect(pieces.every((p) => p.dmConversation.conversationId === '12-34')).toBe(true);
    expect(pieces.flatMap((p) => p.dmConversation.messages)).toEqual(messages);
  });

  it('reads an unwrapped conversation and one without messages', () => {
    const bare = withTail(JSON.stringify(conversation));
    const pieces = [...conversationPieces(bare.buf, 0, bare.end, 2000)] as Array<typeof conversation>;
    expect(pieces.map((p) => p.messages.length)).toEqual([2000, 500]);
    const empty = withTail(JSON.stringify({ dmConversation: { conversationId: '1-2', messages: [] } }));
    expect([...conversationPieces(empty.buf, 0, empty.end)]).toEqual([
      { dmConversation: { conversationId: '1-2', messages: [] } },
    ]);
  });
});
