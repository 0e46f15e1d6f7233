import { expect, test } from 'vitest';
import { workerUrl } from './worker-url.js';

test('a worker commits asynchronously, keeping the options the URL gave', () => {
  const plain = new URL(workerUrl('postgres://u:p@127.0.0.1:5432/db'));
  expect(plain.searchParams.get('options')).toBe('-c synchronous_commit=off');
  const schema = new URL(workerUrl('postgres://u:p@host/db?options=-c%20search_path%3Dx&sslmode=disable'));
  expect(schema.searchParams.get('options')).toBe('-c search_path=x -c synchronous_commit=off');
  expect(schema.searchParams.get('sslmode')).toBe('disable');
  expect(schema.password).toBe('p');
  expect(schema.searchParams.get('application_name')).toBe('corroborate-worker');
});
