import { expect, test } from '@playwright/test';
import type { z } from 'astro/zod';
import { communicationMatrixSchema } from '../../src/schemas/communication-matrix';
import { filePermissionSchema } from '../../src/schemas/file-permission';
import { publicAddressSchema } from '../../src/schemas/public-address';
import { dataTables, readDataRows, statementTexts, withEnglish } from '../support/data';

const schemas = {
  filePermissions: filePermissionSchema,
  publicAddresses: publicAddressSchema,
  communicationMatrix: communicationMatrixSchema,
};

/** Row `index` of a data file as the loader hands it to the schema. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into rows of any shape to break them
function row(file: string, index: number, text?: string): Record<string, any> {
  const { id: _id, ...data } = readDataRows(file, text)[index]!;
  return structuredClone({ ...withEnglish(data), position: index + 1 });
}

/** Each problem as `field.path: message`, the way Astro prints it when a build fails. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

for (const { collection, file } of dataTables) {
  test(`every row of every text's ${file} is valid`, () => {
    for (const { slug } of statementTexts) {
      for (const index of readDataRows(file, slug).keys())
        expect(problems(schemas[collection], row(file, index, slug)), `${slug}/${file} row ${index + 1}`).toEqual([]);
    }
  });
}

test('a mode whose octal and rwx disagree is rejected', () => {
  const data = row('file-permissions.yaml', 0);
  data.maxMode.symbolic = 'rwxr-x--x';
  expect(problems(filePermissionSchema, data)).toEqual([
    'maxMode.symbolic: octal 750 means rwxr-x---, but symbolic is rwxr-x--x; make the two agree',
  ]);
});

test('an unquoted or malformed octal mode is rejected', () => {
  const data = row('file-permissions.yaml', 0);
  data.maxMode.octal = 750;
  expect(problems(filePermissionSchema, data)[0]).toMatch(/^maxMode\.octal: /);
  data.maxMode.octal = '780';
  expect(problems(filePermissionSchema, data)[0]).toBe("maxMode.octal: must be three octal digits in quotes, e.g. '750'");
});

test('a file kind outside the list is rejected', () => {
  const data = row('file-permissions.yaml', 0);
  data.kind = 'socket';
  expect(problems(filePermissionSchema, data)).toEqual(['kind: must be one of: file, directory']);
});

test('a malformed URL is rejected', () => {
  const data = row('public-addresses.yaml', 0);
  data.address = 'gitee.com/ascend/op-plugin.git';
  expect(problems(publicAddressSchema, data)).toEqual([
    'address: must be an absolute http:// or https:// URL, e.g. https://gitee.com/ascend/pytorch',
  ]);
});

test('an open-source row without upstream code is rejected', () => {
  const data = row(
    'public-addresses.yaml',
    readDataRows('public-addresses.yaml').findIndex((r) => r.origin === 'open-source'),
  );
  data.upstreamCode = [];
  expect(problems(publicAddressSchema, data)).toEqual(['upstreamCode: an open-source row must list the upstream code it came from']);
});

test('a missing required field is rejected', () => {
  const data = row('public-addresses.yaml', 0);
  delete data.purpose;
  expect(problems(publicAddressSchema, data)).toHaveLength(1);
  expect(problems(publicAddressSchema, data)[0]).toMatch(/^purpose: /);
});

test('a missing translation is rejected', () => {
  const data = row('file-permissions.yaml', 0);
  delete data.type.en;
  expect(problems(filePermissionSchema, data)[0]).toMatch(/^type\.en: /);
});

test('a port outside its range is rejected', () => {
  const data = row('communication-matrix.yaml', 1);
  data.listenPorts[0].port = 65530;
  data.listenPort = { zh: '默认值为65530', en: '65530 by default' };
  expect(problems(communicationMatrixSchema, data)).toEqual(['listenPorts.0.port: 65530 is outside the range 1024–65520']);
});

test('a port that is not a TCP port is rejected', () => {
  const data = row('communication-matrix.yaml', 0);
  data.listenPorts[0].port = 70000;
  expect(problems(communicationMatrixSchema, data)).toContain('listenPorts.0.port: must be a TCP port from 1 to 65535');
});

test('consecutive ports that would pass 65535 are rejected', () => {
  const data = row('communication-matrix.yaml', 1);
  data.listenPorts[0].range.max = 65530;
  expect(problems(communicationMatrixSchema, data)).toEqual([
    'listenPorts.0.range.max: 16 consecutive ports from 65530 would pass 65535; lower max to 65520',
  ]);
});

test('a default port missing from the cell text is rejected', () => {
  const data = row('communication-matrix.yaml', 0);
  data.listenPorts[1].port = 29401;
  expect(problems(communicationMatrixSchema, data)[0]).toBe(
    'listenPorts.1.port: port 29401 is not in the listenPort.zh text "默认29500/29400，用户可以设定端口号"; change one so they agree',
  );
});

test('a protocol, authentication or encryption outside its list is rejected', () => {
  const data = row('communication-matrix.yaml', 0);
  Object.assign(data, { protocol: 'SCTP', authentication: 'password', encryption: 'rot13' });
  expect(problems(communicationMatrixSchema, data)).toEqual([
    'protocol: must be one of: TCP, UDP',
    'authentication: must be one of: none',
    'encryption: must be one of: none',
  ]);
});

test('a link in a cell must go to a web URL', () => {
  const data = row('communication-matrix.yaml', 0);
  data.remarks.en = 'see the [docs](javascript:alert(1))';
  expect(problems(communicationMatrixSchema, data)).toEqual([
    'remarks.en: link target "javascript:alert(1" must be an absolute http:// or https:// URL',
  ]);
});

test('lines must come in pairs of Chinese and English', () => {
  const data = row('communication-matrix.yaml', 0);
  data.portDescription.en.pop();
  expect(problems(communicationMatrixSchema, data)).toEqual([
    'portDescription.en: zh has 5 lines but en has 4; give each Chinese line its English line',
  ]);
});
