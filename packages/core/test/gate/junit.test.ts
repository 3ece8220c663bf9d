import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runGate } from '../../src/gate/index.js';
import { gateJUnit, xmlEscape } from '../../src/gate/junit.js';
import type { GateReport } from '../../src/gate/report.js';
import { example } from './helpers.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => name === 'testcase' });

describe('the gate report as JUnit XML', () => {
  let report: GateReport;
  beforeAll(async () => {
    report = (await runGate({ candidate: join(example, 'candidate.csv.gz'), baseline: join(example, 'baseline.csv.gz'), policy: join(example, 'policy.yml') })).report;
  });

  test('one test case per slice × metric and fairness row, failures carry the gate reason, counts match', () => {
    const xml = gateJUnit(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    const suite = doc.testsuites.testsuite;
    const cases = suite.testcase as Array<Record<string, any>>;
    expect(cases).toHaveLength(report.checks.length + report.fairness.length);
    expect(Number(suite.tests)).toBe(cases.length);
    expect(Number(suite.failures)).toBe(report.counts.fail);
    expect(Number(suite.skipped)).toBe(report.counts.insufficient);
    const failed = cases.filter((c) => c.failure);
    expect(failed).toHaveLength(report.counts.fail);
    const auc65 = failed.find((c) => c.classname === 'mlci.gate.age_band=65+' && c.name === 'AUC');
    expect(auc65).toBeDefined();
    const check = report.checks.find((c) => c.slice === 'age_band=65+' && c.metric === 'auc')!;
    expect(auc65!.failure.message).toBe(check.reason);
    expect(auc65!.failure['#text']).toContain('slice age_band=65+, AUC: candidate');
    // Every failing case names a 65+ slice, as the gate does.
    for (const c of failed) expect(c.classname).toMatch(/65\+/);
  });

  test('same report, same bytes', () => {
    expect(gateJUnit(report)).toBe(gateJUnit(structuredClone(report)));
  });

  test('hostile slice values and reasons stay well-formed XML', () => {
    const hostile = structuredClone(report);
    hostile.checks[0]!.slice = 'region=]]></testcase><x a="1">&\u0001\u0008\uFFFF\uD800';
    hostile.checks[0]!.status = 'fail';
    hostile.checks[0]!.reason = 'line 1\nline 2 <b>"quoted"</b> \'single\'';
    hostile.counts.fail++;
    const xml = gateJUnit(hostile);
    expect(XMLValidator.validate(xml)).toBe(true);
    const first = parser.parse(xml).testsuites.testsuite.testcase[0];
    expect(first.classname).toBe('mlci.gate.region=]]></testcase><x a="1">&\uFFFD\uFFFD\uFFFD\uFFFD');
    expect(first.failure.message).toBe('line 1\nline 2 <b>"quoted"</b> \'single\'');
  });

  test('xmlEscape keeps surrogate pairs and escapes markup', () => {
    expect(xmlEscape('😀 <a & "b">')).toBe('😀 &lt;a &amp; &quot;b&quot;&gt;');
  });
});
