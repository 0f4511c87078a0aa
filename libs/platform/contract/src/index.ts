export { validationErrorsToApiErrors, validationException, errorCode } from './lib/validation-errors';
export {
  VALIDATION_PIPE_OPTIONS,
  ContractValidationPipe,
  createValidationPipe,
  CheckedBy,
  checkedBy,
  isValidatedDto,
} from './lib/validation-pipe';
export { IsCalendarDate, IsRecordId, IsDecimalString, IsMoney, decimalPattern, describeValue, type DecimalOptions } from './lib/validators';
export { RequestHeaders } from './lib/request-headers';
