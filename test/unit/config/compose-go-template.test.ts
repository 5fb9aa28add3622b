// compose-go's interpolation tests, as data. Source: github.com/compose-spec/compose-go,
// template/template_test.go at commit e70e961c3a3acebf0800b882f1afb3dbf1fb74a2
// (Apache-2.0). Every case of that file is here except the ones that test its Go
// hooks (SubstituteWith with a custom function, WithReplacementFunction); the
// last plain case of TestSubstituteWithReplacementFunc is kept. Its
// TestSubstitutionFunctionChoice asserts which operator wins: ported as what
// that choice does to an unset VARNAME.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interpolateString, InterpolationError } from '../../../src/config/interpolate.js';

const defaults: Record<string, string> = { FOO: 'first', BAR: '', JSON: '{"json":2}' };
const lookup = (name: string) => (Object.hasOwn(defaults, name) ? defaults[name] : undefined);

/** [Go test, template, expected result, names reported unset (when the Go test counts warnings)]. */
const values: [from: string, template: string, expected: string, unset?: string[]][] = [
  ['TestEscaped', '$${foo}', '${foo}'],
  ['TestSubstituteNoMatch', 'foo', 'foo'],
  ['TestUnescaped', 'a $ string', 'a $ string'],
  ['TestUnescaped', '^REGEX$', '^REGEX$'],
  ['TestUnescaped', '$}', '$}'],
  ['TestUnescaped', '$', '$'],
  ['TestNonBraced', '$FOO-bar', 'first-bar'],
  ['TestNoValueNoDefault', 'This ${missing} var', 'This  var'],
  ['TestNoValueNoDefault', 'This ${BAR} var', 'This  var'],
  ['TestValueNoDefault', 'This $FOO var', 'This first var'],
  ['TestValueNoDefault', 'This ${FOO} var', 'This first var'],
  ['TestNoValueWithDefault', 'ok ${missing:-def}', 'ok def'],
  ['TestNoValueWithDefault', 'ok ${missing-def}', 'ok def'],
  ['TestLazyDefaultDoesNotWarn', '${A:+${A},}B', 'B', []],
  ['TestLazyDefaultWarnsWhenUsed', '${A:-${B}}', '', ['B']],
  ['TestEmptyValueWithSoftDefault', 'ok ${BAR:-def}', 'ok def'],
  ['TestValueWithSoftDefault', 'ok ${FOO:-def}', 'ok first'],
  ['TestEmptyValueWithHardDefault', 'ok ${BAR-def}', 'ok '],
  ['TestPresentValueWithUnset', 'ok ${UNSET_VAR:+presence_value}', 'ok '],
  ['TestPresentValueWithUnset2', 'ok ${UNSET_VAR+presence_value}', 'ok '],
  ['TestPresentValueWithNonEmpty', 'ok ${FOO:+presence_value}', 'ok presence_value'],
  ['TestPresentValueAndNonEmptyWithNonEmpty', 'ok ${FOO+presence_value}', 'ok presence_value'],
  ['TestPresentValueWithSet', 'ok ${BAR+presence_value}', 'ok presence_value'],
  ['TestPresentValueAndNotEmptyWithSet', 'ok ${BAR:+presence_value}', 'ok '],
  ['TestNonAlphanumericDefault', 'ok ${BAR:-/non:-alphanumeric}', 'ok /non:-alphanumeric'],
  ['TestInterpolationExternalInterference', '-ok ${BAR:-defaultValue}', '-ok defaultValue'],
  ['TestInterpolationExternalInterference', '+ok ${UNSET:-${BAR-defaultValue}}', '+ok '],
  ['TestInterpolationExternalInterference', '-ok ${FOO:-defaultValue}', '-ok first'],
  ['TestInterpolationExternalInterference', ':-ok ${UNSET-defaultValue}', ':-ok defaultValue'],
  ['TestInterpolationExternalInterference', ':-ok ${BAR-defaultValue}', ':-ok '],
  ['TestInterpolationExternalInterference', ':?ok ${BAR-defaultValue}', ':?ok '],
  ['TestInterpolationExternalInterference', ':?ok ${BAR:-defaultValue}', ':?ok defaultValue'],
  ['TestInterpolationExternalInterference', ':+ok ${BAR:-defaultValue}', ':+ok defaultValue'],
  ['TestInterpolationExternalInterference', '+ok ${BAR-defaultValue}', '+ok '],
  ['TestInterpolationExternalInterference', '?ok ${BAR:-defaultValue}', '?ok defaultValue'],
  ['TestDefaultsWithNestedExpansion', 'ok ${UNSET_VAR-$FOO}', 'ok first'],
  ['TestDefaultsWithNestedExpansion', 'ok ${UNSET_VAR-${FOO}}', 'ok first'],
  ['TestDefaultsWithNestedExpansion', 'ok ${UNSET_VAR-${FOO} ${FOO}}', 'ok first first'],
  ['TestDefaultsWithNestedExpansion', 'ok ${BAR:-$FOO}', 'ok first'],
  ['TestDefaultsWithNestedExpansion', 'ok ${BAR:-${FOO}}', 'ok first'],
  ['TestDefaultsWithNestedExpansion', 'ok ${BAR:-${FOO} ${FOO}}', 'ok first first'],
  ['TestDefaultsWithNestedExpansion', 'ok ${BAR+$FOO}', 'ok first'],
  ['TestDefaultsWithNestedExpansion', 'ok ${BAR+$FOO ${FOO:+second}}', 'ok first second'],
  ['TestDefaultsForMandatoryVariables', 'ok ${FOO:?err}', 'ok first'],
  ['TestDefaultsForMandatoryVariables', 'ok ${FOO?err}', 'ok first'],
  ['TestDefaultsForMandatoryVariables', 'ok ${BAR?err}', 'ok '],
  ['TestSubstituteWithReplacementFunc', 'ok ${SUBDOMAIN:-redis}.${FOO:?}', 'ok redis.first'],
  ['TestPrecedence', '${UNSET_VAR-myerror?msg}', 'myerror?msg'],
  ['TestPrecedence', '${FOO?bar-baz}', 'first'],
  ['TestPrecedence', '${BAR:-default_value_for_empty_var}', 'default_value_for_empty_var'],
  ['TestPrecedence', '${UNSET_VAR-default_value_for_unset_var}', 'default_value_for_unset_var'],
  ['TestNoValueWithCurlyBracesDefault', 'ok ${missing:-{"json":1}}', 'ok {"json":1}'],
  ['TestNoValueWithCurlyBracesDefault', 'ok ${missing-{"json":1}}', 'ok {"json":1}'],
  ['TestValueWithCurlyBracesDefault', 'ok ${JSON:-{"json":1}}', 'ok {"json":2}'],
  ['TestValueWithCurlyBracesDefault', 'ok ${JSON-{"json":1}}', 'ok {"json":2}'],
  // TestSubstitutionFunctionChoice, VARNAME unset: the operator written first decides.
  ['TestSubstitutionFunctionChoice :-', '${VARNAME:-value}', 'value'],
  ['TestSubstitutionFunctionChoice - 1', '${VARNAME-va:-lu:?e}', 'va:-lu:?e'],
  ['TestSubstitutionFunctionChoice - 2', '${VARNAME-va+lu?e}', 'va+lu?e'],
  ['TestSubstitutionFunctionChoice - 3', '${VARNAME-va?lu+e}', 'va?lu+e'],
  ['TestSubstitutionFunctionChoice :+', '${VARNAME:+va:?lu:-e}', ''],
  ['TestSubstitutionFunctionChoice + 1', '${VARNAME+va:+lue}', ''],
  ['TestSubstitutionFunctionChoice + 2', '${VARNAME+va?lu-e}', ''],
  ['TestSubstitutionFunctionChoice + 3', '${VARNAME+va-lu?e}', ''],
];

