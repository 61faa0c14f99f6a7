// Preloaded into the built CLI (NODE_OPTIONS=--import) by tests that live through many days: the clock
// reads FOURPOINT_TEST_NOW (an ISO instant) and runs on from it. Only Date is touched; nothing else changes.
const fixed = process.env.FOURPOINT_TEST_NOW;
if (fixed) {
  const RealDate = Date;
  const offset = RealDate.parse(fixed) - RealDate.now();
  if (!Number.isFinite(offset)) throw new Error(`FOURPOINT_TEST_NOW is not a date: ${fixed}`);
  class FakeDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = FakeDate;
}
