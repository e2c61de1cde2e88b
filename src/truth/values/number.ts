import type { ValueModel } from '../types.js';

const NUMBER = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

/** Numbers: the first number in the value; close values support each other within a relative tolerance. */
export function numberModel(tolerance: number): ValueModel<number> {
  return {
    parse(raw) {
      const m = NUMBER.exec(raw);
      if (!m) return undefined;
      const value = Number(m[0].replace(/,/g, ''));
      if (!Number.isFinite(value)) return undefined;
      return { key: String(value), data: value };
    },
    support(from, to) {
      if (from === to) return 1;
      const scale = Math.max(Math.abs(from), Math.abs(to));
      const relative = Math.abs(from - to) / (scale || 1);
      return Math.max(0, 1 - relative / tolerance);
    },
  };
}
