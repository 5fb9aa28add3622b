import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseImages, findStep, parseInstructions } from '../../../src/build/dockerfile.js';

const file = [
  '# syntax=docker/dockerfile:1',
  'ARG BASE=busybox',
  'ARG TAG',
  'FROM ${BASE}:${TAG} AS build',
  '',
  'RUN echo one && \\',
  '    # a comment inside a continuation',
  '    exit 3',
  'FROM --platform=linux/amd64 registry.local:5000/runtime AS run',
  'COPY --from=build /out /out',
  'FROM build',
  'from scratch',
].join('\n');

test('instructions keep the line they start on; continuations are joined and comments inside them dropped', () => {
  const ins = parseInstructions(file);
  assert.deepEqual(ins.map((i) => [i.line, i.keyword]), [[2, 'ARG'], [3, 'ARG'], [4, 'FROM'], [6, 'RUN'], [9, 'FROM'], [10, 'COPY'], [11, 'FROM'], [12, 'FROM']]);
  assert.equal(ins[3]!.text, 'RUN echo one && exit 3');
});

test('base images: global ARGs substituted (build args over defaults); stage names and scratch left out', () => {
  const ins = parseInstructions(file);
  assert.deepEqual(baseImages(ins, { TAG: '1.36' }), ['busybox:1.36', 'registry.local:5000/runtime']);
  assert.deepEqual(baseImages(ins, { BASE: 'alpine', TAG: '3' }), ['alpine:3', 'registry.local:5000/runtime']);
});

test('a step line of buildah is found in the file, whitespace as buildah prints it', () => {
  const ins = parseInstructions(file);
  assert.equal(findStep(ins, 'RUN echo one &&     exit 3', 0), 3);
  assert.equal(findStep(ins, 'FROM build', 4), 6);
  assert.equal(findStep(ins, 'RUN nothing like it', 0), -1);
});
