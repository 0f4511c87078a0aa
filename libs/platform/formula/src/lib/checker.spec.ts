import { checkFormula } from './checker';
import { ENTITY } from '../testing/test-registry';
import { errorsOf, registry } from '../testing/harness';
import { formulaDependencies } from './dependencies';

const pathsOf = (source: string, namespace = 'lumary', objectApiName = ENTITY) => {
  const checked = checkFormula(source, {
    registry,
    objectApiName,
    namespace,
    usage: 'formulaField',
  });
  if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join('\n'));
  return formulaDependencies(checked.ast).fields.map((p) => p.join('.'));
};

describe('checkFormula: resolving names', () => {
  it("qualifies the package's own custom fields and relationships with its namespace", () => {
    expect(pathsOf('Start_Date__c < End_Date__c')).toEqual(['lumary__Start_Date__c', 'lumary__End_Date__c']);
    expect(pathsOf('Parent__r.Code__c & Parent__r.Parent__r.Name')).toEqual([
      'lumary__Parent__r.lumary__Code__c',
      'lumary__Parent__r.lumary__Parent__r.Name',
    ]);
  });

  it('leaves standard names and names with a namespace as written, in canonical case', () => {
    expect(pathsOf('name & lumary__code__c & TEXT(other__Score__c)')).toEqual(['Name', 'lumary__Code__c', 'other__Score__c']);
    expect(pathsOf('Contact__r.Account.Name')).toEqual(['lumary__Contact__r.Account.Name']);
  });

  it('a tenant formula (no namespace) names tenant fields plainly and package fields in full', () => {
    expect(pathsOf('Region__c & lumary__Code__c', '')).toEqual(['Region__c', 'lumary__Code__c']);
    expect(errorsOf('Code__c', { namespace: '' })).toEqual([`unknown field 'Code__c' on ${ENTITY} at 1:1`]);
    expect(errorsOf('Region__c')).toEqual([`unknown field 'Region__c' on ${ENTITY} at 1:1`]);
  });

  it("reads the record's record type and a parent's", () => {
    expect(pathsOf('RecordType.DeveloperName & Parent__r.RecordType.Name')).toEqual([
      'RecordType.DeveloperName',
      'lumary__Parent__r.RecordType.Name',
    ]);
    expect(errorsOf('RecordType.Label')).toEqual(["unknown field 'Label' on RecordType (use Id, DeveloperName or Name) at 1:12"]);
    expect(
      errorsOf('RecordType.DeveloperName', {
        objectApiName: 'Contact',
        namespace: '',
      }),
    ).toEqual(['Contact has no record types at 1:1']);
  });

  it('knows the fields every record has', () => {
    expect(pathsOf('Id & TEXT(CreatedDate)')).toEqual(['Id', 'CreatedDate']);
  });

  it('reads a polymorphic lookup only through fields every target has', () => {
    expect(pathsOf('Debtor__r.Name', 'lumary')).toEqual(['lumary__Debtor__r.Name']);
    expect(errorsOf('Debtor__r.Birthdate')).toEqual(["unknown field 'Birthdate' on Account at 1:11"]);
  });

  it('names the unknown field and the object it was looked for on, with its position', () => {
    expect(errorsOf('AND(ISBLANK(Foo__c), TRUE)')).toEqual([`unknown field 'Foo__c' on ${ENTITY} at 1:13`]);
    expect(errorsOf('Parent__r.Nope__c = ""')).toEqual([`unknown field 'Nope__c' on ${ENTITY} at 1:11`]);
    expect(errorsOf('Contact__r.Nope = ""')).toEqual(["unknown field 'Nope' on Contact at 1:12"]);
    expect(errorsOf('Mother__r.Name = ""')).toEqual([`unknown relationship 'Mother__r' on ${ENTITY} at 1:1`]);
    expect(errorsOf('RecordType = ""')).toEqual([`unknown field 'RecordType' on ${ENTITY} (use RecordType.DeveloperName) at 1:1`]);
  });

  it('reports an unknown object', () => {
    expect(errorsOf('TRUE', { objectApiName: 'Nope__c' })).toEqual(["unknown object 'Nope__c' at 1:1"]);
  });
});

