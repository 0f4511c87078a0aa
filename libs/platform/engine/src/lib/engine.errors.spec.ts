import { ENGINE_ERROR_CODES, EngineError } from './engine.errors';

describe('EngineError codes', () => {
  it('are Salesforce’s wire codes, carried as they are', () => {
    expect(ENGINE_ERROR_CODES).toEqual(
      expect.arrayContaining(['INVALID_FIELD', 'REQUIRED_FIELD_MISSING', 'ENTITY_IS_DELETED', 'DELETE_FAILED', 'INVALID_OPERATION']),
    );
    expect(EngineError.invalid('REQUIRED_FIELD_MISSING', 'Required fields are missing: [Name]', ['Name']).errors).toEqual([
      { errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Name]', fields: ['Name'] },
    ]);
  });

  it('refuse, at compile time, a code no module declares', () => {
    // @ts-expect-error: not an error code of any module
    const error = EngineError.invalid('REQUIRED_FEILD_MISSING', 'typo');
    // @ts-expect-error: codes are not free strings
    const shaped = new EngineError('invalid', [{ errorCode: 'SOMETHING', message: 'x', fields: [] }]);
    expect([error.kind, shaped.kind]).toEqual(['invalid', 'invalid']);
  });
});
