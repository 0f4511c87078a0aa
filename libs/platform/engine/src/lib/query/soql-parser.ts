import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { EngineError } from '../engine.errors';
import type { AggregateFunction, CompareOperator, Condition, FieldRef, Literal, OrderItem, SoqlQuery } from './soql-ast';
import {
  allTokens,
  And,
  Asc,
  By,
  Comma,
  CompareOp,
  DateLiteral,
  DateRangeLiteral,
  DateTimeLiteral,
  Desc,
  Dot,
  Excludes,
  False,
  First,
  From,
  Group,
  Having,
  Identifier,
  In,
  Includes,
  Last,
  Like,
  Limit,
  LParen,
  Not,
  Null,
  Nulls,
  NumberLiteral,
  Offset,
  Or,
  Order,
  RParen,
  Select,
  soqlLexer,
  StringLiteral,
  Today,
  Tomorrow,
  True,
  Where,
  With,
  Yesterday,
} from './soql-lexer';
import { dateLiteral, dateRangeLiteral, dateTimeLiteral, numberLiteral, stringLiteral, wholeNumber } from './soql-literals';
import { expectedMessages, lexingError, syntaxError, where as position } from './soql-parse-errors';

const OPERATORS_HINT = 'an operator (=, !=, <, <=, >, >=, LIKE, IN, NOT IN, INCLUDES or EXCLUDES)';
const VALUE_HINT = "a value ('text', a number, a date, true, false, null, or a date literal such as TODAY or LAST_N_DAYS:30)";

const compareOperator = (image: string): CompareOperator => (image === '<>' ? '!=' : (image as CompareOperator));
const junction = (kind: 'and' | 'or', operands: Condition[]): Condition => (operands.length === 1 ? operands[0] : { kind, operands });

/**
 * SELECT path, ... FROM Object [WHERE condition] [ORDER BY path [ASC|DESC] [NULLS FIRST|LAST], ...]
 * [LIMIT n] [OFFSET n]. AND binds tighter than OR; NOT tighter than both.
 */
class SoqlParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { errorMessageProvider: expectedMessages, recoveryEnabled: false, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  readonly query = this.RULE('query', (): SoqlQuery => {
    this.CONSUME(Select);
    const select: FieldRef[] = [];
    const children: SoqlQuery[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: Comma,
      DEF: () =>
        this.OR9({
          ERR_MSG: 'a name',
          DEF: [
            {
              // A child subquery: (SELECT LastName FROM Contacts ...).
              ALT: () => {
                this.CONSUME3(LParen);
                const child = this.SUBRULE(this.query);
                this.CONSUME3(RParen);
                children.push(child);
              },
            },
            { ALT: () => select.push(this.SUBRULE(this.selectItem)) },
          ],
        }),
    });
    this.CONSUME(From);
    const from = this.CONSUME(Identifier);
    // Assigned inside the grammar's callbacks, which control-flow analysis does not follow.
    let alias = undefined as IToken | undefined;
    let security = undefined as IToken | undefined;
    let where = undefined as Condition | undefined;
    let groupBy = undefined as FieldRef[] | undefined;
    let having = undefined as Condition | undefined;
    let orderBy: OrderItem[] = [];
    let limit = undefined as IToken | undefined;
    let offset = undefined as IToken | undefined;
    this.OPTION5(() => {
      alias = this.CONSUME2(Identifier);
    });
    this.OPTION(() => {
      this.CONSUME(Where);
      where = this.SUBRULE(this.condition);
    });
    this.OPTION6(() => {
      this.CONSUME(With);
      security = this.CONSUME4(Identifier);
    });
    this.OPTION7(() => {
      this.CONSUME(Group);
      this.CONSUME2(By);
      const items: FieldRef[] = [];
      this.AT_LEAST_ONE_SEP2({ SEP: Comma, DEF: () => items.push(this.SUBRULE(this.fieldRef)) });
      groupBy = items;
      this.OPTION8(() => {
        this.CONSUME(Having);
        having = this.SUBRULE2(this.condition);
      });
    });
    this.OPTION2(() => {
      this.CONSUME(Order);
      this.CONSUME(By);
      orderBy = this.SUBRULE(this.orderList);
    });
    this.OPTION3(() => {
      this.CONSUME(Limit);
      limit = this.CONSUME(NumberLiteral);
    });
    this.OPTION4(() => {
      this.CONSUME(Offset);
      offset = this.CONSUME2(NumberLiteral);
    });
    return this.ACTION(() =>
      withoutAlias(alias?.image, {
        ...selectList(select, !!groupBy),
        ...(children.length ? { children } : {}),
        from: from.image,
        ...(where ? { where } : {}),
        ...(security ? { security: securityMode(security) } : {}),
        ...(groupBy ? { groupBy } : {}),
        ...(having ? { having } : {}),
        orderBy,
        ...(limit ? { limit: wholeNumber(limit, 'LIMIT') } : {}),
        ...(offset ? { offset: wholeNumber(offset, 'OFFSET') } : {}),
      }),
    );
  });

  /** A field path, or an aggregate function of one: `SUM(Amount__c)`, `COUNT()`. */
  readonly fieldRef = this.RULE('fieldRef', (): FieldRef => {
    const first = this.CONSUME(Identifier);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(LParen);
          let path: string[] = [];
          this.OPTION(() => {
            path = this.SUBRULE(this.fieldPath);
          });
          this.CONSUME(RParen);
          return this.ACTION(() => ({ path, fn: aggregateFunction(first, path) }));
        },
      },
      {
        ALT: () => {
          const path = [first.image];
          this.MANY(() => {
            this.CONSUME(Dot);
            path.push(this.CONSUME2(Identifier).image);
          });
          return { path };
        },
      },
    ]);
  });

  readonly fieldPath = this.RULE('fieldPath', (): string[] => {
    const path = [this.CONSUME(Identifier).image];
    this.MANY(() => {
      this.CONSUME(Dot);
      path.push(this.CONSUME2(Identifier).image);
    });
    return path;
  });

  /** A SELECT item: a field or an aggregate, with an optional alias. */
  readonly selectItem = this.RULE('selectItem', (): FieldRef => {
    const ref = this.SUBRULE(this.fieldRef);
    let alias = undefined as IToken | undefined;
    // A name after a field is its alias only where an alias can end the item: `Name FORM Contact` is a typo, not an alias.
    this.OPTION({
      GATE: () => !!ref.fn || [Comma, From].includes(this.LA(2).tokenType),
      DEF: () => {
        alias = this.CONSUME(Identifier);
      },
    });
    return this.ACTION(() => (alias ? { ...ref, alias: alias.image } : ref));
  });

  readonly condition = this.RULE('condition', (): Condition => {
    const operands = [this.SUBRULE(this.conjunction)];
    this.MANY(() => {
      this.CONSUME(Or);
      operands.push(this.SUBRULE2(this.conjunction));
    });
    return this.ACTION(() => junction('or', operands));
  });

  readonly conjunction = this.RULE('conjunction', (): Condition => {
    const operands = [this.SUBRULE(this.negation)];
    this.MANY(() => {
      this.CONSUME(And);
      operands.push(this.SUBRULE2(this.negation));
    });
    return this.ACTION(() => junction('and', operands));
  });

  readonly negation = this.RULE(
    'negation',
    (): Condition =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(Not);
            const operand = this.SUBRULE(this.negation);
            return this.ACTION((): Condition => ({ kind: 'not', operand }));
          },
        },
        { ALT: () => this.SUBRULE(this.primary) },
      ]),
  );

  readonly primary = this.RULE(
    'primary',
    (): Condition =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(LParen);
            const inner = this.SUBRULE(this.condition);
            this.CONSUME(RParen);
            return inner;
          },
        },
        { ALT: () => this.SUBRULE(this.comparison) },
      ]),
  );

  readonly comparison = this.RULE('comparison', (): Condition => {
    const field = this.SUBRULE(this.fieldRef);
    return this.OR({
      ERR_MSG: OPERATORS_HINT,
      DEF: [
        {
          ALT: () => {
            const op = this.CONSUME(CompareOp);
            const value = this.SUBRULE(this.value);
            return this.ACTION((): Condition => ({ kind: 'compare', field, op: compareOperator(op.image), value }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(Like);
            const value = this.SUBRULE2(this.value);
            return { kind: 'compare', field, op: 'LIKE', value };
          },
        },
        {
          ALT: () => {
            this.CONSUME(In);
            return this.membership(field, false, this.SUBRULE(this.valuesOrQuery));
          },
        },
        {
          ALT: () => {
            this.CONSUME(Not);
            this.CONSUME2(In);
            return this.membership(field, true, this.SUBRULE2(this.valuesOrQuery));
          },
        },
        {
          ALT: () => {
            this.CONSUME(Includes);
            return { kind: 'includes', field, negated: false, values: this.SUBRULE3(this.valueList) };
          },
        },
        {
          ALT: () => {
            this.CONSUME(Excludes);
            return { kind: 'includes', field, negated: true, values: this.SUBRULE4(this.valueList) };
          },
        },
      ],
    });
  });

  /** IN's right side: a list of values, or a semi-join's subquery. */
  readonly valuesOrQuery = this.RULE('valuesOrQuery', (): Literal[] | SoqlQuery => {
    this.CONSUME(LParen);
    const inside = this.OR([
      { ALT: (): SoqlQuery => this.SUBRULE(this.query) },
      {
        ALT: (): Literal[] => {
          const values: Literal[] = [];
          this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => values.push(this.SUBRULE(this.value)) });
          return values;
        },
      },
    ]);
    this.CONSUME(RParen);
    return inside;
  });

  readonly valueList = this.RULE('valueList', (): Literal[] => {
    this.CONSUME(LParen);
    const values: Literal[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => values.push(this.SUBRULE(this.value)) });
    this.CONSUME(RParen);
    return values;
  });

  readonly value = this.RULE(
    'value',
    (): Literal =>
      this.OR({
        ERR_MSG: VALUE_HINT,
        DEF: [
          { ALT: () => this.literal(this.CONSUME(StringLiteral), stringLiteral) },
          { ALT: () => this.literal(this.CONSUME(NumberLiteral), numberLiteral) },
          { ALT: () => this.literal(this.CONSUME(DateTimeLiteral), dateTimeLiteral) },
          { ALT: () => this.literal(this.CONSUME(DateLiteral), dateLiteral) },
          { ALT: () => this.constant(this.CONSUME(True), { kind: 'boolean', value: true }) },
          { ALT: () => this.constant(this.CONSUME(False), { kind: 'boolean', value: false }) },
          { ALT: () => this.constant(this.CONSUME(Null), { kind: 'null' }) },
          { ALT: () => this.constant(this.CONSUME(Today), { kind: 'relativeDate', value: 'TODAY' }) },
          { ALT: () => this.constant(this.CONSUME(Yesterday), { kind: 'relativeDate', value: 'YESTERDAY' }) },
          { ALT: () => this.constant(this.CONSUME(Tomorrow), { kind: 'relativeDate', value: 'TOMORROW' }) },
          { ALT: () => this.literal(this.CONSUME(DateRangeLiteral), dateRangeLiteral) },
        ],
      }),
  );

  readonly orderList = this.RULE('orderList', (): OrderItem[] => {
    const items: OrderItem[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => items.push(this.SUBRULE(this.orderItem)) });
    return items;
  });

  readonly orderItem = this.RULE('orderItem', (): OrderItem => {
    const field = this.SUBRULE(this.fieldRef);
    let direction = 'ASC' as OrderItem['direction'];
    let nulls = undefined as OrderItem['nulls'] | undefined;
    this.OPTION(() => {
      direction = this.OR([
        { ALT: () => this.keyword(this.CONSUME(Asc), 'ASC' as const) },
        { ALT: () => this.keyword(this.CONSUME(Desc), 'DESC' as const) },
      ]);
    });
    this.OPTION2(() => {
      this.CONSUME(Nulls);
      nulls = this.OR2([
        { ALT: () => this.keyword(this.CONSUME(First), 'FIRST' as const) },
        { ALT: () => this.keyword(this.CONSUME(Last), 'LAST' as const) },
      ]);
    });
    return { field, direction, nulls: nulls ?? (direction === 'ASC' ? 'FIRST' : 'LAST') };
  });

  private membership(field: FieldRef, negated: boolean, right: Literal[] | SoqlQuery): Condition {
    return Array.isArray(right) ? { kind: 'in', field, negated, values: right } : { kind: 'inQuery', field, negated, query: right };
  }

  private literal(token: IToken, build: (t: IToken) => Literal): Literal {
    return this.ACTION(() => build(token));
  }

  /** A keyword that stands for a fixed value; the token itself was consumed by the caller. */
  private constant(_token: IToken, value: Literal): Literal {
    return value;
  }

  private keyword<T extends string>(_token: IToken, value: T): T {
    return value;
  }
}