/** [Go test, template, the error (compose-go's MissingRequiredError text), or undefined for its InvalidTemplateError]. */
const errors: [from: string, template: string, message: string | undefined][] = [
  ['TestInvalid', '${', undefined],
  ['TestInvalid', '${}', undefined],
  ['TestInvalid', '${ }', undefined],
  ['TestInvalid', '${ foo}', undefined],
  ['TestInvalid', '${foo }', undefined],
  ['TestInvalid', '${foo!}', undefined],
  ['TestMandatoryVariableErrors', 'not ok ${UNSET_VAR:?Mandatory Variable Unset}', 'required variable UNSET_VAR is missing a value: Mandatory Variable Unset'],
  ['TestMandatoryVariableErrors', 'not ok ${BAR:?Mandatory Variable Empty}', 'required variable BAR is missing a value: Mandatory Variable Empty'],
  ['TestMandatoryVariableErrors', 'not ok ${UNSET_VAR:?}', 'required variable UNSET_VAR is missing a value'],
  ['TestMandatoryVariableErrors', 'not ok ${UNSET_VAR?Mandatory Variable Unset}', 'required variable UNSET_VAR is missing a value: Mandatory Variable Unset'],
  ['TestMandatoryVariableErrors', 'not ok ${UNSET_VAR?}', 'required variable UNSET_VAR is missing a value'],
  ['TestMandatoryVariableErrorsWithNestedExpansion', 'not ok ${UNSET_VAR:?Mandatory Variable ${FOO}}', 'required variable UNSET_VAR is missing a value: Mandatory Variable first'],
  ['TestMandatoryVariableErrorsWithNestedExpansion', 'not ok ${UNSET_VAR?Mandatory Variable ${FOO}}', 'required variable UNSET_VAR is missing a value: Mandatory Variable first'],
  ['TestPrecedence', '${UNSET_VAR?bar-baz}', 'required variable UNSET_VAR is missing a value: bar-baz'],
  ['TestSubstitutionFunctionChoice :?', '${VARNAME:?val?ue}', 'required variable VARNAME is missing a value: val?ue'],
  ['TestSubstitutionFunctionChoice ? 1', '${VARNAME?val:?ue}', 'required variable VARNAME is missing a value: val:?ue'],
  ['TestSubstitutionFunctionChoice ? 2', '${VARNAME?va-lu+e:?e}', 'required variable VARNAME is missing a value: va-lu+e:?e'],
  ['TestSubstitutionFunctionChoice ? 3', '${VARNAME?va+lu-e:?e}', 'required variable VARNAME is missing a value: va+lu-e:?e'],
];

for (const [from, template, expected, unsetExpected] of values) {
  test(`compose-go ${from}: ${JSON.stringify(template)} → ${JSON.stringify(expected)}`, () => {
    const unset: string[] = [];
    assert.equal(interpolateString(template, lookup, unset), expected);
    if (unsetExpected !== undefined) assert.deepEqual(unset, unsetExpected);
  });
}

for (const [from, template, message] of errors) {
  test(`compose-go ${from}: ${JSON.stringify(template)} is an error`, () => {
    assert.throws(
      () => interpolateString(template, lookup),
      (e: unknown) => e instanceof InterpolationError && (message === undefined ? /^invalid interpolation/.test(e.message) : e.message === message),
    );
  });
}

test('compose-go TestLazyRequiredMessageDoesNotWarn: an unused message is not expanded', () => {
  const unset: string[] = [];
  assert.equal(interpolateString('${A?${B}}', (n) => (n === 'A' ? 'value' : undefined), unset), 'value');
  assert.deepEqual(unset, []);
});
