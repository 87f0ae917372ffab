import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import { settleItem, type ItemSituation } from '../../src/commands/dossier/settleItem.ts';

/** The item as the last import left it: file digest `F0`, store digest `S0`. */
const base = { file: 'F0', store: 'S0' };
const situation = (s: Partial<ItemSituation>): ItemSituation => ({
  record: base,
  file: 'F0',
  store: 'S0',
  planned: 0,
  prefer: undefined,
  ...s,
});

describe('settleItem: the re-import rule for one item', () => {
  describe('when the store holds the item exactly as the file says', () => {
    it('is unchanged, whatever either side did since the last import', () => {
      expect(settleItem(situation({ file: 'F1', store: 'S1', planned: 0 }))).to.deep.include({ outcome: 'unchanged' });
    });
  });

  describe('when the item is new to the store', () => {
    it('is created', () => {
      expect(settleItem(situation({ record: undefined, store: null, planned: 2 }))).to.deep.include({
        outcome: 'created',
        record: 'applied',
      });
    });
  });

  describe('when no import recorded the item and the store holds another version of it', () => {
    const unrecorded = { record: undefined, store: 'S1', planned: 1 };
    it('is a conflict: with no base, which side is newer cannot be told', () => {
      expect(settleItem(situation(unrecorded))).to.deep.equal({ outcome: 'conflict', conflict: true, record: null });
    });

    it('applies the file’s version with --prefer file', () => {
      expect(settleItem(situation({ ...unrecorded, prefer: 'file' }))).to.deep.include({
        outcome: 'updated',
        conflict: true,
      });
    });
  });

  describe('when the file is unchanged since the last import and the store changed the item', () => {
    it('leaves the store’s version alone and reports it kept, not a conflict', () => {
      expect(settleItem(situation({ store: 'S1', planned: 1 }))).to.deep.equal({
        outcome: 'kept',
        conflict: false,
        record: null,
      });
    });

    it('keeps it even when the deciders would refuse the file’s version now', () => {
      const refused = new ValidationError([{ path: 'when', message: 'no' }]);
      expect(settleItem(situation({ store: 'S1', planned: refused }))).to.deep.include({ outcome: 'kept' });
    });
  });

  describe('when the file changed the item and the store did not', () => {
    it('applies the file’s version', () => {
      expect(settleItem(situation({ file: 'F1', planned: 1 }))).to.deep.include({
        outcome: 'updated',
        conflict: false,
        record: 'applied',
      });
    });
  });

  describe('when both changed the item since the last import', () => {
    const both = { file: 'F1', store: 'S1', planned: 1 };
    it('is a conflict: nothing written, nothing recorded', () => {
      expect(settleItem(situation(both))).to.deep.equal({ outcome: 'conflict', conflict: true, record: null });
    });

    it('applies the file’s version with --prefer file', () => {
      expect(settleItem(situation({ ...both, prefer: 'file' }))).to.deep.equal({
        outcome: 'updated',
        conflict: true,
        record: 'applied',
      });
    });

    it('keeps the store’s version with --prefer store, and records that it did', () => {
      expect(settleItem(situation({ ...both, prefer: 'store' }))).to.deep.equal({
        outcome: 'kept',
        conflict: true,
        record: 'kept-store',
      });
    });

    it('is a conflict again after the store’s version was kept, until file and store agree', () => {
      const kept = { file: 'F1', store: null };
      expect(settleItem(situation({ record: kept, file: 'F2', store: 'S1', planned: 1 }))).to.deep.include({
        outcome: 'conflict',
      });
      expect(settleItem(situation({ record: kept, file: 'F1', store: 'S1', planned: 1 }))).to.deep.include({
        outcome: 'kept',
        conflict: false,
      });
    });
  });

  describe('when the deciders refuse the file’s changed version', () => {
    it('is rejected with their reason', () => {
      const refused = new ValidationError([{ path: 'when', message: 'no' }]);
      expect(settleItem(situation({ file: 'F1', planned: refused }))).to.deep.equal({
        outcome: 'rejected',
        error: refused,
      });
    });
  });
});
