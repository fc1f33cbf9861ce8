// The rule parser's public face: parseMessage and the contract types.
export { parseMessage } from './parse.js';
export { resolveDateExpression, type DateExpressionResult } from '../dates-resolver.js';
export type { ParseContext, ParseResult, ParsedLog, ParserGoal, ParserHabit } from './types.js';
