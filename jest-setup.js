// Jest setup provided by Grafana scaffolding
import './.config/jest-setup';
import v8 from 'v8';

// jsdom (Jest 29) lacks structuredClone, which vega-lite uses; Node's v8 serializer is the same algorithm.
if (typeof global.structuredClone !== 'function') {
  global.structuredClone = (value) => v8.deserialize(v8.serialize(value));
}