const FUNCTIONS = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);

/** SUM(...), COUNT() ...: known functions only; only COUNT may be empty. */
function aggregateFunction(name: IToken, path: string[]): AggregateFunction {
  const fn = name.image.toUpperCase();
  const at = position(name.startLine, name.startColumn);
  if (!FUNCTIONS.has(fn)) {
    throw EngineError.invalid(
      'MALFORMED_QUERY',
      `unknown function '${name.image}' ${at}; expected COUNT, COUNT_DISTINCT, SUM, AVG, MIN or MAX`,
    );
  }
  if (path.length === 0 && fn !== 'COUNT') throw EngineError.invalid('MALFORMED_QUERY', `${fn}() needs a field ${at}`);
  return fn as AggregateFunction;
}

/**
 * `SELECT COUNT()` alone counts rows (totalSize, no records); any other aggregate, or GROUP BY,
 * makes an aggregate query. Aliases belong to aggregate queries only, as in Salesforce.
 */
function selectList(select: FieldRef[], grouped: boolean): Pick<SoqlQuery, 'select' | 'countOnly'> {
  const countAll = select.findIndex((ref) => ref.fn === 'COUNT' && ref.path.length === 0);
  if (countAll >= 0) {
    if (select.length > 1 || grouped || select[countAll].alias) {
      throw EngineError.invalid('MALFORMED_QUERY', 'COUNT() must be the only item in the SELECT list, without GROUP BY or an alias');
    }
    return { select: [], countOnly: true };
  }
  if (!grouped && !select.some((ref) => ref.fn)) {
    const aliased = select.find((ref) => ref.alias);
    if (aliased) {
      throw EngineError.invalid(
        'MALFORMED_QUERY',
        `unexpected token '${aliased.alias}' after ${aliased.path.join('.')}: only an aggregate query's SELECT items take an alias`,
      );
    }
  }
  return { select };
}

