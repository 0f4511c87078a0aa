import { asText } from '../values';
import { simple } from './function-def';

const ISPICKVAL = simple('ISPICKVAL', ['Picklist', 'Text'], 'Boolean', ([value, wanted]) => value !== null && value === asText(wanted));

/** A multi-select picklist stores its values joined with ';'. */
const INCLUDES = simple(
  'INCLUDES',
  ['MultiPicklist', 'Text'],
  'Boolean',
  ([value, wanted]) => value !== null && asText(value).split(';').includes(asText(wanted)),
);

export const PICKLIST_FUNCTIONS = [ISPICKVAL, INCLUDES];
