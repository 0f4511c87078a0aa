import { join } from 'node:path';
import { Instant, LocalDate } from '@js-joda/core';
import { loadPackages, type Registry } from '@platform/metadata';
import { checkFormula, type FormulaContext } from './checker';
import { evaluate } from './evaluator';
import type { TypedExpr } from './ast';

const repoRoot = join(__dirname, '../../../../..');
let registry: Registry;

beforeAll(async () => {
  // Core and the platform's fixture package (a namespaced package with record types and rules).
  ({ registry } = await loadPackages([join(repoRoot, 'metadata/core'), join(repoRoot, 'libs/platform/testing/metadata/fixture')]));
});

/** The value, or a test failure saying what was missing from the metadata. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the metadata has no ${what}`);
  return value;
}

const ruleOf = (objectApiName: string, rule: string) =>
  must(registry.object(objectApiName)?.validationRules.get(rule.toLowerCase()), `rule ${objectApiName}.${rule}`).errorConditionFormula;

const namespaceOf = (packageName: string) => registry.packages.get(packageName)?.namespace ?? '';

/** Every validation rule and formula field in the platform metadata (Core and the fixture package), with how to check it. */
function formulas(): {
  name: string;
  source: string;
  context: FormulaContext;
}[] {
  return registry.objects.flatMap((object) => [
    ...[...object.validationRules.values()].map((rule) => ({
      name: `${object.apiName}.${rule.apiName}`,
      source: rule.errorConditionFormula,
      context: {
        registry,
        objectApiName: object.apiName,
        namespace: namespaceOf(rule.packageName),
        usage: 'validationRule' as const,
      },
    })),
    ...[...object.fields.values()]
      .filter((f) => f.type === 'Formula')
      .map((f) => ({
        name: `${object.apiName}.${f.apiName}`,
        source: must(f.formula, `formula of ${f.apiName}`),
        context: {
          registry,
          objectApiName: object.apiName,
          namespace: namespaceOf(f.packageName),
          expected: f.returnType,
          usage: 'formulaField' as const,
        },
      })),
  ]);
}

function checked(objectApiName: string, source: string, namespace: string, extra: Partial<FormulaContext> = {}): TypedExpr {
  const result = checkFormula(source, {
    registry,
    objectApiName,
    namespace,
    ...extra,
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.ast;
}

const env = (values: Record<string, unknown>) => ({
  get: (path: readonly string[]) => values[path.join('.')],
  today: LocalDate.parse('2025-06-15'),
  now: Instant.parse('2025-06-15T00:00:00Z'),
});

describe('the platform metadata (Core and the fixture package)', () => {
  it('has the validation rules and formula fields these tests expect', () => {
    const names = formulas().map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'fixture__Register__c.Start_Before_End',
        'fixture__Register__c.Parent_Same_Type',
        'fixture__Register__c.Standard_Only',
        'fixture__Order__c.fixture__Total__c',
        'Contact.Birthdate_Not_In_Future',
        'Account.ABN_Format',
        'Contact.Name',
        'User.Name',
      ]),
    );
  });

  it('every validation rule and formula field checks without errors', () => {
    const problems = formulas().flatMap(({ name, source, context }) => {
      const result = checkFormula(source, context);
      return result.ok ? [] : result.errors.map((e) => `${name}: ${e.message}`);
    });
    expect(problems).toEqual([]);
  });

  describe('Start_Before_End', () => {
    const rule = () => {
      const object = 'fixture__Register__c';
      return checked(object, ruleOf(object, 'Start_Before_End'), 'fixture');
    };
    const period = (start: string, end: string, recordType = 'Period') =>
      env({
        'RecordType.DeveloperName': recordType,
        fixture__Start_Date__c: start,
        fixture__End_Date__c: end,
      });

    it('is an error when a period starts after it ends', () => {
      expect(evaluate(rule(), period('2025-03-31', '2025-03-01'))).toBe(true);
    });

    it('passes when the period starts before it ends', () => {
      expect(evaluate(rule(), period('2025-03-01', '2025-03-31'))).toBe(false);
    });

    it('leaves other record types and missing dates to other rules', () => {
      expect(evaluate(rule(), period('2025-03-31', '2025-03-01', 'Category'))).toBe(false);
      expect(
        evaluate(
          rule(),
          env({
            'RecordType.DeveloperName': 'Period',
            fixture__Start_Date__c: '2025-03-31',
          }),
        ),
      ).toBe(false);
    });
  });

  it('Contact.Name joins first and last name, trimming a missing one', () => {
    const name = checked('Contact', must(registry.field('Contact', 'Name')?.formula, 'Contact.Name formula'), '', {
      expected: 'Text',
      usage: 'formulaField',
    });
    expect(evaluate(name, env({ FirstName: 'Ada', LastName: 'Lovelace' }))).toBe('Ada Lovelace');
    expect(evaluate(name, env({ LastName: 'Lovelace' }))).toBe('Lovelace');
  });

  it('ABN_Format wants exactly 11 digits', () => {
    const abn = checked('Account', ruleOf('Account', 'ABN_Format'), '');
    expect(evaluate(abn, env({ ABN: '51824753556' }))).toBe(false);
    expect(evaluate(abn, env({ ABN: '51 824 753 556' }))).toBe(true);
    expect(evaluate(abn, env({ ABN: '518247535560' }))).toBe(true);
    expect(evaluate(abn, env({}))).toBe(false);
  });

  it('Birthdate_Not_In_Future compares with the tenant today', () => {
    const rule = checked('Contact', ruleOf('Contact', 'Birthdate_Not_In_Future'), '');
    expect(evaluate(rule, env({ Birthdate: '2025-06-16' }))).toBe(true);
    expect(evaluate(rule, env({ Birthdate: '2025-06-15' }))).toBe(false);
  });
});