describe('checkFormula: types', () => {
  it('types fields by their metadata type', () => {
    const type = (source: string) => {
      const checked = checkFormula(source, {
        registry,
        objectApiName: ENTITY,
        namespace: 'lumary',
        usage: 'formulaField',
      });
      return checked.ok ? checked.type : checked.errors[0].message;
    };
    expect(type('Amount__c')).toBe('Number');
    expect(type('Rate__c')).toBe('Number');
    expect(type('Total__c')).toBe('Number');
    expect(type('Period_Count__c')).toBe('Number');
    expect(type('Active__c')).toBe('Boolean');
    expect(type('Parent__c')).toBe('Text');
    expect(type('Posted_At__c')).toBe('DateTime');
    expect(type('Start_Date__c + 30')).toBe('Date');
    expect(type('End_Date__c - Start_Date__c')).toBe('Number');
    expect(type('IF(Active__c, NULL, Amount__c)')).toBe('Number');
  });

  it('reports wrong operand types at the operator', () => {
    expect(errorsOf('Code__c * 2')).toEqual(["operator '*' cannot be used with Text and Number at 1:9"]);
    expect(errorsOf('Active__c + 1')).toEqual(["operator '+' cannot be used with Boolean and Number at 1:11"]);
    expect(errorsOf('Start_Date__c + Start_Date__c')).toEqual(["operator '+' cannot be used with Date and Date at 1:15"]);
    expect(errorsOf('Code__c & 1')).toEqual(["operator '&' cannot be used with Text and Number at 1:9"]);
    expect(errorsOf('-Code__c')).toEqual(["operator '-' expects Number but got Text at 1:1"]);
  });

  it('reports wrong argument types at the argument', () => {
    expect(errorsOf('AND(Active__c, Code__c)')).toEqual(['AND expects Boolean for argument 2 but got Text at 1:16']);
    expect(errorsOf('LEFT(Code__c, "2")')).toEqual(['LEFT expects Number for argument 2 but got Text at 1:15']);
    expect(errorsOf('IF(Active__c, 1, "one")')).toEqual(['IF results must all have one type: expected Number but got Text at 1:18']);
  });

  it('lets picklists be used only through ISPICKVAL, TEXT, ISBLANK, ISCHANGED, PRIORVALUE and CASE', () => {
    expect(errorsOf('ISPICKVAL(Status__c, "Open") && ISBLANK(Status__c) && TEXT(Status__c) = "Open"')).toEqual([]);
    expect(errorsOf('CASE(Status__c, "Open", 1, 0) = 1')).toEqual([]);
    expect(errorsOf('Status__c = "Open"')).toEqual([
      "operator '=' cannot be used with a Picklist (picklists can only be used in ISPICKVAL, TEXT, ISBLANK, ISNULL, ISCHANGED, PRIORVALUE or CASE) and Text at 1:11",
    ]);
    expect(errorsOf('LEN(Status__c)')[0]).toMatch(/^LEN expects Text for argument 1 but got a Picklist/);
    expect(errorsOf('ISPICKVAL(Code__c, "x")')[0]).toBe('ISPICKVAL expects Picklist for argument 1 but got Text at 1:11');
  });

  it('checks argument counts and function names (case-insensitively)', () => {
    expect(errorsOf('left(Code__c)')).toEqual(['LEFT takes 2 arguments but got 1 at 1:1']);
    expect(errorsOf('AND()')).toEqual(['AND takes at least 1 argument but got 0 at 1:1']);
    expect(errorsOf('CASE(Count__c, 1, "a", 2, "b")')).toEqual([
      'CASE takes a subject, pairs of value and result, and an else result at 1:1',
    ]);
    expect(errorsOf('FROB(1)')).toEqual(["unknown function 'FROB' at 1:1"]);
  });

  it('checks the return type a rule or formula field needs', () => {
    expect(errorsOf('Amount__c', { usage: 'validationRule' })).toEqual(['the formula must return Checkbox but returns Number at 1:1']);
    expect(errorsOf('Code__c & "x"', { expected: 'Number' })).toEqual(['the formula must return Number but returns Text at 1:1']);
    expect(errorsOf('Amount__c * 2', { expected: 'Currency' })).toEqual([]);
    expect(errorsOf('Status__c', { expected: 'Text' })[0]).toMatch(/^the formula must return Text but returns a Picklist/);
  });

  it('allows ISNEW, ISCHANGED and PRIORVALUE in validation rules only, on fields of the record', () => {
    expect(
      errorsOf('ISNEW() || ISCHANGED(Status__c) || PRIORVALUE(Amount__c) > 0', {
        usage: 'validationRule',
      }),
    ).toEqual([]);
    expect(errorsOf('ISNEW()')).toEqual(['ISNEW can only be used in validation rules at 1:1']);
    expect(errorsOf('ISCHANGED(Parent__r.Name)', { usage: 'validationRule' })).toEqual(['ISCHANGED takes a field of this record at 1:11']);
  });

  it('rejects a literal regular expression that does not compile', () => {
    expect(errorsOf('REGEX(Code__c, "[0-9")')[0]).toMatch(/^invalid regular expression: .* at 1:16$/);
  });

  it('reports every problem at once', () => {
    expect(errorsOf('AND(Foo__c, LEN(1) > 0, Bar__r.X = 1)')).toEqual([
      `unknown field 'Foo__c' on ${ENTITY} at 1:5`,
      'LEN expects Text for argument 1 but got Number at 1:17',
      `unknown relationship 'Bar__r' on ${ENTITY} at 1:25`,
    ]);
  });

  it('passes parse errors through', () => {
    expect(errorsOf('AND(TRUE')).toEqual(["expected ')' after the arguments of AND but found the end of the formula at 1:9"]);
  });
});