/** WITH SECURITY_ENFORCED / WITH USER_MODE; SYSTEM_MODE is Apex's, never a client's. */
function securityMode(token: IToken): 'SECURITY_ENFORCED' | 'USER_MODE' {
  const mode = token.image.toUpperCase();
  if (mode === 'SECURITY_ENFORCED' || mode === 'USER_MODE') return mode;
  const at = position(token.startLine, token.startColumn);
  if (mode === 'SYSTEM_MODE')
    throw EngineError.invalid('MALFORMED_QUERY', `WITH SYSTEM_MODE is not allowed in the API ${at}: queries run as the user`);
  throw EngineError.invalid('MALFORMED_QUERY', `unknown WITH clause '${token.image}' ${at}; expected SECURITY_ENFORCED or USER_MODE`);
}

/** `FROM Contact c`: the paths that start with the alias `c.` are read without it. */
function withoutAlias(alias: string | undefined, query: SoqlQuery): SoqlQuery {
  if (!alias) return query;
  const name = alias.toLowerCase();
  const strip = (ref: FieldRef): FieldRef =>
    ref.path.length > 1 && ref.path[0].toLowerCase() === name ? { ...ref, path: ref.path.slice(1) } : ref;
  const condition = (c: Condition): Condition => {
    switch (c.kind) {
      case 'and':
      case 'or':
        return { ...c, operands: c.operands.map(condition) };
      case 'not':
        return { ...c, operand: condition(c.operand) };
      default:
        return { ...c, field: strip(c.field) };
    }
  };
  return {
    ...query,
    select: query.select.map(strip),
    ...(query.where ? { where: condition(query.where) } : {}),
    ...(query.groupBy ? { groupBy: query.groupBy.map(strip) } : {}),
    ...(query.having ? { having: condition(query.having) } : {}),
    orderBy: query.orderBy.map((item) => ({ ...item, field: strip(item.field) })),
  };
}

/** Queries travel in URLs; anything longer or deeper is refused before parsing. */
const MAX_QUERY_LENGTH = 20_000;
const MAX_NESTING = 50;

let instance: SoqlParser | undefined;
type Entry = 'query' | 'condition' | 'orderList';

function parse<T>(text: string, entry: Entry): T {
  if (text.length > MAX_QUERY_LENGTH) {
    throw EngineError.invalid('MALFORMED_QUERY', `the query is too long (at most ${MAX_QUERY_LENGTH} characters)`);
  }
  const lexed = soqlLexer.tokenize(text);
  if (lexed.errors.length > 0) throw lexingError(text, lexed.errors[0]);
  checkNesting(lexed.tokens);
  const parser = (instance ??= new SoqlParser());
  parser.input = lexed.tokens;
  const result = parser[entry]() as T;
  const [first] = parser.errors;
  if (first) throw syntaxError(text, first.token, first.message);
  return result;
}

/** Parentheses and NOT chains nest the grammar's recursion; deep nesting is refused, not overflowed. */
function checkNesting(tokens: IToken[]): void {
  let depth = 0;
  let nots = 0;
  for (const token of tokens) {
    if (token.tokenType === LParen) depth++;
    else if (token.tokenType === RParen) depth--;
    nots = token.tokenType === Not ? nots + 1 : 0;
    if (depth + nots > MAX_NESTING) {
      throw EngineError.invalid('MALFORMED_QUERY', `the query nests parentheses or NOT more than ${MAX_NESTING} deep`);
    }
  }
}

/** Parses a SOQL query; syntax errors are EngineError MALFORMED_QUERY naming the column. */
export const parseQuery = (text: string): SoqlQuery => parse(text, 'query');

/** Parses a WHERE condition alone (the list endpoint's `where=`), without the WHERE keyword. */
export const parseWhere = (text: string): Condition => parse(text, 'condition');

/** Parses ORDER BY items alone (the list endpoint's `orderBy=`), without ORDER BY. */
export const parseOrderBy = (text: string): OrderItem[] => parse(text, 'orderList');
